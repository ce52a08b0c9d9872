/// What an export did: how many papers went where, and how many were already there.
///
/// ```swift
/// summary.description   // "exported 12 papers to x.bib (3 already there)"
/// ```
public struct ExportSummary: Hashable, Sendable, CustomStringConvertible {
  /// Papers written.
  public var exported: Int
  /// Papers left out because the file being appended to already had them (0 otherwise).
  public var alreadyPresent: Int
  /// Where they went: the path as given, or `stdout`.
  public var destination: String

  /// Creates a summary.
  public init(exported: Int, alreadyPresent: Int = 0, destination: String) {
    self.exported = exported
    self.alreadyPresent = alreadyPresent
    self.destination = destination
  }

  /// `exported 12 papers to x.bib`, with ` (3 already there)` when papers were skipped.
  public var description: String {
    var text = "exported \(exported) \(exported == 1 ? "paper" : "papers") to \(destination)"
    if alreadyPresent > 0 { text += " (\(alreadyPresent) already there)" }
    return text
  }
}
