import ArxivDigest
import Foundation
import GRDB

extension SQLiteMarkStore {
  /// Reading figures at `now`, with the day and week boundaries of `calendar`.
  ///
  /// - Parameters:
  ///   - inputs: The ids of the papers in the loaded digests; repeats count once.
  ///   - now: The moment "today" and "this week" are relative to.
  ///   - calendar: Gives the start of the day and of the week (its time zone and first
  ///     weekday).
  public func stats(
    inputs: [ArxivID], now: Date = Date(), calendar: Calendar = .current
  ) throws -> ReadingStats {
    let startOfDay = calendar.startOfDay(for: now)
    let startOfWeek = calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? startOfDay
    let counts = try guarded {
      try writer.read { db in
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT
              count(CASE WHEN isRead AND readChangedAt >= ? THEN 1 END),
              count(CASE WHEN isRead AND readChangedAt >= ? THEN 1 END),
              count(CASE WHEN isRead THEN 1 END),
              count(CASE WHEN isStarred THEN 1 END)
            FROM mark
            """,
          arguments: [
            Timestamp(startOfDay).milliseconds, Timestamp(startOfWeek).milliseconds,
          ])
        let counts = row.map { StateRow(table: "mark", row: $0) }
        return (
          Int(try counts?.integer(at: 0) ?? 0), Int(try counts?.integer(at: 1) ?? 0),
          Int(try counts?.integer(at: 2) ?? 0), Int(try counts?.integer(at: 3) ?? 0)
        )
      }
    }
    let read = try marks().read
    let distinct = Set(inputs)
    return ReadingStats(
      readToday: counts.0, readThisWeek: counts.1, readAllTime: counts.2, starred: counts.3,
      inputPapers: distinct.count, unreadInInputs: distinct.subtracting(read).count)
  }
}
