/// One day of one category: a `# ArXiv cs.CV --Wed, 25 Dec 2019` section and its papers.
///
/// A file may hold several days; ``DigestFile`` holds them all in file order.
public struct Digest: Hashable, Sendable {
  public var category: String
  public var day: DigestDay
  /// Papers in file order, including any repeated within the day.
  public var papers: [Paper]
  /// Where the day's header is.
  public var source: SourceLocation

  public init(category: String, day: DigestDay, papers: [Paper], source: SourceLocation) {
    self.category = category
    self.day = day
    self.papers = papers
    self.source = source
  }
}

/// The input dialects the parser understands.
public enum DigestDialect: String, Hashable, Sendable {
  /// `# ArXiv cs.CV --Wed, 25 Dec 2019`, `### 1.Title  [ :arrow_down: ](pdf)`, `>  abstract`.
  case seed
  /// `# Arxiv Papers in cs.CV on 2019-12-20`, `### Title`, `- **Arxiv ID**: ...` bullets.
  case cvpapers
}

/// Everything read from one input file: its days, in order, and what was wrong with it.
public struct DigestFile: Hashable, Sendable {
  /// The path as given (used in every location).
  public var path: String
  /// `nil` when the file holds nothing recognisable (empty, or no header).
  public var dialect: DigestDialect?
  public var digests: [Digest]
  public var diagnostics: [Diagnostic]

  public init(
    path: String, dialect: DigestDialect?, digests: [Digest], diagnostics: [Diagnostic]
  ) {
    self.path = path
    self.dialect = dialect
    self.digests = digests
    self.diagnostics = diagnostics
  }

  /// All papers of all days in file order.
  public var papers: [Paper] { digests.flatMap(\.papers) }
}
