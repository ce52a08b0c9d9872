import ArxivDigest
import Foundation

/// Writes papers as BibTeX `@misc` entries in the form arXiv itself recommends.
///
/// Keys are readable and stable: the first author's last name, the year of the arXiv id and
/// the first significant title word (`chen2019audiovisual`); without authors, the title word
/// and year (`audiovisual2019`). A key already taken gets `a`, `b`, … appended, in export order.
/// `doi` is the journal DOI when the digest gives one, else the arXiv DOI (`10.48550/arXiv.<id>`).
///
/// ```
/// @misc{chen2019audiovisual,
///   title = {Audio-Visual Embodied Navigation},
///   author = {Changan Chen and Unnat Jain},
///   year = {2019},
///   eprint = {1912.11474},
///   archivePrefix = {arXiv},
///   primaryClass = {cs.CV},
///   url = {https://arxiv.org/abs/1912.11474},
///   doi = {10.48550/arXiv.1912.11474}
/// }
/// ```
public enum BibTeXFormat {
  /// The entries for `papers`, separated by blank lines (empty when `papers` is empty).
  ///
  /// - Parameter reservedKeys: Keys already used (by the file being appended to); new keys
  ///   avoid them.
  public static func document(for papers: [Paper], reservedKeys: Set<String> = []) -> String {
    let keys = self.keys(for: papers, reserved: reservedKeys)
    return zip(papers, keys).map { entry(for: $0, key: $1) }.joined(separator: "\n")
  }

  /// One `@misc` entry, ending in a newline.
  public static func entry(for paper: Paper, key: String) -> String {
    var fields: [(String, String)] = [("title", LaTeXText.title(paper.title))]
    if let authors = paper.authors, !authors.isEmpty {
      fields.append(("author", authors.map(author).joined(separator: " and ")))
    }
    fields.append(("year", String(year(of: paper.id))))
    fields.append(("eprint", paper.id.rawValue))
    fields.append(("archivePrefix", "arXiv"))
    fields.append(("primaryClass", paper.categories?.first ?? paper.category))
    fields.append(("url", paper.absURL))
    fields.append(("doi", paper.doiOrArxivDOI))
    let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
    return "@misc{\(key),\n\(body)\n}\n"
  }

  /// The year an arXiv id was assigned: `1912.11474` → 2019, `cs/0412069` → 2004,
  /// `hep-th/9901001` → 1999.
  public static func year(of id: ArxivID) -> Int {
    let raw = id.rawValue
    let digits = raw.firstIndex(of: "/").map { raw[raw.index(after: $0)...] } ?? raw[...]
    let twoDigits = Int(digits.prefix(2)) ?? 0
    return twoDigits >= 91 ? 1900 + twoDigits : 2000 + twoDigits
  }

  // MARK: - Keys

  /// Unique keys for `papers`, in order, avoiding `reserved`.
  public static func keys(for papers: [Paper], reserved: Set<String> = []) -> [String] {
    var used = reserved
    return papers.map { paper in
      let base = baseKey(for: paper)
      var key = base
      var suffix = 0
      while used.contains(key) {
        key = base + letters(suffix)
        suffix += 1
      }
      used.insert(key)
      return key
    }
  }

  /// The key before disambiguation: `chen2019audiovisual`, or `audiovisual2019`.
  static func baseKey(for paper: Paper) -> String {
    let year = String(year(of: paper.id))
    let word = titleWord(paper.title)
    if let first = paper.authors?.first, let last = lastName(first), !last.isEmpty {
      return last + year + word
    }
    if word.isEmpty { return "arxiv" + year + keyText(paper.id.rawValue) }
    return word + year
  }

  private static func lastName(_ author: String) -> String? {
    let name = author.trimmingCharacters(in: .whitespaces)
    if let comma = name.firstIndex(of: ",") { return keyText(String(name[..<comma])) }
    return name.split(separator: " ").last.map { keyText(String($0)) }
  }

