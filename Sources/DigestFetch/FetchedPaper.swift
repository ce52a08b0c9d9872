import ArxivDigest

/// One paper as an arXiv feed gives it, its text cleaned and ready to be written into a digest.
///
/// Text fields hold one line each: XML entities are decoded, runs of white space (line breaks
/// included) are one space, and control characters are gone. LaTeX is kept as written.
public struct FetchedPaper: Hashable, Sendable {
  /// The arXiv id without version.
  public var id: ArxivID
  /// The version the feed names (`v2` → 2), or `nil` when it names none.
  public var version: Int?
  /// The title, LaTeX as written.
  public var title: String
  /// The abstract; empty when the feed has none.
  public var abstract: String
  /// The authors in order; empty when the feed lists none.
  public var authors: [String]
  /// Every category, the primary one first where the feed says which it is.
  public var categories: [String]
  /// The author's comment, or `nil`.
  public var comment: String?
  /// The journal reference, or `nil`.
  public var journal: String?
  /// The DOI, or `nil`.
  public var doi: String?
  /// How the paper was announced, or `nil` when the feed does not say.
  public var announceType: AnnounceType?
  /// When version 1 was submitted (`2019-12-20 00:37:11+00:00`), where the feed says (the API).
  public var published: String?
  /// When the latest version was submitted, where the feed says (the API).
  public var updated: String?

  /// Creates a paper; every field but the id and title is optional.
  public init(
    id: ArxivID, version: Int? = nil, title: String, abstract: String = "",
    authors: [String] = [], categories: [String] = [], comment: String? = nil,
    journal: String? = nil, doi: String? = nil, announceType: AnnounceType? = nil,
    published: String? = nil, updated: String? = nil
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.abstract = abstract
    self.authors = authors
    self.categories = categories
    self.comment = comment
    self.journal = journal
    self.doi = doi
    self.announceType = announceType
    self.published = published
    self.updated = updated
  }

  /// The id as written in links: `2512.01234v2`, or without version when there is none.
  public var versionedID: String {
    id.rawValue + (version.map { "v\($0)" } ?? "")
  }
}
