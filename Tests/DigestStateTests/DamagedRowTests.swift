import ArxivDigest
import DigestState
import Foundation
import GRDB
import Testing

/// A column of a state table given a value of the wrong type, as a hand edit or a damaged disk
/// would leave it.
struct DamagedColumn: CustomTestStringConvertible, Sendable {
  var table: String
  var column: String
  /// The SQL value written over the column.
  var value: String
  /// What the error must say about it.
  var problem: String
  var testDescription: String { "\(table).\(column) = \(value)" }
}

@Suite struct DamagedRowTests {
  static let notInteger = "is not an integer"
  static let notText = "is not text"

  static let columns: [DamagedColumn] = [
    DamagedColumn(table: "mark", column: "paperId", value: "'not an id'", problem: "is not an arXiv id"),
    DamagedColumn(table: "mark", column: "isRead", value: "'x'", problem: "is not 0 or 1"),
    DamagedColumn(table: "mark", column: "isRead", value: "7", problem: "is not 0 or 1"),
    DamagedColumn(table: "mark", column: "readChangedAt", value: "'abc'", problem: notInteger),
    DamagedColumn(table: "mark", column: "isStarred", value: "'yes'", problem: "is not 0 or 1"),
    DamagedColumn(table: "mark", column: "starredChangedAt", value: "1.5", problem: notInteger),
    DamagedColumn(table: "event", column: "uuid", value: "x'00ff'", problem: notText),
    DamagedColumn(table: "event", column: "time", value: "'noon'", problem: notInteger),
    DamagedColumn(table: "event", column: "action", value: "'explode'", problem: "is not a known action"),
    DamagedColumn(table: "event", column: "kind", value: "'liked'", problem: "is not read or starred"),
    DamagedColumn(table: "event", column: "ids", value: "'[1,'", problem: "is not a JSON array of arXiv ids"),
    DamagedColumn(table: "event", column: "newValues", value: "'[\"a\"]'", problem: "is not a JSON array of booleans"),
    DamagedColumn(table: "event", column: "oldValues", value: "x'01'", problem: notText),
    DamagedColumn(table: "event", column: "target", value: "x'01'", problem: notText),
    DamagedColumn(table: "paper", column: "paperId", value: "'nope'", problem: "is not an arXiv id"),
    DamagedColumn(table: "paper", column: "version", value: "'two'", problem: notInteger),
    DamagedColumn(table: "paper", column: "title", value: "x'01'", problem: notText),
    DamagedColumn(table: "paper", column: "abstract", value: "x'01'", problem: notText),
    DamagedColumn(table: "paper", column: "category", value: "x'01'", problem: notText),
    DamagedColumn(table: "paper", column: "date", value: "'yesterday'", problem: "is not a day (YYYY-MM-DD)"),
    DamagedColumn(table: "paper", column: "number", value: "'abc'", problem: notInteger),
    DamagedColumn(table: "paper", column: "pdfURL", value: "x'01'", problem: notText),
    DamagedColumn(table: "paper", column: "sourcePath", value: "x'01'", problem: notText),
    DamagedColumn(table: "paper", column: "sourceLine", value: "'one'", problem: notInteger),
    DamagedColumn(table: "paper", column: "sourceColumn", value: "'one'", problem: notInteger),
    DamagedColumn(table: "paper", column: "authors", value: "'Ada'", problem: "is not a JSON array of strings"),
    DamagedColumn(table: "paper", column: "categories", value: "'{'", problem: "is not a JSON array of strings"),
    DamagedColumn(table: "paper", column: "comments", value: "x'01'", problem: notText),
    DamagedColumn(table: "paper", column: "rememberedAt", value: "'then'", problem: notInteger),
  ]

  /// A state file with two marked papers (both remembered), whose last row of `table` is
  /// damaged; returns the file and that row's key as the error names it (nil: unreadable).
  static func damagedState(
    _ damage: DamagedColumn, in folder: TemporaryFolder
  ) throws -> (url: URL, row: String?) {
    let url = folder.file("state.sqlite")
    let store = try SQLiteMarkStore(at: url)
    try store.apply(MarkChange(.read, true, ids: [try id("1912.11474")]), papers: [])
    try store.apply(
      MarkChange(.starred, true, ids: [try id("1912.11475")]),
      papers: [try paper("1912.11474", title: "One"), try paper("1912.11475", title: "Two")])
    let queue = try DatabaseQueue(path: url.path)
    let key = damage.table == "event" ? "id" : "paperId"
    let row = try queue.write { db -> String? in
      let rows = try String.fetchAll(
        db, sql: "SELECT CAST(\(key) AS TEXT) FROM \(damage.table) ORDER BY \(key)")
      let row = try #require(rows.last)
      // The event log is append-only: its triggers are dropped to damage it.
      try db.execute(sql: "DROP TRIGGER IF EXISTS eventIsAppendOnlyOnUpdate")
      try db.execute(
        sql: "UPDATE \(damage.table) SET \(damage.column) = \(damage.value) WHERE CAST(\(key) AS TEXT) = ?",
        arguments: [row])
      return damage.column == key ? nil : row
    }
    try queue.close()
    return (url, row)
  }

  @Test(arguments: columns)
  func exportNamesTheTableRowAndColumnOfADamagedValue(_ damage: DamagedColumn) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let (url, row) = try DamagedRowTests.damagedState(damage, in: folder)
    let store = try SQLiteMarkStore(at: url)
    let expected = StateStoreError.damagedRow(
      path: url.path, table: damage.table, row: row,
      problem: "column \(damage.column) \(damage.problem)")
    #expect(throws: expected) { try store.exportState() }
    let rowText = row.map { "row \($0)" } ?? "a row whose key cannot be read"
    #expect(
      expected.description
        == "state file \(url.path): table \(damage.table), \(rowText): column \(damage.column) \(damage.problem)"
    )
  }

  @Test func aDamagedMarkIsReportedByEveryReadOfMarks() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let damage = DamagedColumn(
      table: "mark", column: "isRead", value: "'x'", problem: "is not 0 or 1")
    let (url, row) = try DamagedRowTests.damagedState(damage, in: folder)
    let store = try SQLiteMarkStore(at: url)
    let expected = StateStoreError.damagedRow(
      path: url.path, table: "mark", row: row, problem: "column isRead is not 0 or 1")
    #expect(throws: expected) { try store.marks(of: [try id("1912.11475")]) }
    #expect(throws: expected) {
      try store.apply(MarkChange(.read, false, ids: [try id("1912.11475")]), papers: [])
    }
  }

  @Test func aDamagedEventIsReportedByUndo() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let damage = DamagedColumn(table: "event", column: "time", value: "'noon'", problem: "")
    let (url, row) = try DamagedRowTests.damagedState(damage, in: folder)
    let store = try SQLiteMarkStore(at: url)
    let expected = StateStoreError.damagedRow(
      path: url.path, table: "event", row: row, problem: "column time is not an integer")
    #expect(throws: expected) { try store.undo() }
    #expect(throws: expected) { try store.events() }
  }

  @Test func aDamagedRememberedPaperIsReported() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let damage = DamagedColumn(table: "paper", column: "number", value: "'abc'", problem: "")
    let (url, row) = try DamagedRowTests.damagedState(damage, in: folder)
    let store = try SQLiteMarkStore(at: url)
    let expected = StateStoreError.damagedRow(
      path: url.path, table: "paper", row: row, problem: "column number is not an integer")
    #expect(throws: expected) { try store.rememberedPapers([try id("1912.11475")]) }
  }
}
