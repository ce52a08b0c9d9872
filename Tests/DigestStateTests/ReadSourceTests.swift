import ArxivDigest
import Foundation
import Testing

@testable import DigestState

/// How each paper became read is kept, so that bulk reads can be told from papers looked at.
@Suite struct ReadSourceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var source: MarkSource
    var isBulk: Bool
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "opened in the reader", source: .opened, isBulk: false),
    Case(name: "left after reading", source: .left, isBulk: false),
    Case(name: "r on one paper", source: .key, isBulk: false),
    Case(name: "digest mark with ids", source: .command, isBulk: false),
    Case(name: "a day, a view or a selection", source: .bulk, isBulk: true),
  ]

  @Test(arguments: cases)
  func readsKeepTheirSourceAcrossUndoAndRedo(_ test: Case) throws {
    let store = try SQLiteMarkStore.inMemory()
    let ids = [try id("1912.11474"), try id("1912.11473")]
    try store.apply(MarkChange(.read, true, ids: ids, source: test.source), papers: [])
    #expect(try store.marks().readInBulk == (test.isBulk ? Set(ids) : []))
    try store.undo()
    #expect(try store.marks().readInBulk == [])
    #expect(try store.marks().read == [])
    try store.redo()
    #expect(try store.marks().readInBulk == (test.isBulk ? Set(ids) : []))
    #expect(try store.marks().read == Set(ids))
  }

  @Test func readingABulkReadPaperOneByOneMakesItLookedAt() throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.read, true, ids: [try id("1912.11474")], source: .bulk), papers: [])
    try store.apply(MarkChange(.read, false, ids: [try id("1912.11474")]), papers: [])
    try store.apply(MarkChange(.read, true, ids: [try id("1912.11474")], source: .opened), papers: [])
    let marks = try store.marks()
    #expect(marks.read == [try id("1912.11474")])
    #expect(marks.readInBulk == [])
  }

  @Test func marksApplyKeepsBulkReadsLikeTheStore() throws {
    var marks = Marks()
    marks.apply(MarkChange(.read, true, ids: [try id("1912.11474")], source: .bulk))
    #expect(marks.readInBulk == [try id("1912.11474")])
    marks.apply(MarkChange(.read, true, ids: [try id("1912.11474")], source: .key))
    #expect(marks.readInBulk == [])
  }

  @Test func settingsAreKeptAndForgotten() throws {
    let store = try SQLiteMarkStore.inMemory()
    #expect(try store.setting("reader.theme") == nil)
    try store.setSetting("reader.theme", to: "nord")
    #expect(try store.setting("reader.theme") == "nord")
    try store.setSetting("reader.theme", to: "gruvbox")
    #expect(try store.setting("reader.theme") == "gruvbox")
    try store.setSetting("reader.theme", to: nil)
    #expect(try store.setting("reader.theme") == nil)
  }
}
