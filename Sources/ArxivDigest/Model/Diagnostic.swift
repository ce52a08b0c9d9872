/// A problem found while reading input, located precisely, never fatal by itself.
///
/// ```
/// cs.CV-2019-12-25.md:14:1: warning: paper 1912.11470 has no abstract
/// ```
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable, Codable {
    case warning
    case error
  }

  public var severity: Severity
  public var message: String
  public var location: SourceLocation

  public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
    self.severity = severity
    self.message = message
    self.location = location
  }

  /// `path:line:col: warning: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
