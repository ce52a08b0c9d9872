/// A problem in a theme or config file, located by line and never fatal: the rest of the file
/// still applies.
///
/// ```
/// /home/me/.config/digest/config.toml:12: warning: unknown key "them", did you mean "theme"?
/// ```
public struct ConfigDiagnostic: Hashable, Sendable, CustomStringConvertible {
  /// The file as named to the user (a path, or `<bundled nord>`).
  public var path: String
  /// 1-based line; 0 when the problem concerns the whole file.
  public var line: Int
  /// What is wrong and what was done about it.
  public var message: String

  /// Creates a diagnostic.
  public init(path: String, line: Int, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: warning: message` (`path: warning: message` without a line).
  public var description: String {
    line > 0 ? "\(path):\(line): warning: \(message)" : "\(path): warning: \(message)"
  }
}
