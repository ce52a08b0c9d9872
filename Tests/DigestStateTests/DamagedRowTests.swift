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
  /// A column of `table` set to `value`, and what the error must say.
  static func column(
    _ table: String, _ column: String, _ value: String, _ problem: String
  ) -> DamagedColumn {
    DamagedColumn(table: table, column: column, value: value, problem: problem)
  }

  static let notInteger = "is not an integer"
  static let notText = "is not text"

  static let columns: [DamagedColumn] = [
    column("mark", "paperId", "'not an id'", "is not an arXiv id"),
    column("mark", "isRead", "'x'", "is not 0 or 1"),
    column("mark", "isRead", "7", "is not 0 or 1"),
    column("mark", "readChangedAt", "'abc'", notInteger),
    column("mark", "isStarred", "'yes'", "is not 0 or 1"),
    column("mark", "starredChangedAt", "1.5", notInteger),
    column("event", "uuid", "x'00ff'", notText),
    column("event", "time", "'noon'", notInteger),
    column("event", "action", "'explode'", "is not a known action"),
    column("event", "kind", "'liked'", "is not read or starred"),
    column("event", "ids", "'[1,'", "is not a JSON array of arXiv ids"),
    column("event", "newValues", "'[\"a\"]'", "is not a JSON array of booleans"),
    column("event", "oldValues", "x'01'", notText),
    column("event", "target", "x'01'", notText),
    column("paper", "paperId", "'nope'", "is not an arXiv id"),
    column("paper", "version", "'two'", notInteger),
    column("paper", "title", "x'01'", notText),
    column("paper", "abstract", "x'01'", notText),
    column("paper", "category", "x'01'", notText),
    column("paper", "date", "'yesterday'", "is not a day (YYYY-MM-DD)"),
    column("paper", "number", "'abc'", notInteger),
    column("paper", "pdfURL", "x'01'", notText),
    column("paper", "sourcePath", "x'01'", notText),
    column("paper", "sourceLine", "'one'", notInteger),
    column("paper", "sourceColumn", "'one'", notInteger),
    column("paper", "authors", "'Ada'", "is not a JSON array of strings"),
    column("paper", "categories", "'{'", "is not a JSON array of strings"),
    column("paper", "comments", "x'01'", notText),
    column("paper", "rememberedAt", "'then'", notInteger),
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
        sql: "UPDATE \(damage.table) SET \(damage.column) = \(damage.value)"
          + " WHERE CAST(\(key) AS TEXT) = ?",
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
        == "state file \(url.path): table \(damage.table), \(rowText): "
        + "column \(damage.column) \(damage.problem)"
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
