import ArxivDigest
import Foundation
import GRDB
import Testing

@testable import DigestState

@Suite struct SQLiteMarkStoreTests {
  struct ChangeCase: CustomTestStringConvertible, Sendable {
    var name: String
    var kind: MarkKind
    var value: Bool
    var expectedRead: Set<String>
    var expectedStarred: Set<String>
    var testDescription: String { name }
  }

  /// Each case starts from 1912.11474 read and starred, 1912.11473 neither.
  static let changes: [ChangeCase] = [
    ChangeCase(
      name: "read", kind: .read, value: true, expectedRead: ["1912.11474", "1912.11473"],
      expectedStarred: ["1912.11474"]),
    ChangeCase(
      name: "unread", kind: .read, value: false, expectedRead: [],
      expectedStarred: ["1912.11474"]),
    ChangeCase(
      name: "star", kind: .starred, value: true, expectedRead: ["1912.11474"],
      expectedStarred: ["1912.11474", "1912.11473"]),
    ChangeCase(
      name: "unstar", kind: .starred, value: false, expectedRead: ["1912.11474"],
      expectedStarred: []),
  ]

  @Test(arguments: changes)
  func applyingAChangeSetsTheMarkOfEveryId(_ testCase: ChangeCase) throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    try store.apply(MarkChange(.starred, true, ids: [id("1912.11474")]), papers: [])
    try store.apply(
      MarkChange(testCase.kind, testCase.value, ids: [id("1912.11474"), id("1912.11473")]),
      papers: [])
    let marks = try store.marks()
    #expect(Set(marks.read.map(\.rawValue)) == testCase.expectedRead)
    #expect(Set(marks.starred.map(\.rawValue)) == testCase.expectedStarred)
  }

  @Test func severalIdsInOneChangeAreOneEventWithEachPreviousValue() throws {
    let clock = TestClock("2026-11-25T10:00:00.000Z")
    let store = try SQLiteMarkStore.inMemory(clock: clock.read)
    try store.apply(MarkChange(.read, true, ids: [id("1912.11473")]), papers: [])
    clock.set("2026-11-25T10:00:01.500Z")
    try store.apply(
      MarkChange(.read, true, ids: [id("1912.11474"), id("1912.11473"), id("cs/0412069")]),
      papers: [])
    let events = try store.events()
    #expect(events.count == 2)
    let last = try #require(events.last)
    #expect(last.action == .read)
    #expect(last.kind == .read)
    #expect(last.time.iso == "2026-11-25T10:00:01.500Z")
    #expect(last.ids.map(\.rawValue) == ["1912.11474", "1912.11473", "cs/0412069"])
    #expect(last.values == [true, true, true])
    #expect(last.previous == [false, true, false])
    #expect(last.target == nil)
  }

  @Test func repeatedIdsInOneChangeCountOnce() throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(
      MarkChange(.starred, true, ids: [id("1912.11474"), id("1912.11474")]), papers: [])
    #expect(try store.events().map(\.ids.count) == [1])
  }

  @Test func aChangeWithoutIdsRecordsNothing() throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.read, true, ids: []), papers: [])
    #expect(try store.events().isEmpty)
    #expect(try store.undo() == nil)
  }

  @Test func undoRestoresEachPapersPreviousValue() throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.read, true, ids: [id("1912.11473")]), papers: [])
    try store.apply(MarkChange(.read, true, ids: [id("1912.11474"), id("1912.11473")]), papers: [])
    let undone = try store.undo()
    #expect(try undone == MarkChange(.read, true, ids: [id("1912.11474"), id("1912.11473")]))
    #expect(try store.marks() == Marks(read: [id("1912.11473")]))
    let undoEvent = try #require(try store.events().last)
    #expect(undoEvent.action == .undo)
    #expect(undoEvent.values == [false, true])
    #expect(undoEvent.previous == [true, true])
    #expect(undoEvent.target == (try store.events()[1].uuid))
  }

  @Test func undoWalksBackOneChangeAtATimeThenReportsNothing() throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    try store.apply(MarkChange(.starred, true, ids: [id("1912.11474")]), papers: [])
    #expect(try store.undo() == MarkChange(.starred, true, ids: [id("1912.11474")]))
    #expect(try store.undo() == MarkChange(.read, true, ids: [id("1912.11474")]))
    #expect(try store.undo() == nil)
    #expect(try store.marks() == Marks())
  }

  @Test func redoReappliesUndoneChangesInOrder() throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    try store.apply(MarkChange(.starred, true, ids: [id("1912.11473")]), papers: [])
    try store.undo()
    try store.undo()
    #expect(try store.redo() == MarkChange(.read, true, ids: [id("1912.11474")]))
    #expect(try store.marks() == Marks(read: [id("1912.11474")]))
    #expect(try store.redo() == MarkChange(.starred, true, ids: [id("1912.11473")]))
    #expect(try store.marks() == Marks(read: [id("1912.11474")], starred: [id("1912.11473")]))
    #expect(try store.redo() == nil)
    #expect(try store.events().map(\.action) == [.read, .star, .undo, .undo, .redo, .redo])
  }

  @Test func aNewChangeAfterAnUndoDiscardsTheRedoBranch() throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    try store.apply(MarkChange(.read, true, ids: [id("1912.11473")]), papers: [])
    try store.undo()
    try store.apply(MarkChange(.starred, true, ids: [id("1912.11463")]), papers: [])
    #expect(try store.redo() == nil)
    #expect(try store.undo() == MarkChange(.starred, true, ids: [id("1912.11463")]))
    #expect(try store.undo() == MarkChange(.read, true, ids: [id("1912.11474")]))
    #expect(try store.undo() == nil)
  }

  @Test func theEventLogRejectsUpdatesAndDeletes() throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    #expect(throws: DatabaseError.self) {
      try store.writer.write { try $0.execute(sql: "UPDATE event SET action = 'unread'") }
    }
    #expect(throws: DatabaseError.self) {
      try store.writer.write { try $0.execute(sql: "DELETE FROM event") }
    }
    #expect(try store.events().map(\.action) == [.read])
  }

  @Test func aChangeWhoseEventCannotBeWrittenIsNotMadeEither() throws {
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    try store.writer.write { db in
      try db.execute(
        sql: """
          CREATE TRIGGER refuseEvents BEFORE INSERT ON event
          BEGIN SELECT RAISE(ABORT, 'disk full'); END
          """)
    }
    #expect(throws: DatabaseError.self) {
      try store.apply(MarkChange(.starred, true, ids: [id("1912.11473")]), papers: [])
    }
    #expect(throws: DatabaseError.self) { try store.undo() }
    #expect(try store.marks() == Marks(read: [id("1912.11474")]))
  }

  @Test func idsThatLookLikeSQLAreStoredAsPlainValues() throws {
    // Old-style ids carry user text into statements; they travel as arguments.
    let store = try SQLiteMarkStore.inMemory()
    try store.apply(MarkChange(.starred, true, ids: [id("math.GT/0309136")]), papers: [])
    #expect(try store.marks() == Marks(starred: [id("math.GT/0309136")]))
  }

  @Test func rememberedPapersComeBackWholeInTheGivenOrder() throws {
    let store = try SQLiteMarkStore.inMemory()
    let first = try paper("1912.11474", title: "Audio-Visual \"Embodied\" Navigation")
    let second = try paper("1912.11473", title: "Dense RepPoints")
    try store.apply(MarkChange(.starred, true, ids: [first.id, second.id]), papers: [first, second])
    let remembered = try store.rememberedPapers([second.id, id("1912.99999"), first.id])
    #expect(remembered == [second, first])
  }

  @Test func aPaperWithoutOptionalFieldsIsRememberedAsSuch() throws {
    let store = try SQLiteMarkStore.inMemory()
    let bare = Paper(
      id: try id("cs/0412069"), title: "Old style", abstract: "", category: "cs.LG",
      date: try #require(DigestDay(iso: "2004-12-31")), number: 1,
      source: SourceLocation(path: "-", line: 2, column: 4))
    try store.apply(MarkChange(.starred, true, ids: [bare.id]), papers: [bare])
    #expect(try store.rememberedPapers([bare.id]) == [bare])
  }
}
