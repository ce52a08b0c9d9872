import ArxivDigest
import Foundation
import GRDB

/// One row of a state table, read column by column with its type checked.
///
/// GRDB's non-optional row subscript traps when a value has the wrong type; every read of the
/// state goes through this instead, so a damaged row is an error naming its table, row and
/// column (``StateRow/Damage``), never a crash.
///
/// ```swift
/// let row = StateRow(table: "paper", row: fetched)
/// let number = try row.integer("number")   // throws: column number is not an integer
/// ```
struct StateRow {
  /// Why a row cannot be read: the table, the row (its key, when known) and the column.
  struct Damage: Error, Equatable, Sendable, CustomStringConvertible {
    /// The table the row is in.
    var table: String
    /// The row's key: the `id` of an event, the paper id of a mark or paper (`nil` when the
    /// key itself cannot be read).
    var row: String?
    /// The column, and what is wrong with it (`column number is not an integer`).
    var problem: String

    /// `table paper, row 12: column number is not an integer`.
    var description: String {
      "table \(table), row \(row ?? "?"): \(problem)"
    }
  }

  /// The table the row is from.
  let table: String
  /// The row as GRDB fetched it.
  let row: Row

  /// The row's key: its integer `id`, else its `paperId` (`nil` when neither can be read).
  var rowID: String? {
    for name in ["id", "paperId"] where row.hasColumn(name) {
      switch (row[name] as DatabaseValue).storage {
      case .int64(let value): return String(value)
      case .string(let text) where ArxivID(text) != nil: return text
      default: continue
      }
    }
    return nil
  }

  private func value(_ column: String) throws(Damage) -> DatabaseValue {
    guard row.hasColumn(column) else { throw damage("column \(column) is missing") }
    return row[column] as DatabaseValue
  }

  private func value(at index: Int) throws(Damage) -> DatabaseValue {
    guard index >= 0, index < row.count else { throw damage("column \(index) is missing") }
    return row[index] as DatabaseValue
  }

  /// A damage report for this row.
  func damage(_ problem: String) -> Damage {
    Damage(table: table, row: rowID, problem: problem)
  }

  // MARK: - Typed columns

  /// An integer column that may be `NULL`.
  func optionalInteger(_ column: String) throws(Damage) -> Int64? {
    try StateRow.integer(value(column), column: column, row: self)
  }

  /// An integer column that must not be `NULL`.
  func integer(_ column: String) throws(Damage) -> Int64 {
    guard let value = try optionalInteger(column) else { throw damage("column \(column) is NULL") }
    return value
  }

  /// An integer column, as `Int`.
  func int(_ column: String) throws(Damage) -> Int { Int(try integer(column)) }

  /// An integer column that may be `NULL`, as `Int`.
  func optionalInt(_ column: String) throws(Damage) -> Int? {
    try optionalInteger(column).map { Int($0) }
  }

  /// The integer at `index` of the selected columns (`count(…)` and the like).
  func integer(at index: Int) throws(Damage) -> Int64 {
    let name = row.columnNames.dropFirst(index).first ?? "\(index)"
    guard let value = try StateRow.integer(value(at: index), column: name, row: self) else {
      throw damage("column \(name) is NULL")
    }
    return value
  }

  /// A boolean column stored as 0 or 1 (SQLite has no boolean type).
  func bool(_ column: String) throws(Damage) -> Bool {
    switch try value(column).storage {
    case .int64(0): return false
    case .int64(1): return true
    case .null: throw damage("column \(column) is NULL")
    default: throw damage("column \(column) is not 0 or 1")
    }
  }

  /// The boolean at `index` of the selected columns.
  func bool(at index: Int) throws(Damage) -> Bool {
    let name = row.columnNames.dropFirst(index).first ?? "\(index)"
    switch try value(at: index).storage {
    case .int64(0): return false
    case .int64(1): return true
    case .null: throw damage("column \(name) is NULL")
    default: throw damage("column \(name) is not 0 or 1")
    }
  }

  /// A text column that may be `NULL`.
  func optionalText(_ column: String) throws(Damage) -> String? {
    switch try value(column).storage {
    case .string(let text): return text
    case .null: return nil
    case .int64, .double, .blob: throw damage("column \(column) is not text")
    }
  }

  /// The text at `index` of the selected columns, `nil` for `NULL`.
  func optionalText(at index: Int) throws(Damage) -> String? {
    let name = row.columnNames.dropFirst(index).first ?? "\(index)"
    switch try value(at: index).storage {
    case .string(let text): return text
    case .null: return nil
    case .int64, .double, .blob: throw damage("column \(name) is not text")
    }
  }

  /// A text column that must not be `NULL`.
  func text(_ column: String) throws(Damage) -> String {
    guard let text = try optionalText(column) else { throw damage("column \(column) is NULL") }
    return text
  }

  /// A text column holding a JSON value of type `T`.
  func json<T: Decodable>(_ type: T.Type, _ column: String, expected: String) throws(Damage) -> T {
    let text = try text(column)
    guard let value = try? JSONDecoder().decode(type, from: Data(text.utf8)) else {
      throw damage("column \(column) is not \(expected)")
    }
    return value
  }

  /// A text column that may be `NULL` holding a JSON value of type `T`.
  func optionalJSON<T: Decodable>(
    _ type: T.Type, _ column: String, expected: String
  ) throws(Damage) -> T? {
    guard let text = try optionalText(column) else { return nil }
    guard let value = try? JSONDecoder().decode(type, from: Data(text.utf8)) else {
      throw damage("column \(column) is not \(expected)")
    }
    return value
  }

  private static func integer(
    _ value: DatabaseValue, column: String, row: StateRow
  ) throws(Damage) -> Int64? {
    switch value.storage {
    case .int64(let integer): return integer
    case .null: return nil
    case .double, .string, .blob: throw row.damage("column \(column) is not an integer")
    }
  }
}
