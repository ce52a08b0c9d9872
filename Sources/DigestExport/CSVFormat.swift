import ArxivDigest
import Foundation

/// Writes papers as RFC 4180 comma-separated values, one row per paper after a header row.
///
/// Fields holding a comma, a double quote or a line break are quoted, with quotes doubled;
/// records end in CRLF. A cell a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) is prefixed with `'` so it shows as text.
///
/// ```
/// id,title,category,date,abs,pdf,abstract,read,starred
/// 1912.11474,Audio-Visual Embodied Navigation,cs.CV,2019-12-25,https://arxiv.org/abs/…
/// ```
public enum CSVFormat {
  /// The header row's fields.
  public static let header = [
    "id", "title", "category", "date", "abs", "pdf", "abstract", "read", "starred",
  ]

  /// The header row and one row per paper; `read` and `starred` come from `marks`.
  public static func document(for papers: [Paper], marks: Marks) -> String {
    var out = record(header)
    for paper in papers {
      out += record([
        paper.id.rawValue, paper.title, paper.category, paper.date.iso, paper.absURL,
        paper.pdfLink, paper.abstract, String(marks.isRead(paper.id)),
        String(marks.isStarred(paper.id)),
      ])
    }
    return out
  }

  /// One record: the fields, neutralised and quoted as needed, joined by commas, then CRLF.
  public static func record(_ fields: [String]) -> String {
    fields.map { field($0) }.joined(separator: ",") + "\r\n"
  }

  /// One field as written: neutralised, then quoted when RFC 4180 requires it.
  public static func field(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
    let needsQuotes = text.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
