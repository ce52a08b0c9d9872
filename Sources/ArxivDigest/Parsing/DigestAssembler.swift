/// Collects the days, papers and diagnostics of one file while a dialect parser reads it.
///
/// Owns the rules both dialects share: papers with no readable day header above them, cleaning
/// fields with located UTF-8 warnings, the final ``DigestFile``.
struct DigestAssembler {
  let bytes: UnsafeBufferPointer<UInt8>
  let path: String
  private(set) var digests: [Digest] = []
  private(set) var diagnostics: [Diagnostic] = []
  /// Whether papers currently go to the last digest (`false` before the first readable header
  /// and after an unreadable one).
  private var hasCurrentDay = false
  /// Papers read while no day was current, waiting for the next readable header.
  private var pending: [Paper] = []
  private var scratch: [UInt8] = []
  /// Markup decoded from the field being cleaned (reused from field to field).
  private var markup: [UInt8] = []
  /// Day used for papers not yet placed; replaced when they are.
  static let placeholderDay = DigestDay(daysSinceEpoch: 0)

  init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
    self.bytes = bytes
    self.path = path
  }

  // MARK: Diagnostics

  mutating func report(
    _ severity: Diagnostic.Severity, _ message: String, line: ByteLine, offset: Int? = nil
  ) {
    let column = offset.map { line.column(of: $0) } ?? 1
    diagnostics.append(
      Diagnostic(
        severity, message, at: SourceLocation(path: path, line: line.number, column: column)))
  }

  mutating func warn(_ message: String, line: ByteLine, offset: Int? = nil) {
    report(.warning, message, line: line, offset: offset)
  }

  func location(of line: ByteLine) -> SourceLocation {
    SourceLocation(path: path, line: line.number, column: 1)
  }

  // MARK: Days

  /// A day header was read on `line`: later papers belong to it.
  mutating func startDay(_ header: DayHeader, line: ByteLine) {
    var digest = Digest(
      category: header.category, day: header.day, papers: [], source: location(of: line))
    DigestAssembler.place(&pending, under: &digest, diagnostics: &diagnostics)
    digests.append(digest)
    hasCurrentDay = true
  }

  /// Papers that waited for a day header join `digest`, the next readable one, with a warning.
  static func place(
    _ pending: inout [Paper], under digest: inout Digest, diagnostics: inout [Diagnostic]
  ) {
    guard let first = pending.first?.source else { return }
    diagnostics.append(
      Diagnostic(
        .warning,
        "\(count(pending.count)) with no day header above; listed under the next header, "
          + "\(digest.category) \(digest.day.iso)",
        at: first))
    var placed: [Paper] = []
    placed.reserveCapacity(pending.count + digest.papers.count)
    for var paper in pending {
      paper.category = digest.category
      paper.date = digest.day
      placed.append(paper)
    }
    placed.append(contentsOf: digest.papers)
    digest.papers = placed
    pending = []
  }

  /// At the end of the file, papers still waiting for a day join the last day, or are dropped
  /// with an error when the file has no readable header at all.
  static func settle(
    _ pending: inout [Paper], digests: inout [Digest], diagnostics: inout [Diagnostic]
  ) {
    guard let first = pending.first?.source else { return }
    if let last = digests.indices.last {
      let digest = digests[last]
      diagnostics.append(
        Diagnostic(
          .warning,
          "\(count(pending.count)) under an unreadable day header; listed under the previous "
            + "header, \(digest.category) \(digest.day.iso)",
          at: first))
      for var paper in pending {
        paper.category = digest.category
        paper.date = digest.day
        digests[last].papers.append(paper)
      }
    } else {
      diagnostics.append(
        Diagnostic(
          .error, "\(count(pending.count)) dropped: the file has no readable day header",
          at: first))
    }
    pending = []
  }

  /// A header line could not be read: papers wait for the next readable one.
  mutating func loseDay() { hasCurrentDay = false }

  /// The number of papers so far in the current day (or waiting for one).
  var currentDayCount: Int {
    if hasCurrentDay, let last = digests.last { return last.papers.count }
    return pending.count
  }

  mutating func add(_ paper: consuming Paper) {
    if hasCurrentDay, !digests.isEmpty {
      // The parameter is changed and moved into place, never copied.
      let last = digests.count - 1
      paper.category = digests[last].category
      paper.date = digests[last].day
      digests[last].papers.append(paper)
    } else {
      pending.append(paper)
    }
  }

  /// What was read, with papers still waiting for a day left for the caller to place.
  mutating func finish(lineCount: Int, sawContent: Bool) -> ParsedChunk {
    ParsedChunk(
      digests: digests, diagnostics: diagnostics, pending: pending, lineCount: lineCount,
      sawContent: sawContent)
  }

  static func count(_ papers: Int) -> String { papers == 1 ? "1 paper" : "\(papers) papers" }

  // MARK: Fields

  /// The clean text of a field, warning at the exact place of any invalid UTF-8.
  ///
  /// With `singleLine` (titles, authors, comments, links) a paragraph break (`<br>`) becomes a
  /// space: only abstracts have paragraphs.
  mutating func text(of segments: [FieldSegment], singleLine: Bool = false) -> String {
    guard let first = segments.first else { return "" }
    if segments.count == 1 { return text(of: first, singleLine: singleLine) }
    scratch.removeAll(keepingCapacity: true)
    var starts: [Int] = []
    for segment in segments {
      if !scratch.isEmpty { scratch.append(0x20) }
      starts.append(scratch.count)
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment.start..<segment.end]))
    }
    let cleaned = scratch.withUnsafeBufferPointer {
      TextCleaner.clean($0, singleLine: singleLine, markup: &markup)
    }
    if let bad = cleaned.firstInvalidByte {
      var index = 0
      while index + 1 < starts.count, starts[index + 1] <= bad { index += 1 }
      let segment = segments[index]
      warnInvalidUTF8(line: segment.line, offset: segment.start + bad - starts[index])
    }
    return cleaned.text
  }

  /// The clean text of one piece, warning at the exact place of any invalid UTF-8.
  private mutating func text(of segment: FieldSegment, singleLine: Bool) -> String {
    let cleaned = TextCleaner.clean(
      UnsafeBufferPointer(rebasing: bytes[segment.start..<segment.end]), singleLine: singleLine,
      markup: &markup)
    if let bad = cleaned.firstInvalidByte {
      warnInvalidUTF8(line: segment.line, offset: segment.start + bad)
    }
    return cleaned.text
  }

  /// The clean text of `range` without any warning: for links and for text quoted in messages,
  /// which must not carry control characters to a terminal either.
  func plainText(_ range: Range<Int>) -> String {
    TextCleaner.clean(UnsafeBufferPointer(rebasing: bytes[range]), singleLine: true).text
  }

  /// The clean text of one range on one line, as a single line (titles).
  mutating func text(_ range: Range<Int>, on line: ByteLine) -> String {
    text(
      of: FieldSegment(start: range.lowerBound, end: range.upperBound, line: line),
      singleLine: true)
  }

  private mutating func warnInvalidUTF8(line: ByteLine, offset: Int) {
    warn("invalid UTF-8 replaced with U+FFFD", line: line, offset: offset)
  }
}
