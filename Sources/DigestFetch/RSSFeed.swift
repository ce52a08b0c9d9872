import ArxivDigest
import Foundation

/// One category's daily listing from arXiv's RSS feed (`https://rss.arxiv.org/rss/cs.CV`).
///
/// The feed holds one announcement day: new submissions, cross-lists and replacements, each
/// `<item>` with `<arxiv:announce_type>`, `<dc:creator>` and `<category>` elements. On weekends
/// and holidays it has no items.
///
/// ```swift
/// let feed = try RSSFeed(parsing: data)
/// feed.day      // 2025-12-01
/// feed.papers   // [FetchedPaper], in feed order
/// ```
public struct RSSFeed: Hashable, Sendable {
  /// The announcement day (the channel's or the items' `pubDate`), or `nil` when the feed
  /// gives none (an empty feed may not).
  public var day: DigestDay?
  /// The papers in feed order; items without a readable arXiv id are left out.
  public var papers: [FetchedPaper]

  /// Reads an RSS 2.0 body.
  ///
  /// - Throws: ``FeedError/notAFeed(_:)`` when the body is not RSS (an HTML page),
  ///   ``FeedError/cutShort`` when it stops before `</rss>`.
  public init(parsing data: Data) throws(FeedError) {
    let root: FeedElement
    switch FeedXML.parse(data) {
    case .document(let element): root = element
    case .cutShort(let name) where name == "rss": throw .cutShort
    case .cutShort(let name): throw .notAFeed("<\(name)>")
    case .notXML: throw .notAFeed(data.isEmpty ? "empty body" : "not XML")
    }
    guard root.name == "rss", let channel = root.child("channel") else {
      throw .notAFeed("<\(root.name)>")
    }
    let items = channel.children("item")
    papers = items.compactMap(RSSFeed.paper)
    let dates =
      items.compactMap { $0.child("pubDate")?.text }
      + [
        channel.child("pubDate")?.text, channel.child("lastBuildDate")?.text,
      ].compactMap { $0 }
    day = dates.lazy.compactMap(RSSFeed.day(rfc822:)).first
  }

  /// One `<item>`, or `nil` when it names no arXiv id.
  static func paper(_ item: FeedElement) -> FetchedPaper? {
    let description = item.child("description")?.text ?? ""
    let guid = item.child("guid")?.text ?? ""
    let link = item.child("link")?.text ?? ""
    guard let found = identifier(guid: guid, link: link, description: description) else {
      return nil
    }
    let (id, version) = found
    var announce = item.child("announce_type").flatMap {
      AnnounceType(rawValue: FeedText.line($0.text).lowercased())
    }
    if announce == nil { announce = announceType(inDescription: description) }
    return FetchedPaper(
      id: id, version: version, title: FeedText.line(item.child("title")?.text ?? ""),
      abstract: abstract(inDescription: description),
      authors: item.children("creator").flatMap { FeedText.names($0.text) },
      categories: item.children("category").map { FeedText.line($0.text) }.filter { !$0.isEmpty },
      journal: FeedText.optionalLine(item.child("journal_reference")?.text),
      doi: FeedText.optionalLine(item.child("DOI")?.text ?? item.child("doi")?.text),
      announceType: announce)
  }

  /// The id and version from `oai:arXiv.org:2512.01234v1`, `…/abs/2512.01234` or the
  /// description's `arXiv:2512.01234v1`.
  static func identifier(
    guid: String, link: String, description: String
  ) -> (ArxivID, Int?)? {
    var candidates: [Substring] = []
    if let range = guid.range(of: "arXiv.org:") { candidates.append(guid[range.upperBound...]) }
    if let range = description.range(of: "arXiv:") {
      candidates.append(description[range.upperBound...].prefix { !$0.isWhitespace })
    }
    if let range = link.range(of: "/abs/") { candidates.append(link[range.upperBound...]) }
    for candidate in candidates {
      let text = FeedText.line(String(candidate))
      if let parsed = ArxivID.parse(text) { return (parsed.id, parsed.version) }
    }
    return nil
  }

  /// The text after `Abstract:` in a description such as
  /// `arXiv:2512.01234v1 Announce Type: new Abstract: We …`; the whole description when it
  /// has no such label.
  static func abstract(inDescription description: String) -> String {
    guard let range = description.range(of: "Abstract:") else {
      return FeedText.line(description)
    }
    return FeedText.line(String(description[range.upperBound...]))
  }

  /// The word after `Announce Type:` in a description.
  static func announceType(inDescription description: String) -> AnnounceType? {
    guard let range = description.range(of: "Announce Type:") else { return nil }
    let word = description[range.upperBound...].drop { $0 == " " }.prefix { !$0.isWhitespace }
    return AnnounceType(rawValue: word.lowercased())
  }

  /// The day of an RFC 822 date as written, in its own time zone:
  /// `Mon, 01 Dec 2025 00:00:00 -0500` → 2025-12-01.
  static func day(rfc822 text: String) -> DigestDay? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline })
    for (index, word) in words.enumerated() where index + 2 < words.count {
      guard let day = Int(word), let year = Int(words[index + 2]),
        let month = DigestDay.monthNames.firstIndex(where: {
          $0.lowercased() == words[index + 1].lowercased()
        })
      else { continue }
      return DigestDay(year: year, month: month + 1, day: day)
    }
    return nil
  }
}
