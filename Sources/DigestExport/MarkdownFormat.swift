import Foundation
import ArxivDigest

/// Writes papers in the digest format itself, so the export reads back as a digest.
///
/// Papers are grouped under one `# ArXiv <category> --<day>` header per category and day, in
/// the order each group first appears; within a group they keep their order and are numbered
/// from 1, so `digest check` finds nothing to warn about. Text is written so the digest parser
/// gives it back exactly: `&`, `<` and `>` become entities and paragraph breaks become ` <br>`,
/// the way arXiv writes them.
///
/// ```
/// # ArXiv cs.CV --Wed, 25 Dec 2019
/// ### 1.Audio-Visual Embodied Navigation  [ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)
/// >  Moving around in the world is naturally a multisensory experience, … 
/// ```
public enum MarkdownFormat {
  /// The whole document for `papers` (empty when `papers` is empty).
  ///
  /// - Parameters:
  ///   - continuing: The last day header already in the file being appended to; when the
  ///     first group has the same header, it is not repeated and numbering goes on from
  ///     `lastNumber`.
  ///   - lastNumber: The last entry number under that header.
  /// - Complexity: O(n) in the total length of the papers' text.
  public static func document(
    for papers: [Paper], continuing lastHeader: String? = nil, lastNumber: Int = 0
  ) -> String {
    var out = ""
    var previous = lastHeader
    var number = lastNumber
    for group in groups(of: papers) {
      let header = self.header(category: group.category, day: group.day)
      if header != previous {
        out += header + "\n"
        number = 0
      }
      previous = header
      for paper in group.papers {
        number += 1
        out += entry(for: paper, number: number)
      }
    }
    return out
  }

  /// `# ArXiv cs.CV --Wed, 25 Dec 2019`.
  public static func header(category: String, day: DigestDay) -> String {
    "# ArXiv \(category) --\(day.headerText)"
  }

  /// One paper: the `### N.Title  [ :arrow_down: ](pdf)` line and, when it has an abstract,
  /// the `>  abstract ` line, each ending in a newline.
  ///
  /// - Parameter number: The entry number; `nil` keeps the paper's own.
  public static func entry(for paper: Paper, number: Int? = nil) -> String {
    let title = escape(paper.title.replacingLineBreaks(with: " "))
    var out = "### \(number ?? paper.number).\(title)"
    out += "  [ :arrow_down: ](\(pdfLink(for: paper)))\n"
    guard !paper.abstract.isEmpty else { return out }
    let paragraphs = paper.abstract.split(
      omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    out += ">  \(paragraphs.map { escape(String($0)) }.joined(separator: " <br>")) \n"
    return out
  }

  /// The link the entry carries: the input's when it names the paper's id (the parser reads
  /// the id from it), else arXiv's canonical PDF link with the version when known.
  static func pdfLink(for paper: Paper) -> String {
    if let given = paper.pdfURL, given.contains("/pdf/"), arxivID(inLink: given) == paper.id {
      return given
    }
    let version = paper.version.map { "v\($0)" } ?? ""
    return "https://arxiv.org/pdf/\(paper.id.rawValue)\(version).pdf"
  }

  /// The arXiv id an `…/pdf/<id>[vN][.pdf]` or `…/abs/<id>` link names.
  public static func arxivID(inLink link: String) -> ArxivID? {
    for marker in ["/pdf/", "/abs/"] {
      guard let range = link.range(of: marker, options: .backwards) else { continue }
      var tail = Substring(link[range.upperBound...])
      if let end = tail.firstIndex(where: { $0 == "?" || $0 == "#" }) { tail = tail[..<end] }
      if tail.hasSuffix(".pdf") { tail = tail.dropLast(4) }
      if let parsed = ArxivID.parse(String(tail)) { return parsed.id }
    }
    return nil
  }

  /// Replaces `&`, `<` and `>` with the entities the parser decodes.
  static func escape(_ text: String) -> String {
    guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      default: out.append(character)
      }
    }
    return out
  }

  // MARK: - Appending

  /// The ids of the papers already in a digest-format file: every entry line's link.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public static func exportedIDs(in text: String) -> Set<ArxivID> {
    var ids = Set<ArxivID>()
    for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("### ") {
      guard let open = line.range(of: "](", options: .backwards),
        let close = line[open.upperBound...].firstIndex(of: ")")
      else { continue }
      if let id = arxivID(inLink: String(line[open.upperBound..<close])) { ids.insert(id) }
    }
    return ids
  }

  /// The last `# ArXiv …` day header of a digest-format file and the number of the last
  /// entry under it (0 when none), or `nil` when the file has no header.
  public static func lastHeader(in text: String) -> (header: String, lastNumber: Int)? {
    let lines = text.split(whereSeparator: \.isNewline)
    guard let index = lines.lastIndex(where: { $0.hasPrefix("# ") }) else { return nil }
    var lastNumber = 0
    for line in lines[(index + 1)...] where line.hasPrefix("### ") {
      let digits = line.dropFirst(4).prefix(while: \.isASCII).prefix(while: \.isNumber)
      if let number = Int(digits) { lastNumber = number }
    }
    return (String(lines[index]).trimmingTrailingSpaces(), lastNumber)
  }

  // MARK: - Grouping

  private struct Group {
    var category: String
    var day: DigestDay
    var papers: [Paper]
  }

  private struct GroupKey: Hashable {
    var category: String
    var day: DigestDay
  }

  private static func groups(of papers: [Paper]) -> [Group] {
    var groups: [Group] = []
    var indexByKey: [GroupKey: Int] = [:]
    for paper in papers {
      // A header needs a category: a paper remembered without one goes under its primary.
      let category =
        paper.category.isEmpty ? (paper.categories?.first ?? "unknown") : paper.category
      let key = GroupKey(category: category, day: paper.date)
      if let index = indexByKey[key] {
        groups[index].papers.append(paper)
      } else {
        indexByKey[key] = groups.count
        groups.append(Group(category: category, day: paper.date, papers: [paper]))
      }
    }
    return groups
  }
}
