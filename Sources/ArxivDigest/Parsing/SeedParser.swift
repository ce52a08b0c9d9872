/// Reads the seed dialect: `# ArXiv cs.CV --Wed, 25 Dec 2019` headers, then entries
/// `### 1.Title  [ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)` followed by
/// `>  abstract` (continuation lines may lack the `>`).
struct SeedParser {
  /// One `###` entry being read.
  private struct Entry {
    var line: ByteLine
    var number: Int
    var title: Range<Int>
    /// `nil` when the entry is dropped (its lines are still consumed).
    var id: (id: ArxivID, version: Int?)?
    var pdfURL: Range<Int>
  }

  private var assembler: DigestAssembler
  private var entry: Entry?
  private var lastNumber = 0
  /// The current entry's abstract, one piece per line (reused from entry to entry).
  private var abstract: [FieldSegment] = []

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
          readHeader(line)
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
      var textStart = line.start
      if first == UInt8(ascii: ">") {
        textStart += 1
      } else if abstract.isEmpty {
        assembler.warn("abstract does not start with '>'", line: line)
      }
      while textStart < line.end, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 {
        textStart += 1
      }
      if textStart < line.end {
        abstract.append(FieldSegment(start: textStart, end: line.end, line: line))
      }
    }
    finishEntry()
    return assembler.finish(lineCount: lines.lineNumber, sawContent: sawContent)
  }

  private mutating func readHeader(_ line: ByteLine) {
    LineKind.readHeader(line, into: &assembler)
    lastNumber = 0
  }

  private mutating func startEntry(_ line: ByteLine) {
    var cursor = line.start
    while cursor < line.end, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
    while cursor < line.end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
    // The number: digits and a dot.
    let numberStart = cursor
    var number = 0
    var digits = cursor
    while digits < line.end, ArxivID.isDigit(bytes[digits]), digits - numberStart < 9 {
      number = number * 10 + Int(bytes[digits] - 48)
      digits += 1
    }
    let expected = lastNumber + 1
    if digits > numberStart, digits < line.end, bytes[digits] == UInt8(ascii: ".") {
      cursor = digits + 1
      if number != expected {
        assembler.warn(
          "entry number \(number) out of sequence (expected \(expected))", line: line,
          offset: numberStart)
      }
    } else {
      assembler.warn("entry has no number (expected \(expected))", line: line, offset: numberStart)
      number = expected
    }
    lastNumber = number
    while cursor < line.end, bytes[cursor] == 0x20 { cursor += 1 }
    let titleStart = cursor

    // The link is the last thing on the line: `[text](url)` ending the line.
    guard let link = LineKind.trailingLink(bytes, titleStart..<line.end) else {
      var bracket = line.end
      while bracket > titleStart, bytes[bracket - 1] != UInt8(ascii: "[") { bracket -= 1 }
      let offset = bracket > titleStart ? bracket - 1 : line.end
      assembler.warn(
        "entry has no complete link, so no arXiv id; entry dropped", line: line, offset: offset)
      entry = Entry(line: line, number: number, title: titleStart..<titleStart, pdfURL: 0..<0)
      return
    }
    let id = LineKind.arxivID(inURL: bytes, link.url)
    if id == nil {
      let url = assembler.plainText(link.url)
      assembler.warn(
        "link '\(url)' names no arXiv id; entry dropped", line: line, offset: link.url.lowerBound)
    }
    var titleEnd = link.text.lowerBound
    while titleEnd > titleStart, bytes[titleEnd - 1] == 0x20 || bytes[titleEnd - 1] == 0x09 {
      titleEnd -= 1
    }
    entry = Entry(
      line: line, number: number, title: titleStart..<titleEnd, id: id, pdfURL: link.url)
  }

  private mutating func finishEntry() {
    guard let entry else { return }
    self.entry = nil
    defer { abstract.removeAll(keepingCapacity: true) }
    guard let id = entry.id else { return }
    if abstract.isEmpty {
      assembler.warn("paper \(id.id) has no abstract", line: entry.line)
    }
    let title = assembler.text(entry.title, on: entry.line)
    let abstractText = assembler.text(of: abstract)
    let paper = Paper(
      id: id.id, version: id.version, title: title, abstract: abstractText, category: "",
      date: DigestAssembler.placeholderDay, number: entry.number,
      pdfURL: assembler.plainText(entry.pdfURL),
      source: assembler.location(of: entry.line))
    assembler.add(paper)
  }
}
