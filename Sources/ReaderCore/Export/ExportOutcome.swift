/// What the shell reports after writing an export; sent back as
/// ``ReaderAction/exportFinished(_:)``.
public enum ExportOutcome: Hashable, Sendable {
  /// `count` papers were written to `path` (as the user typed it).
  case exported(count: Int, path: String)
  /// `count` papers were added to the end of `path`; `alreadyThere` were in it already.
  case appended(count: Int, alreadyThere: Int, path: String)
  /// Nothing was written: `path` exists and overwriting was not asked for.
  case fileExists(path: String)
  /// Nothing was written, for the reason given (one line).
  case failed(String)
}