  /// The first title word that is not a stop word, folded to `[a-z0-9]`.
  private static func titleWord(_ title: String) -> String {
    for raw in title.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      if raw.contains("$") || raw.contains("\\") { continue }
      let word = keyText(String(raw))
      if word.count >= 2, !stopWords.contains(word), word.contains(where: \.isLetter) {
        return word
      }
    }
    return ""
  }

  /// Lowercase ASCII letters and digits only, accents dropped (`Müller` → `muller`).
  private static func keyText(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return String(
      folded.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        .map(Character.init))
  }

  /// `a`, `b`, … `z`, `aa`, `ab`, …
  private static func letters(_ number: Int) -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
    var value = number
    var out = ""
    repeat {
      out = String(alphabet[value % 26]) + out
      value = value / 26 - 1
    } while value >= 0
    return out
  }

  private static let stopWords: Set<String> = [
    "a", "an", "the", "on", "of", "in", "for", "to", "with", "and", "by", "from", "at", "via",
    "is", "are", "towards", "toward", "using", "into", "how", "what", "why", "when", "do", "does",
  ]

  private static func author(_ name: String) -> String {
    let escaped = LaTeXText.plain(name.trimmingCharacters(in: .whitespaces))
    let words = name.split(separator: " ")
    // A name holding a literal "and" would split into two people: keep it whole.
    return words.contains(where: { $0.lowercased() == "and" }) ? "{\(escaped)}" : escaped
  }

  // MARK: - Appending

  /// The arXiv ids of the entries already in a `.bib` file: their `eprint` fields and
  /// `arxiv.org/abs/…` links.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public static func exportedIDs(in text: String) -> Set<ArxivID> {
    var ids = Set<ArxivID>()
    for value in fieldValues(named: "eprint", in: text) {
      var candidate = value.trimmingCharacters(in: .whitespaces)
      if candidate.lowercased().hasPrefix("arxiv:") { candidate.removeFirst(6) }
      if let parsed = ArxivID.parse(candidate) { ids.insert(parsed.id) }
    }
    for value in fieldValues(named: "url", in: text) {
      if let id = MarkdownFormat.arxivID(inLink: value) { ids.insert(id) }
    }
    return ids
  }

  /// The keys of the entries already in a `.bib` file (`@misc{key,` → `key`).
  public static func keys(in text: String) -> Set<String> {
    var keys = Set<String>()
    let chars = Array(text)
    var index = 0
    while index < chars.count {
      defer { index += 1 }
      guard chars[index] == "@" else { continue }
      var cursor = index + 1
      while cursor < chars.count, chars[cursor].isLetter { cursor += 1 }
      while cursor < chars.count, chars[cursor].isWhitespace { cursor += 1 }
      guard cursor < chars.count, chars[cursor] == "{" || chars[cursor] == "(" else { continue }
      cursor += 1
      let start = cursor
      while cursor < chars.count, chars[cursor] != ",", chars[cursor] != "}",
        !chars[cursor].isNewline
      {
        cursor += 1
      }
      let key = String(chars[start..<cursor]).trimmingCharacters(in: .whitespaces)
      if !key.isEmpty { keys.insert(key) }
    }
    return keys
  }

  /// Values of `name = {…}` or `name = "…"` fields, case-insensitively.
  private static func fieldValues(named name: String, in text: String) -> [String] {
    var values: [String] = []
    let chars = Array(text)
    let target = name.lowercased()
    let length = target.count
    var index = 0
    while index + length < chars.count {
      defer { index += 1 }
      guard index == 0 || !(chars[index - 1].isLetter || chars[index - 1].isNumber) else {
        continue
      }
      guard String(chars[index..<(index + length)]).lowercased() == target else { continue }
      var cursor = index + length
      while cursor < chars.count, chars[cursor].isWhitespace { cursor += 1 }
      guard cursor < chars.count, chars[cursor] == "=" else { continue }
      cursor += 1
      while cursor < chars.count, chars[cursor].isWhitespace { cursor += 1 }
      guard cursor < chars.count, chars[cursor] == "{" || chars[cursor] == "\"" else { continue }
      let close: Character = chars[cursor] == "{" ? "}" : "\""
      cursor += 1
      let start = cursor
      while cursor < chars.count, chars[cursor] != close { cursor += 1 }
      values.append(String(chars[start..<cursor]))
      index = cursor
    }
    return values
  }
}
