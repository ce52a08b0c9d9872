import ArxivDigest
import Foundation
import Testing

@testable import DigestState

@Suite struct StatsTests {
  /// Weeks start on Monday, days at midnight UTC.
  static var calendar: Calendar {
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar
  }

  @Test func readingIsCountedForTodayThisWeekAndAllTime() throws {
    // 2026-11-25 is a Wednesday; the week began on Monday 2026-11-23.
    let clock = TestClock("2026-11-16T12:00:00.000Z")
    let store = try SQLiteMarkStore.inMemory(clock: clock.read)
    try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    clock.set("2026-11-23T00:00:00.000Z")
    try store.apply(MarkChange(.read, true, ids: [id("1912.11473"), id("1912.11463")]), papers: [])
    clock.set("2026-11-25T08:00:00.000Z")
    try store.apply(MarkChange(.read, true, ids: [id("1912.11425"), id("1912.11393")]), papers: [])
    try store.apply(MarkChange(.read, false, ids: [id("1912.11393")]), papers: [])
    try store.apply(
      MarkChange(.starred, true, ids: [id("1912.11474"), id("cs/0412069")]), papers: [])
    let inputs = try ["1912.11474", "1912.11370", "1912.11393", "1912.11370"].map(id)
    let stats = try store.stats(
      inputs: inputs, now: try #require(Timestamp(iso: "2026-11-25T20:00:00.000Z")).date,
      calendar: StatsTests.calendar)
    #expect(
      stats
        == ReadingStats(
          readToday: 1, readThisWeek: 3, readAllTime: 4, starred: 2, inputPapers: 3,
          unreadInInputs: 2))
  }

  @Test func anEmptyStoreAndNoInputsGiveZeros() throws {
    let store = try SQLiteMarkStore.inMemory()
    #expect(
      try store.stats(inputs: [], calendar: StatsTests.calendar)
        == ReadingStats(
          readToday: 0, readThisWeek: 0, readAllTime: 0, starred: 0, inputPapers: 0,
          unreadInInputs: 0))
  }
}
