import ArxivDigest
import Foundation
import GRDB

// Reading and writing rows. Every statement is a constant; values travel as arguments.
extension SQLiteMarkStore {
  // MARK: - Marks

  /// The current value of one paper's mark (`false` when the paper has no row).
  static func value(_ db: Database, _ kind: MarkKind, _ id: ArxivID) throws -> Bool {
    let sql: String
    switch kind {
    case .read: sql = "SELECT isRead FROM mark WHERE paperId = ?"
    case .starred: sql = "SELECT isStarred FROM mark WHERE paperId = ?"
    }
    let statement = try db.cachedStatement(sql: sql)
    return try Bool.fetchOne(statement, arguments: [id.rawValue]) ?? false
  }

  /// The current value and last change time of one paper's mark; `nil` when it has no row.
  static func valueAndTime(
    _ db: Database, _ kind: MarkKind, _ id: ArxivID
  ) throws -> (value: Bool, changed: Timestamp?)? {
    let sql: String
    switch kind {
    case .read: sql = "SELECT isRead, readChangedAt FROM mark WHERE paperId = ?"
    case .starred: sql = "SELECT isStarred, starredChangedAt FROM mark WHERE paperId = ?"
    }
    let statement = try db.cachedStatement(sql: sql)
    guard let row = try Row.fetchOne(statement, arguments: [id.rawValue]) else { return nil }
    let changed = (row[1] as Int64?).map(Timestamp.init(milliseconds:))
    return (row[0] as Bool, changed)
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
  static func event(from row: Row) throws -> MarkEvent {
    let actionText: String = row["action"]
    let kindText: String = row["kind"]
    guard let action = MarkEvent.Action(rawValue: actionText),
      let kind = MarkKind(rawValue: kindText)
    else {
      throw DatabaseError(
        resultCode: .SQLITE_CORRUPT, message: "unknown event \(actionText) \(kindText)")
    }
    let decoder = JSONDecoder()
    let ids = try decoder.decode([ArxivID].self, from: Data((row["ids"] as String).utf8))
    let values = try decoder.decode([Bool].self, from: Data((row["newValues"] as String).utf8))
    let previous = try decoder.decode([Bool].self, from: Data((row["oldValues"] as String).utf8))
    return MarkEvent(
      uuid: row["uuid"], time: Timestamp(milliseconds: row["time"]), action: action, kind: kind,
      ids: ids, values: values, previous: previous, target: row["target"])
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

  /// Reads a `paper` row; `nil` when the row is not a paper this version understands.
  static func paper(from row: Row) -> Paper? {
    guard let id = ArxivID(row["paperId"] as String),
      let date = DigestDay(iso: row["date"] as String)
    else { return nil }
    let decoder = JSONDecoder()
    let authors = (row["authors"] as String?).flatMap {
      try? decoder.decode([String].self, from: Data($0.utf8))
    }
    let categories = (row["categories"] as String?).flatMap {
      try? decoder.decode([String].self, from: Data($0.utf8))
    }
    return Paper(
      id: id, version: row["version"], title: row["title"], abstract: row["abstract"],
      category: row["category"], date: date, number: row["number"], pdfURL: row["pdfURL"],
      source: SourceLocation(
        path: row["sourcePath"], line: row["sourceLine"], column: row["sourceColumn"]),
      authors: authors, categories: categories, comments: row["comments"])
  }
}
