import ArxivDigest
import Foundation
import GRDB

// Reading and writing rows. Every statement is a constant; values travel as arguments.
extension SQLiteMarkStore {
  // MARK: - Marks

  /// The current value of one paper's mark (`false` when the paper has no row).
  static func value(_ db: Database, _ kind: MarkKind, _ id: ArxivID) throws -> Bool {
    try valueAndTime(db, kind, id)?.value ?? false
  }

  /// The current value and last change time of one paper's mark; `nil` when it has no row.
  static func valueAndTime(
    _ db: Database, _ kind: MarkKind, _ id: ArxivID
  ) throws -> (value: Bool, changed: Timestamp?)? {
    let sql: String
    let columns: (value: String, changed: String)
    switch kind {
    case .read:
      sql = "SELECT paperId, isRead, readChangedAt FROM mark WHERE paperId = ?"
      columns = ("isRead", "readChangedAt")
    case .starred:
      sql = "SELECT paperId, isStarred, starredChangedAt FROM mark WHERE paperId = ?"
      columns = ("isStarred", "starredChangedAt")
    }
    let statement = try db.cachedStatement(sql: sql)
    guard let fetched = try Row.fetchOne(statement, arguments: [id.rawValue]) else { return nil }
    let row = StateRow(table: "mark", row: fetched)
    let changed = try row.optionalInteger(columns.changed).map(Timestamp.init(milliseconds:))
    return (try row.bool(columns.value), changed)
  }

  /// Sets each paper's mark to the matching value, stamped with `time`.
  static func set(
    _ db: Database, _ kind: MarkKind, _ ids: [ArxivID], _ values: [Bool], at time: Timestamp
  ) throws {
    let sql: String
    switch kind {
    case .read:
      sql = """
        INSERT INTO mark (paperId, isRead, readChangedAt) VALUES (?, ?, ?)
        ON CONFLICT (paperId) DO UPDATE
        SET isRead = excluded.isRead, readChangedAt = excluded.readChangedAt
        """
    case .starred:
      sql = """
        INSERT INTO mark (paperId, isStarred, starredChangedAt) VALUES (?, ?, ?)
        ON CONFLICT (paperId) DO UPDATE
        SET isStarred = excluded.isStarred, starredChangedAt = excluded.starredChangedAt
        """
    }
    let statement = try db.cachedStatement(sql: sql)
    for (id, value) in zip(ids, values) {
      try statement.execute(arguments: [id.rawValue, value, time.milliseconds])
    }
  }

  /// Records how the papers just marked read became read (`nil`: not known).
  static func setReadSource(_ db: Database, _ ids: [ArxivID], _ source: MarkSource?) throws {
    let statement = try db.cachedStatement(
      sql: "UPDATE mark SET readSource = ? WHERE paperId = ? AND isRead")
    for id in ids { try statement.execute(arguments: [source?.rawValue, id.rawValue]) }
  }

  // MARK: - Events

  /// Appends `event` to the log and returns its row id.
  static func append(
    _ db: Database, _ event: MarkEvent, isImported: Bool, source: MarkSource? = nil
  ) throws -> Int64 {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO event
          (uuid, time, action, kind, ids, newValues, oldValues, target, isImported, source)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    try statement.execute(arguments: [
      event.uuid, event.time.milliseconds, event.action.rawValue, event.kind.rawValue,
      json(event.ids.map(\.rawValue)), json(event.values), json(event.previous), event.target,
      isImported, source?.rawValue,
    ])
    return db.lastInsertedRowID
  }

  /// Reads an `event` row.
  ///
  /// - Throws: ``StateRow/Damage`` naming the column that cannot be read.
  static func event(from row: StateRow) throws(StateRow.Damage) -> MarkEvent {
    let actionText = try row.text("action")
    guard let action = MarkEvent.Action(rawValue: actionText) else {
      throw row.damage("column action is not a known action")
    }
    let kindText = try row.text("kind")
    guard let kind = MarkKind(rawValue: kindText) else {
      throw row.damage("column kind is not read or starred")
    }
    let ids = try row.json([ArxivID].self, "ids", expected: "a JSON array of arXiv ids")
    let values = try row.json([Bool].self, "newValues", expected: "a JSON array of booleans")
    let previous = try row.json([Bool].self, "oldValues", expected: "a JSON array of booleans")
    guard ids.count == values.count, ids.count == previous.count else {
      throw row.damage("columns ids, newValues and oldValues differ in length")
    }
    return MarkEvent(
      uuid: try row.text("uuid"), time: Timestamp(milliseconds: try row.integer("time")),
      action: action, kind: kind, ids: ids, values: values, previous: previous,
      target: try row.optionalText("target"))
  }

  /// A JSON array of strings (arXiv ids need no escaping) or booleans.
  static func json(_ strings: [String]) -> String {
    "[" + strings.map { "\"\($0)\"" }.joined(separator: ",") + "]"
  }

  static func json(_ values: [Bool]) -> String {
    "[" + values.map { $0 ? "true" : "false" }.joined(separator: ",") + "]"
  }

  /// A JSON array of any strings, escaped.
  static func escapedJSON(_ strings: [String]) -> String {
    guard let data = try? JSONEncoder().encode(strings) else { return "[]" }
    return String(decoding: data, as: UTF8.self)
  }

  // MARK: - Remembered papers

  /// Saves what is known of `paper`, replacing an older copy.
  static func remember(_ db: Database, _ paper: Paper, at time: Timestamp) throws {
    let statement = try db.cachedStatement(
      sql: """
        INSERT OR REPLACE INTO paper
          (paperId, version, title, abstract, category, date, number, pdfURL,
           sourcePath, sourceLine, sourceColumn, authors, categories, comments, rememberedAt)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    try statement.execute(arguments: [
      paper.id.rawValue, paper.version, paper.title, paper.abstract, paper.category,
      paper.date.iso, paper.number, paper.pdfURL, paper.source.path, paper.source.line,
      paper.source.column, paper.authors.map(escapedJSON), paper.categories.map(escapedJSON),
      paper.comments, time.milliseconds,
    ])
  }

  /// Reads a `paper` row.
  ///
  /// - Throws: ``StateRow/Damage`` naming the column that cannot be read.
  static func paper(from row: StateRow) throws(StateRow.Damage) -> Paper {
    guard let id = ArxivID(try row.text("paperId")) else {
      throw row.damage("column paperId is not an arXiv id")
    }
    guard let date = DigestDay(iso: try row.text("date")) else {
      throw row.damage("column date is not a day (YYYY-MM-DD)")
    }
    let strings = "a JSON array of strings"
    return Paper(
      id: id, version: try row.optionalInt("version"), title: try row.text("title"),
      abstract: try row.text("abstract"), category: try row.text("category"), date: date,
      number: try row.int("number"), pdfURL: try row.optionalText("pdfURL"),
      source: SourceLocation(
        path: try row.text("sourcePath"), line: try row.int("sourceLine"),
        column: try row.int("sourceColumn")),
      authors: try row.optionalJSON([String].self, "authors", expected: strings),
      categories: try row.optionalJSON([String].self, "categories", expected: strings),
      comments: try row.optionalText("comments"))
  }
}
