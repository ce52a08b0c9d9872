/// Reads the CVPapers dialect: `# Arxiv Papers in cs.CV on 2019-12-20` headers, then entries
/// `### Title` followed by bullets (`- **Arxiv ID**: …`, `- **Authors**: …`,
/// `- **Categories**: **cs.AI**, cs.CV, I.5`, `- **Comment**: …`, `- **Summary**: …`, and in
/// fetched digests `- **Announce Type**: new`); a bullet continues on following lines that are
/// not bullets (indented by two spaces in practice).
struct CVPapersParser {
  private enum Field {
    case arxivID
    case announceType
    case authors
    case categories
    case comment
    case doi
    case links
    case summary
    case other
  }

  private struct Entry {
    var line: ByteLine
    var number: Int
    var title: Range<Int>
    var field: Field?
  }

  /// The bullets of the current entry, one piece per line; reused from entry to entry.
  private struct Bullets {
    var arxivID: [FieldSegment] = []
    var announceType: [FieldSegment] = []
    var authors: [FieldSegment] = []
    var categories: [FieldSegment] = []
    var comment: [FieldSegment] = []
    var doi: [FieldSegment] = []
    var links: [FieldSegment] = []
    var summary: [FieldSegment] = []

    mutating func removeAll() {
      arxivID.removeAll(keepingCapacity: true)
      announceType.removeAll(keepingCapacity: true)
      authors.removeAll(keepingCapacity: true)
      categories.removeAll(keepingCapacity: true)
      comment.removeAll(keepingCapacity: true)
      doi.removeAll(keepingCapacity: true)
      links.removeAll(keepingCapacity: true)
      summary.removeAll(keepingCapacity: true)
    }

    mutating func append(_ segment: FieldSegment, to field: Field) {
      switch field {
      case .arxivID: arxivID.append(segment)
      case .announceType: announceType.append(segment)
      case .authors: authors.append(segment)
      case .categories: categories.append(segment)
      case .comment: comment.append(segment)
      case .doi: doi.append(segment)
      case .links: links.append(segment)
      case .summary: summary.append(segment)
      case .other: break
      }
    }
  }

  private var assembler: DigestAssembler
  private var entry: Entry?
  private var bullets = Bullets()
  private var entriesInDay = 0

