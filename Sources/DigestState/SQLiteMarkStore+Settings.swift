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
