/// A malformed query: what is wrong and where (1-based column, in characters).
///
/// ```
/// column 1: unknown field "tit:", did you mean "ti:"?
/// ```
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, ready to show (`unclosed quote`).
  public var message: String
  /// 1-based column, in characters, of where the problem starts.
  public var column: Int
  /// For a near-miss field, the field meant (`ti:`); `nil` otherwise.
  public var suggestion: String?

  /// Creates an error.
  public init(_ message: String, column: Int, suggestion: String? = nil) {
    self.message = message
    self.column = column
    self.suggestion = suggestion
  }

  /// `column 3: unclosed quote`.
  public var description: String { "column \(column): \(message)" }
}
