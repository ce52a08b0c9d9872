import ArxivDigest
import Foundation
import TestSupport

/// Papers for the filter tests: the seed fixture (read here line by line, so these tests do not
/// depend on the parser) plus three hand-made papers with authors, cross-lists, other days,
/// LaTeX and accents.
enum FixturePapers {
  static let seedDay = DigestDay(year: 2019, month: 12, day: 25)

  static func all() -> [Paper] {
    seed() + extra
  }

  static func seed() -> [Paper] {
    let url = Fixtures.url("cs.CV-2019-12-25.seed.md")
    guard let text = try? String(contentsOf: url, encoding: .utf8), let day = seedDay else {
      return []
    }
    var papers: [Paper] = []
    var pending: (title: String, id: ArxivID)?
    for line in text.split(separator: "\n") {
      if line.hasPrefix("### "), let link = line.range(of: "  [ :arrow_down: ](") {
        var title = line[line.index(line.startIndex, offsetBy: 4)..<link.lowerBound]
        if let dot = title.firstIndex(of: ".") { title = title[title.index(after: dot)...] }
        let url = line[link.upperBound...]
        let name = url.split(separator: "/").last.map(String.init) ?? ""
        guard let id = ArxivID(String(name.replacingOccurrences(of: ".pdf)", with: ""))) else {
          continue
        }
        pending = (String(title), id)
      } else if line.hasPrefix(">"), let entry = pending {
        papers.append(
          Paper(
            id: entry.id, title: entry.title,
            abstract: line.dropFirst().trimmingCharacters(in: .whitespaces), category: "cs.CV",
            date: day, number: papers.count + 1, source: SourceLocation(path: "seed", line: 1)))
        pending = nil
      }
    }
    return papers
  }

  static let extra: [Paper] = [
    make(
      "2001.00001", #"Schrödinger bridges for $\alpha$-divergence"#,
      #"We study the $\mathcal{O}(n^2)$ cost of tracking."#, "cs.LG", "2020-01-02",
      authors: ["Zoë Müller", "Jan Smith"], categories: ["cs.LG", "stat.ML"], announce: .new),
    make(
      "1912.09999", "Medical image tracking", "Tracking tumours in CT scans, not navigation.",
      "eess.IV", "2019-12-20", authors: ["Ann Smithson"], categories: ["eess.IV", "cs.CV"],
      announce: .replaceCross),
    make(
      "cs/0412069", "An old paper on pose estimation", "Pose estimation in 2004.", "cs.CV",
      "2004-12-17", authors: nil, categories: nil),
  ].compactMap { $0 }

  private static func make(
    _ id: String, _ title: String, _ abstract: String, _ category: String, _ day: String,
    authors: [String]?, categories: [String]?, announce: AnnounceType? = nil
  ) -> Paper? {
    guard let id = ArxivID(id), let date = DigestDay(iso: day) else { return nil }
    return Paper(
      id: id, title: title, abstract: abstract, category: category, date: date, number: 1,
      source: SourceLocation(path: "extra", line: 1), authors: authors, categories: categories,
      announceType: announce)
  }
}
