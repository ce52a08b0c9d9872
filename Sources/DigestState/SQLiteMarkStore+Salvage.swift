import ArxivDigest
import Foundation
import GRDB

/// What ``SQLiteMarkStore/salvage(at:clock:)`` could not read of a damaged state file.
///
/// ```text
/// skipped 3 rows of mark, 1 of event; table event read in part; table paper unreadable
/// ```
public struct SalvageReport: Equatable, Sendable, CustomStringConvertible {
  /// The rows of a table that could not be decoded and were left out.
  public struct Skipped: Equatable, Sendable {
    /// The table (`mark`, `event`, `paper`).
    public var table: String
    /// How many of its rows were left out.
    public var rows: Int

    /// Creates an entry.
    public init(table: String, rows: Int) {
      self.table = table
      self.rows = rows
    }
  }

  /// A report of a complete read: nothing skipped.
  public init() {}

  /// Tables with rows left out, in the order they were read; tables with none are absent.
  public var skipped: [Skipped] = []
  /// Tables SQLite could read only up to a damaged page (or the end of a truncated file).
  public var readInPart: [String] = []
  /// Tables SQLite could not read at all.
  public var unreadable: [String] = []

  /// `true` when every row of every table was read.
  public var isComplete: Bool { skipped.isEmpty && readInPart.isEmpty && unreadable.isEmpty }

  /// `skipped 3 rows of mark, 1 of event; table event read in part; table paper unreadable`;
  /// empty when complete.
  public var description: String {
    var parts: [String] = []
    if !skipped.isEmpty {
      let counts = skipped.enumerated().map { index, entry in
        let noun = index == 0 ? (entry.rows == 1 ? " row" : " rows") : ""
        return "\(entry.rows)\(noun) of \(entry.table)"
      }
      parts.append("skipped " + counts.joined(separator: ", "))
    }
    for (tables, state) in [(readInPart, "read in part"), (unreadable, "unreadable")]
    where !tables.isEmpty {
      let noun = tables.count == 1 ? "table" : "tables"
      parts.append("\(noun) \(tables.joined(separator: ", ")) \(state)")
    }
    return parts.joined(separator: "; ")
  }
}

extension SQLiteMarkStore {
  /// Reads every mark, event and remembered paper that can still be read from a damaged state
  /// file, row by row, without changing the file.
  ///
  /// A row that does not decode is skipped; a table SQLite cannot read (a truncated file, a
  /// corrupt page) is read as far as it goes. The file is opened read-only and never written.
  ///
  /// - Parameters:
  ///   - url: The state file.
  ///   - clock: The time the document is stamped with.
  /// - Returns: What was read, as a state document, and what was not.
  /// - Throws: ``StateStoreError`` when the file cannot be opened as SQLite at all.
  public static func salvage(
    at url: URL, clock: @escaping @Sendable () -> Date = { Date() }
  ) throws -> (document: StateExport, report: SalvageReport) {
    let path = url.path
    guard FileManager.default.fileExists(atPath: path) else {
      throw StateStoreError.cannotOpen(path: path, reason: "no such file")
    }
    try checkHeader(path: path)
    var configuration = Configuration()
    configuration.readonly = true
    configuration.prepareDatabase { db in
      // A truncated file is refused as corrupt unless the schema may be "written": SQLite then
      // reads the pages that are there (and writes nothing: the connection is read-only).
      try db.execute(sql: "PRAGMA writable_schema = ON")
    }
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw stateError(error, path: path)
    }
    defer { try? queue.close() }
    var report = SalvageReport()
    // No transaction: its COMMIT would fail on the damage the reads stepped over.
    let (marks, events, papers) = queue.inDatabase { db in
      let marks = salvageRows(
        db, table: "mark", sql: "SELECT * FROM mark ORDER BY paperId", report: &report
      ) { try mark(from: $0) }
      let events = salvageRows(
        db, table: "event", sql: "SELECT * FROM event ORDER BY id", report: &report
      ) { try event(from: $0) }
      let papers = salvageRows(
        db, table: "paper", sql: "SELECT * FROM paper ORDER BY paperId", report: &report
      ) { row in
        StateExport.Paper(
          try paper(from: row),
          remembered: Timestamp(milliseconds: try row.integer("rememberedAt")))
      }
      return (marks, events, papers)
    }
    let document = StateExport(
      exported: Timestamp(clock()), marks: marks, events: events, papers: papers)
    return (document, report)
  }

  /// The rows of `sql` that decode; the others, and a read that stops early, are reported.
  private static func salvageRows<T>(
    _ db: Database, table: String, sql: String, report: inout SalvageReport,
    decode: (StateRow) throws -> T
  ) -> [T] {
    var values: [T] = []
    var skipped = 0
    do {
      let rows = try Row.fetchCursor(db, sql: sql)
      while let fetched = try rows.next() {
        do {
          values.append(try decode(StateRow(table: table, row: fetched)))
        } catch {
          skipped += 1
        }
      }
    } catch {
      if values.isEmpty && skipped == 0 {
        report.unreadable.append(table)
      } else {
        report.readInPart.append(table)
      }
    }
    if skipped > 0 { report.skipped.append(SalvageReport.Skipped(table: table, rows: skipped)) }
    return values
  }
}