  init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
    assembler = DigestAssembler(bytes: bytes, path: path)
  }

  private var bytes: UnsafeBufferPointer<UInt8> { assembler.bytes }

  /// Reads the lines of `range`, which starts at a line start (and, unless it starts the file,
  /// at a readable day header) and ends after a line break or at the end of the file.
  mutating func parse(_ range: Range<Int>) -> ParsedChunk {
    var lines = LineScanner(bytes, start: range.lowerBound, end: range.upperBound)
    var sawContent = false
    while let line = lines.next() {
      if line.isBlank { continue }
      sawContent = true
      let first = bytes[line.start]
      if first == UInt8(ascii: "#") {
        let hashes = LineKind.hashCount(bytes, line)
        if hashes == 1 {
          finishEntry()
          LineKind.readHeader(line, into: &assembler)
          entriesInDay = 0
          continue
        }
        if hashes == 3 {
          finishEntry()
          startEntry(line)
          continue
        }
      }
      guard entry != nil else {
        assembler.warn("text outside an entry ignored", line: line)
        continue
      }
      if first == UInt8(ascii: "-"), let bullet = readBullet(line) {
        entry?.field = bullet.field
        if bullet.value.lowerBound < bullet.value.upperBound {
          bullets.append(
            FieldSegment(start: bullet.value.lowerBound, end: bullet.value.upperBound, line: line),
            to: bullet.field)
        }
        continue
      }
      guard let field = entry?.field else {
        assembler.warn("text outside a bullet ignored", line: line)
        continue
      }
      var textStart = line.start
      while textStart < line.end, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 {
        textStart += 1
      }
      bullets.append(FieldSegment(start: textStart, end: line.end, line: line), to: field)
    }
    finishEntry()
    return assembler.finish(lineCount: lines.lineNumber, sawContent: sawContent)
  }

  /// `- **Name**: value` → the field and the value's range.
  private func readBullet(_ line: ByteLine) -> (field: Field, value: Range<Int>)? {
    var cursor = line.start + 1
    while cursor < line.end, bytes[cursor] == 0x20 { cursor += 1 }
    guard cursor + 2 < line.end, bytes[cursor] == UInt8(ascii: "*"),
      bytes[cursor + 1] == UInt8(ascii: "*")
    else { return nil }
    let nameStart = cursor + 2
    var nameEnd = nameStart
    while nameEnd + 1 < line.end,
      !(bytes[nameEnd] == UInt8(ascii: "*") && bytes[nameEnd + 1] == UInt8(ascii: "*"))
    {
      nameEnd += 1
    }
    guard nameEnd + 1 < line.end else { return nil }
    cursor = nameEnd + 2
    if cursor < line.end, bytes[cursor] == UInt8(ascii: ":") { cursor += 1 }
    while cursor < line.end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
    let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])
    return (CVPapersParser.field(named: name), cursor..<line.end)
  }

  /// Bullet names and their fields, lowercase.
  private static let fieldNames: [(name: StaticString, field: Field)] = [
    ("arxiv id", .arxivID), ("authors", .authors), ("categories", .categories),
    ("comment", .comment), ("comments", .comment), ("links", .links), ("summary", .summary),
    ("abstract", .summary), ("announce type", .announceType), ("doi", .doi),
  ]

  /// The field a bullet name (any case) stands for. ASCII names are compared byte by byte;
  /// others go through `String.lowercased()`, whose Unicode rules can map them to ASCII.
  private static func field(named name: UnsafeBufferPointer<UInt8>) -> Field {
    if name.contains(where: { $0 >= 0x80 }) {
      let lowered = String(decoding: name, as: UTF8.self).lowercased()
      for entry in fieldNames where lowered == entry.name.description { return entry.field }
      return .other
    }
    for entry in fieldNames where entry.name.utf8CodeUnitCount == name.count {
      let word = entry.name.utf8Start
      var same = true
      for offset in 0..<name.count where TextCleaner.lowercased(name[offset]) != word[offset] {
        same = false
        break
      }
      if same { return entry.field }
    }
    return .other
  }

  private mutating func startEntry(_ line: ByteLine) {
    var cursor = line.start
    while cursor < line.end, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
    while cursor < line.end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
    entriesInDay += 1
    entry = Entry(line: line, number: entriesInDay, title: cursor..<line.end)
  }

  private mutating func finishEntry() {
    guard let entry else { return }
    self.entry = nil
    defer { bullets.removeAll() }
    guard let idSegment = bullets.arxivID.first else {
      assembler.warn("entry has no Arxiv ID; entry dropped", line: entry.line)
      return
    }
    let idRange = idSegment.start..<idSegment.end
    guard let id = LineKind.arxivID(inURL: bytes, idRange) else {
      let text = assembler.plainText(idRange)
      assembler.warn(
        "'\(text)' names no arXiv id; entry dropped", line: idSegment.line,
        offset: idSegment.start)
      return
    }
    if bullets.summary.isEmpty {
      assembler.warn("paper \(id.id) has no abstract", line: entry.line)
    }
    let title = assembler.text(entry.title, on: entry.line)
    let abstract = assembler.text(of: bullets.summary)
    let authors = assembler.text(of: bullets.authors, singleLine: true)
    let categories = assembler.text(of: bullets.categories, singleLine: true)
    let comment = assembler.text(of: bullets.comment, singleLine: true)
    let announceType = readAnnounceType()
    let doi = assembler.text(of: bullets.doi, singleLine: true)
    var paper = Paper(
      id: id.id, version: id.version, title: title, abstract: abstract, category: "",
      date: DigestAssembler.placeholderDay, number: entry.number,
      pdfURL: pdfURL(bullets.links), source: assembler.location(of: entry.line),
      authors: CVPapersParser.list(authors),
      categories: CVPapersParser.categories(categories),
      comments: comment.isEmpty || comment == "None" ? nil : comment,
      announceType: announceType)
    paper.doi = doi.hasPrefix("10.") && !doi.contains(" ") ? doi : nil
    assembler.add(paper)
  }

  /// The Announce Type bullet's value; an unknown one is reported and read as none.
  private mutating func readAnnounceType() -> AnnounceType? {
    guard let segment = bullets.announceType.first else { return nil }
    let text = assembler.text(of: bullets.announceType, singleLine: true)
    if let type = AnnounceType(rawValue: text.lowercased()) { return type }
    assembler.warn(
      "unknown Announce Type '\(text)', expected new, cross, replace or replace-cross",
      line: segment.line, offset: segment.start)
    return nil
  }

  /// The URL of `[PDF](url)` in the Links bullet.
  private func pdfURL(_ segments: [FieldSegment]) -> String? {
    guard let segment = segments.first,
      let link = LineKind.trailingLink(bytes, segment.start..<segment.end),
      link.url.lowerBound < link.url.upperBound
    else { return nil }
    return assembler.plainText(link.url)
  }

  /// `A, B, C` → `["A", "B", "C"]` (`None` and empty items dropped).
  static func list(_ text: String) -> [String] {
    var result: [String] = []
    forEachItem(of: text, separatedBy: { $0 == UInt8(ascii: ",") }) { item in
      guard !item.isEmpty, !item.elementsEqual("None".utf8) else { return }
      result.append(String(decoding: item, as: UTF8.self))
    }
    return result
  }

  /// `**cs.AI**, cs.CV, I.5; I.5.3` → `["cs.AI", "cs.CV"]`: arXiv categories only (a lowercase
  /// archive, then letters, dots and dashes), primary first.
  static func categories(_ text: String) -> [String] {
    var result: [String] = []
    let separators: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
    forEachItem(of: text, separatedBy: separators) { item in
      var name = item
      while name.first == UInt8(ascii: "*") { name = name.dropFirst() }
      while name.last == UInt8(ascii: "*") { name = name.dropLast() }
      guard let first = name.first, first >= 0x61, first <= 0x7A,
        name.allSatisfy({
          ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == UInt8(ascii: ".")
            || $0 == UInt8(ascii: "-")
        })
      else { return }
      result.append(String(decoding: name, as: UTF8.self))
    }
    return result
  }

  /// Calls `body` with each item of `text` between separators, without surrounding spaces,
  /// reading the text's own bytes in place.
  @inline(__always)
  private static func forEachItem(
    of text: String, separatedBy isSeparator: (UInt8) -> Bool,
    _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void
  ) {
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      for index in 0...bytes.count where index == bytes.count || isSeparator(bytes[index]) {
        var item = bytes[start..<index]
        while item.first == 0x20 { item = item.dropFirst() }
        while item.last == 0x20 { item = item.dropLast() }
        body(item)
        start = index + 1
      }
    }
  }
}
