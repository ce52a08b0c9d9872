import ArxivDigest
import Foundation

/// Writes papers as RIS records, the tagged format reference managers such as Zotero import.
///
/// Each record is an unpublished work (`TY  - UNPB`) with the title, authors, year, digest
/// date, abstract, arXiv URL, PDF link, arXiv DOI, the id as accession number and the
/// categories as keywords. Lines end in CRLF and each record ends with `ER  - `. Values are
/// single lines: paragraph breaks in the abstract become spaces.
///
/// ```
/// TY  - UNPB
/// TI  - Audio-Visual Embodied Navigation
/// PY  - 2019
/// …
/// ER  - 
/// ```
public enum RISFormat {
  /// One record per paper, separated by blank lines.
  public static func document(for papers: [Paper]) -> String {
    papers.map(record).joined(separator: "\r\n")
  }

  /// One record, ending with `ER  - ` and CRLF.
  public static func record(for paper: Paper) -> String {
    var lines: [(String, String)] = [("TY", "UNPB"), ("TI", single(paper.title))]
    for author in paper.authors ?? [] { lines.append(("AU", single(author))) }
    lines.append(("PY", String(BibTeXFormat.year(of: paper.id))))
    lines.append(("DA", paper.date.iso.replacingOccurrences(of: "-", with: "/")))
    if !paper.abstract.isEmpty { lines.append(("AB", single(paper.abstract))) }
    lines.append(("UR", paper.absURL))
    lines.append(("L1", paper.pdfLink))
    lines.append(("DO", paper.doiOrArxivDOI))
    lines.append(("AN", "arXiv:\(paper.id.rawValue)"))
    lines.append(("PB", "arXiv"))
    for category in paper.categories ?? [paper.category] { lines.append(("KW", category)) }
    if let comments = paper.comments, !comments.isEmpty {
      lines.append(("N1", single(comments)))
    }
    lines.append(("ER", ""))
    return lines.map { "\($0.0)  - \($0.1)\r\n" }.joined()
  }

  /// The text on one line: line breaks become spaces.
  private static func single(_ text: String) -> String {
    text.replacingLineBreaks(with: " ")
  }
}
