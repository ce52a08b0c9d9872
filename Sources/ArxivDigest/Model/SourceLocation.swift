/// A place in an input file, printed as `path:line:col` like a compiler does.
///
/// Lines and columns count from 1; a column counts UTF-8 bytes from the start of the line, as
/// compilers do.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The path as the user gave it (or `-` / `<stdin>` for standard input).
  public var path: String
  /// 1-based line number.
  public var line: Int
  /// 1-based column.
  public var column: Int

  public init(path: String, line: Int, column: Int = 1) {
    self.path = path
    self.line = line
    self.column = column
  }

  /// `path:line:col`.
  public var description: String { "\(path):\(line):\(column)" }

  /// `path:line`, the form `digest list --json` uses for `source`.
  public var pathAndLine: String { "\(path):\(line)" }
}
