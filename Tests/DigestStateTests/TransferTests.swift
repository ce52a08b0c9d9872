import ArxivDigest
import Foundation
import Testing

@testable import DigestState

@Suite struct TransferTests {
  @Test func anExportHoldsEveryMarkWithItsTimesAndTheEventLog() throws {
    let clock = TestClock("2026-11-25T09:00:00.000Z")
    let store = try SQLiteMarkStore.inMemory(clock: clock.read)
    try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    clock.set("2026-11-25T09:30:00.250Z")
    try store.apply(
      MarkChange(.starred, true, ids: [id("1912.11474"), id("cs/0412069")]), papers: [])
    clock.set("2026-11-25T10:00:00.000Z")
    try store.apply(MarkChange(.starred, false, ids: [id("cs/0412069")]), papers: [])
    let document = try store.exportState()
    #expect(document.format == "digest-state")
    #expect(document.version == 1)
    #expect(document.exported.iso == "2026-11-25T10:00:00.000Z")
    #expect(
      document.marks == [
        StateExport.Mark(
          id: try id("1912.11474"), read: true,
          readChanged: Timestamp(iso: "2026-11-25T09:00:00.000Z"), starred: true,
          starredChanged: Timestamp(iso: "2026-11-25T09:30:00.250Z")),
        StateExport.Mark(
          id: try id("cs/0412069"), read: false, readChanged: nil, starred: false,
          starredChanged: Timestamp(iso: "2026-11-25T10:00:00.000Z")),
      ])
    #expect(document.events.map(\.action) == [.read, .star, .unstar])
  }

  @Test func aDocumentSurvivesJSONUnchanged() throws {
    let clock = TestClock("2026-11-25T09:00:00.000Z")
    let store = try SQLiteMarkStore.inMemory(clock: clock.read)
    try store.apply(MarkChange(.read, true, ids: [id("math.GT/0309136")]), papers: [])
    try store.undo()
    let document = try store.exportState()
    let data = try JSONEncoder().encode(document)
    #expect(try JSONDecoder().decode(StateExport.self, from: data) == document)
  }

  @Test func importTakesTheMostRecentChangeOfEachPaper() throws {
    let clock = TestClock("2026-11-25T09:00:00.000Z")
    let laptop = try SQLiteMarkStore.inMemory(clock: clock.read)
    let desktop = try SQLiteMarkStore.inMemory(clock: clock.read)
    // 1912.11474: read on the laptop at 9:00, unread on the desktop at 10:00 → unread.
    // 1912.11473: starred on the desktop at 9:00, unstarred on the laptop at 11:00 → unstarred.
    // 1912.11463: read only on the desktop → read.
    try laptop.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    try desktop.apply(MarkChange(.starred, true, ids: [id("1912.11473")]), papers: [])
    try desktop.apply(MarkChange(.read, true, ids: [id("1912.11463")]), papers: [])
    clock.set("2026-11-25T10:00:00.000Z")
    try desktop.apply(MarkChange(.read, false, ids: [id("1912.11474")]), papers: [])
    clock.set("2026-11-25T11:00:00.000Z")
    try laptop.apply(MarkChange(.starred, true, ids: [id("1912.11473")]), papers: [])
    try laptop.apply(MarkChange(.starred, false, ids: [id("1912.11473")]), papers: [])

    let summary = try laptop.importState(desktop.exportState())
    #expect(summary == ImportSummary(addedEvents: 3, changedMarks: 2))
    #expect(try laptop.marks() == Marks(read: [id("1912.11463")], starred: []))
    #expect(try laptop.events().count == 6)
  }

  @Test func importingTheSameDocumentTwiceChangesNothing() throws {
    let clock = TestClock("2026-11-25T09:00:00.000Z")
    let source = try SQLiteMarkStore.inMemory(clock: clock.read)
    try source.apply(MarkChange(.read, true, ids: [id("1912.11474"), id("1912.11473")]), papers: [])
    try source.apply(MarkChange(.starred, true, ids: [id("1912.11473")]), papers: [])
    let document = try source.exportState()
    let target = try SQLiteMarkStore.inMemory(clock: clock.read)
    #expect(try target.importState(document) == ImportSummary(addedEvents: 2, changedMarks: 3))
    let once = try target.exportState()
    #expect(try target.importState(document) == ImportSummary(addedEvents: 0, changedMarks: 0))
    #expect(try target.exportState() == once)
  }

  @Test func rememberedPapersTravelWithTheStateOnceAndTheNewestWins() throws {
    let clock = TestClock("2026-11-25T09:00:00.000Z")
    let source = try SQLiteMarkStore.inMemory(clock: clock.read)
    let old = try paper("1912.11474", title: "Audio-Visual Navigation", starredFrom: "a:b.md")
    try source.apply(MarkChange(.starred, true, ids: [old.id]), papers: [old])
    let target = try SQLiteMarkStore.inMemory(clock: clock.read)
    let first = try target.importState(source.exportState())
    #expect(first == ImportSummary(addedEvents: 1, changedMarks: 1, rememberedPapers: 1))
    #expect(try target.rememberedPapers([old.id]) == [old])
    clock.set("2026-11-25T10:00:00.000Z")
    let new = try paper("1912.11474", title: "Audio-Visual Embodied Navigation")
    try source.apply(MarkChange(.starred, true, ids: [new.id]), papers: [new])
    let document = try source.exportState()
    #expect(try target.importState(document).rememberedPapers == 1)
    #expect(try target.importState(document).rememberedPapers == 0)
    #expect(try target.rememberedPapers([new.id]) == [new])
  }

  @Test func importedEventsAreNotUndoneByUndo() throws {
    let source = try SQLiteMarkStore.inMemory()
    try source.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    let target = try SQLiteMarkStore.inMemory()
    try target.importState(source.exportState())
    #expect(try target.undo() == nil)
    #expect(try target.marks() == Marks(read: [id("1912.11474")]))
  }

  struct InvalidCase: CustomTestStringConvertible, Sendable {
    var name: String
    var json: String
    var message: String
    var testDescription: String { name }
  }

  static let invalid: [InvalidCase] = [
    InvalidCase(
      name: "another format",
      json: #"""
        {"format":"x","version":1,"exported":"2026-11-25T09:00:00.000Z","marks":[],"events":[]}
        """#,
      message: "not a digest state document (format \"x\")"),
    InvalidCase(
      name: "a later version",
      json: #"""
        {"format":"digest-state","version":2,"exported":"2026-11-25T09:00:00.000Z",
         "marks":[],"events":[]}
        """#,
      message: "state document version 2 is not supported"),
    InvalidCase(
      name: "lists of different lengths",
      json: #"""
        {"format":"digest-state","version":1,"exported":"2026-11-25T09:00:00.000Z","marks":[],
         "events":[{"uuid":"u1","time":"2026-11-25T09:00:00.000Z","action":"read","kind":"read",
                    "ids":["1912.11474"],"values":[true,true],"previous":[false]}]}
        """#,
      message: "event u1: ids, values and previous differ in length"),
  ]

  @Test(arguments: invalid)
  func anInconsistentDocumentIsRefusedAndNothingIsWritten(_ testCase: InvalidCase) throws {
    let store = try SQLiteMarkStore.inMemory()
    let document = try JSONDecoder().decode(StateExport.self, from: Data(testCase.json.utf8))
    #expect(throws: StateExport.Invalid(description: testCase.message)) {
      try store.importState(document)
    }
    #expect(try store.events().isEmpty)
  }
}
