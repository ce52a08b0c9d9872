import ArxivDigest

/// What loading digests reported, for the message list: every diagnostic as
/// `path:line:col: severity: message`, and how many files they are about.
public struct LoadProblems: Hashable, Sendable {
  /// One line per diagnostic.
  public var lines: [String]
  /// Files with at least one diagnostic.
  public var files: Int

  /// Problems as given.
  public init(lines: [String], files: Int) {
    self.lines = lines
    self.files = files
  }

  /// The problems of `library`.
  public init(library: Library) {
    lines = library.diagnostics.map(\.description)
    files = Set(library.diagnostics.map(\.location.path)).count
  }
}
