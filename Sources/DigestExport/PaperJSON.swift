import ArxivDigest

/// The JSON object of one paper: what `digest list --json` prints per line and what
/// `--format json` exports. Keys are a contract scripts depend on; `announce` is the
/// ``AnnounceType`` of fetched digests (`"new"`, `"cross"`, `"replace"`, `"replace-cross"`) or
/// null.
///
/// ```json
/// {"id":"1912.11474","version":null,"title":"…","abstract":"…","category":"cs.CV",
///  "date":"2019-12-25","number":1,"pdf":"https://arxiv.org/pdf/1912.11474.pdf",
///  "abs":"https://arxiv.org/abs/1912.11474","source":"x.md:2","authors":[],
///  "categories":[],"comments":null,"announce":null}
/// ```
public enum PaperJSON {
  /// One compact JSON object (no newline). `marks`, when given, adds `read` and `starred`.
  public static func object(for paper: Paper, marks: Marks? = nil) -> String {
    var out = "{"
    out.reserveCapacity(paper.abstract.utf8.count + paper.title.utf8.count + 400)
    field(&out, "id", string: paper.id.rawValue, first: true)
    out += ",\"version\":"
    out += paper.version.map(String.init) ?? "null"
    field(&out, "title", string: paper.title)
    field(&out, "abstract", string: paper.abstract)
    field(&out, "category", string: paper.category)
    field(&out, "date", string: paper.date.iso)
    out += ",\"number\":\(paper.number)"
    field(&out, "pdf", string: paper.pdfLink)
    field(&out, "abs", string: paper.absURL)
    field(&out, "source", string: paper.source.pathAndLine)
    out += ",\"authors\":"
    array(&out, paper.authors ?? [])
    out += ",\"categories\":"
    array(&out, paper.categories ?? [])
    out += ",\"comments\":"
    if let comments = paper.comments { quote(&out, comments) } else { out += "null" }
    out += ",\"announce\":"
    if let announce = paper.announceType { quote(&out, announce.rawValue) } else { out += "null" }
    if let marks {
      out += ",\"read\":\(marks.isRead(paper.id)),\"starred\":\(marks.isStarred(paper.id))"
    }
    out += "}"
    return out
  }

  /// A JSON array of ``object(for:marks:)`` objects, one per line, ending in a newline:
  /// `[]` for no papers. This is the `--format json` export.
  public static func array(for papers: [Paper], marks: Marks? = nil) -> String {
    guard !papers.isEmpty else { return "[]\n" }
    return "[\n" + papers.map { object(for: $0, marks: marks) }.joined(separator: ",\n") + "\n]\n"
  }

  private static func field(
    _ out: inout String, _ key: String, string: String, first: Bool = false
  ) {
    if !first { out += "," }
    out += "\"\(key)\":"
    quote(&out, string)
  }

  private static func array(_ out: inout String, _ values: [String]) {
    out += "["
    for (index, value) in values.enumerated() {
      if index > 0 { out += "," }
      quote(&out, value)
    }
    out += "]"
  }

  /// Appends `text` as a JSON string literal (RFC 8259 escaping; non-ASCII kept as UTF-8).
  public static func quote(_ out: inout String, _ text: String) {
    out += "\""
    var needsEscape = false
    for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
      needsEscape = true
      break
    }
    if !needsEscape {
      out += text
    } else {
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20:
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
