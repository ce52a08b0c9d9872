import ArxivDigest
import GRDB

// Settings the reader keeps between runs: where it was, the theme chosen last, the filter
// history. Keys are names such as `reader.position`; values are text.
extension SQLiteMarkStore {
  /// The setting's value, or `nil` when it was never set.
  public func setting(_ key: String) throws -> String? {
    try guarded {
      try writer.read { db in
        let statement = try db.cachedStatement(sql: "SELECT value FROM setting WHERE key = ?")
        guard let value = try DatabaseValue.fetchOne(statement, arguments: [key]) else {
          return nil
        }
        return String.fromDatabaseValue(value)
      }
    }
  }

  /// Sets the setting (or forgets it, with `nil`) in one transaction.
  public func setSetting(_ key: String, to value: String?) throws {
    try write { db in
      if let value {
        try db.execute(
          sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
          arguments: [key, value])
      } else {
        try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
      }
    }
  }
}

// The marks of a few papers, for the reader to apply an undo or a redo as a change.
extension SQLiteMarkStore {
  /// The marks of `ids` only.
  ///
  /// - Complexity: O(k) lookups for k ids, however many marks the state holds.
  public func marks(of ids: [ArxivID]) throws -> Marks {
    try guarded {
      try writer.read { db in
        var marks = Marks()
        let statement = try db.cachedStatement(
          sql: "SELECT paperId, isRead, isStarred, readSource FROM mark WHERE paperId = ?")
        for id in ids {
          guard let fetched = try Row.fetchOne(statement, arguments: [id.rawValue]) else {
            continue
          }
          let row = StateRow(table: "mark", row: fetched)
          let isRead = try row.bool("isRead")
          let isStarred = try row.bool("isStarred")
          let source = try row.optionalText("readSource")
          if isRead { marks.read.insert(id) }
          if isStarred { marks.starred.insert(id) }
          if isRead, source == MarkSource.bulk.rawValue { marks.readInBulk.insert(id) }
        }
        return marks
      }
    }
  }
}
