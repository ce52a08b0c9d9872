import ArxivDigest
import Foundation

/// One page of an arXiv API search (`http://export.arxiv.org/api/query`), an Atom feed.
///
/// ```swift
/// let page = try APIPage(parsing: data, category: "cs.CV")
/// page.totalResults          // 3412: papers the search matches, over every page
/// page.papers.first?.day     // the submission day of version 1
/// ```
public struct APIPage: Hashable, Sendable {
  /// One entry with the day version 1 was submitted (UTC).
  public struct Entry: Hashable, Sendable {
    /// The paper; its announce type is ``AnnounceType/new`` when its primary category is the
    /// one searched, else ``AnnounceType/cross``.
    public var paper: FetchedPaper
    /// The submission day (`<published>`, UTC).
    public var day: DigestDay
  }

  /// Papers the search matches over every page (`<opensearch:totalResults>`).
  public var totalResults: Int
  /// The position of this page's first entry (`<opensearch:startIndex>`).
  public var startIndex: Int
  /// The entries in feed order; entries without a readable id or date are left out.
  public var entries: [Entry]

  /// Reads an Atom body of the arXiv API.
  ///
  /// - Parameter category: The category searched: papers with it as primary are `new`,
  ///   the others `cross`.
  /// - Throws: ``FeedError/notAFeed(_:)`` when the body is not Atom,
  ///   ``FeedError/cutShort`` when it stops before `</feed>`, ``FeedError/apiError(_:)`` when
  ///   the API answers with an error entry.
  public init(parsing data: Data, category: String) throws(FeedError) {
    let root: FeedElement
    switch FeedXML.parse(data) {
    case .document(let element): root = element
    case .cutShort(let name) where name == "feed": throw .cutShort
    case .cutShort(let name): throw .notAFeed("<\(name)>")
    case .notXML: throw .notAFeed(data.isEmpty ? "empty body" : "not XML")
    }
    guard root.name == "feed" else { throw .notAFeed("<\(root.name)>") }
    let entries = root.children("entry")
    for entry in entries where (entry.child("id")?.text ?? "").contains("/api/errors") {
      throw .apiError(FeedText.line(entry.child("summary")?.text ?? "unknown error"))
    }
    guard let total = root.child("totalResults").flatMap({ Int(FeedText.line($0.text)) }) else {
      throw .notAFeed("no opensearch:totalResults")
    }
    totalResults = total
    startIndex = root.child("startIndex").flatMap { Int(FeedText.line($0.text)) } ?? 0
    self.entries = entries.compactMap { APIPage.entry($0, category: category) }
  }

  static func entry(_ element: FeedElement, category: String) -> Entry? {
    let idText = FeedText.line(element.child("id")?.text ?? "")
    guard let range = idText.range(of: "/abs/"),
      let parsed = ArxivID.parse(String(idText[range.upperBound...]))
    else { return nil }
    let (id, version) = (parsed.id, parsed.version)
    let published = FeedText.line(element.child("published")?.text ?? "")
    guard let day = DigestDay(iso: String(published.prefix(10))) else { return nil }
    let primary = element.child("primary_category")?.attributes["term"]
    var categories = element.children("category").compactMap(\.attributes["term"])
      .map(FeedText.line).filter { !$0.isEmpty }
    if let primary, let index = categories.firstIndex(of: primary), index > 0 {
      categories.remove(at: index)
      categories.insert(primary, at: 0)
    }
    let paper = FetchedPaper(
      id: id, version: version, title: FeedText.line(element.child("title")?.text ?? ""),
      abstract: FeedText.line(element.child("summary")?.text ?? ""),
      authors: element.children("author").compactMap { $0.child("name") }
        .map { FeedText.line($0.text) }.filter { !$0.isEmpty },
      categories: categories,
      comment: FeedText.optionalLine(element.child("comment")?.text),
      journal: FeedText.optionalLine(element.child("journal_ref")?.text),
      doi: FeedText.optionalLine(element.child("doi")?.text),
      announceType: (primary ?? categories.first) == category ? .new : .cross,
      published: APIPage.timestamp(published),
      updated: APIPage.timestamp(FeedText.line(element.child("updated")?.text ?? "")))
    return Entry(paper: paper, day: day)
  }

  /// `2019-12-20T00:37:11Z` → `2019-12-20 00:37:11+00:00`, as the CVPapers archive writes it;
  /// other text as it is, empty → `nil`.
  static func timestamp(_ text: String) -> String? {
    guard !text.isEmpty else { return nil }
    guard text.count == 20, text.hasSuffix("Z"),
      let separator = text.firstIndex(of: "T")
    else { return text }
    return text[..<separator] + " " + text[text.index(after: separator)...].dropLast() + "+00:00"
  }
}
