import Foundation

/// Why the state store cannot be used; every case names the state file.
///
/// The store never overwrites or deletes a file it refuses.
///
/// ```text
/// /home/ada/.local/share/digest/state.sqlite: not a digest state database (not SQLite)
/// ```
public enum StateStoreError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The file exists but is not an SQLite database, or SQLite reports it corrupt.
  case notADatabase(path: String, reason: String)
  /// The file is an SQLite database of some other program.
  case foreignDatabase(path: String)
  /// The file was written by a newer `digest` whose schema this version does not know.
  case newerSchema(path: String)
  /// The file is read-only and needs an upgrade, or a change was asked of a read-only store.
  case readOnly(path: String)
  /// The state folder cannot be written: the state is read, but no change can be saved.
  case readOnlyFolder(path: String, folder: String)
  /// The file or its folder could not be opened or created.
  case cannotOpen(path: String, reason: String)
  /// A row of the file cannot be read: a column holds a value of the wrong type (the file was
  /// damaged, or changed by hand). `row` is its key (an event's id, a paper id) when it can be
  /// read; `problem` names the column.
  case damagedRow(path: String, table: String, row: String?, problem: String)

  /// The state file the error is about.
  public var path: String {
    switch self {
    case .notADatabase(let path, _), .foreignDatabase(let path), .newerSchema(let path),
      .readOnly(let path), .cannotOpen(let path, _), .damagedRow(let path, _, _, _),
      .readOnlyFolder(let path, _):
      return path
    }
  }

  /// `path: what is wrong`, in one line.
  public var description: String {
    switch self {
    case .notADatabase(let path, let reason):
      return "\(path): not a digest state database (\(reason)); the file was left untouched"
    case .foreignDatabase(let path):
      return "\(path): an SQLite database of another program, not digest state;"
        + " the file was left untouched"
    case .newerSchema(let path):
      return "\(path): state written by a newer version of digest; the file was left untouched"
    case .readOnly(let path):
      return "\(path): the state file is read-only; nothing was changed"
    case .cannotOpen(let path, let reason):
      return "\(path): cannot open the state file (\(reason))"
    case .readOnlyFolder(_, let folder):
      return "state folder \(folder) is read-only: marks cannot be saved"
    case .damagedRow(let path, let table, let row, let problem):
      let rowText = row.map { "row \($0)" } ?? "a row whose key cannot be read"
      return "state file \(path): table \(table), \(rowText): \(problem)"
    }
  }
}
