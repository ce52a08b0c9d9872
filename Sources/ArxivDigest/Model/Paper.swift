import Foundation

/// One paper of a digest, with clean text (HTML decoded, control characters removed).
///
/// `title` and `abstract` keep LaTeX as written; rendering it is ``LaTeXRenderer``'s job.
/// Paragraphs of `abstract` are separated by `"\n"`.
public struct Paper: Identifiable, Hashable, Sendable {
  /// The arXiv id without version: the key for marks.
  public var id: ArxivID
  /// The version the input names (`v2` → 2), or `nil` when it names none.
  public var version: Int?
  public var title: String
  /// The abstract; empty when the input had none.
  public var abstract: String
  /// The digest's category (`cs.CV`).
  public var category: String
  /// The digest day this paper was listed on.
  public var date: DigestDay
  /// The entry number as written in the file (the 1-based position when the input has none).
  public var number: Int
  /// The PDF link as the input gives it (`nil` when it gives none).
  public var pdfURL: String?
  /// Where the entry starts in its input.
  public var source: SourceLocation
  /// Authors, where the input lists them.
  public var authors: [String]?
  /// All categories (primary first), where the input lists them.
  public var categories: [String]?
  /// The author's comment line, where the input has one.
  public var comments: String?
  /// How arXiv announced the paper (`- **Announce Type**:` in fetched digests); `nil` when the
  /// input does not say.
  public var announceType: AnnounceType?
  /// The journal DOI (`10.1016/j.neunet.2020.10.016`), where the input gives one.
  public var doi: String? = nil

  public init(
    id: ArxivID, version: Int? = nil, title: String, abstract: String, category: String,
    date: DigestDay, number: Int, pdfURL: String? = nil, source: SourceLocation,
    authors: [String]? = nil, categories: [String]? = nil, comments: String? = nil,
    announceType: AnnounceType? = nil
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.abstract = abstract
    self.category = category
    self.date = date
    self.number = number
    self.pdfURL = pdfURL
    self.source = source
    self.authors = authors
    self.categories = categories
    self.comments = comments
    self.announceType = announceType
  }

  /// `https://arxiv.org/abs/<id>`.
  public var absURL: String { "https://arxiv.org/abs/\(id.rawValue)" }

  /// The journal DOI when the input gave one, else the DOI arXiv assigns every paper
  /// (`10.48550/arXiv.1912.11474`).
  public var doiOrArxivDOI: String { doi ?? "10.48550/arXiv.\(id.rawValue)" }

  /// The PDF link, or arXiv's canonical one when the input gave none.
  public var pdfLink: String { pdfURL ?? "https://arxiv.org/pdf/\(id.rawValue)" }
}
