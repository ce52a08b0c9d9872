/// Accumulates styled output, merging runs of equal style as it goes.
///
/// The run being written is kept apart as UTF-8 bytes, so writing to it, and taking spaces
/// back off its end, does not touch the finished runs or copy what was written.
struct RunBuilder {
  private var finished: [StyledText.Run] = []
  private var current: [UInt8] = []
  private var currentStyle: StyledText.Style = .plain

  /// The UTF-8 length of everything written: what copying this builder costs.
  private(set) var utf8Count = 0

  var isEmpty: Bool { current.isEmpty && finished.isEmpty }

  /// The last scalar written, if any.
  var lastScalar: Unicode.Scalar? {
    guard let lastByte = current.last else { return finished.last?.text.unicodeScalars.last }
    if lastByte < 0x80 { return Unicode.Scalar(lastByte) }
    var start = current.count - 1
    while start > 0, current[start] & 0xC0 == 0x80 { start -= 1 }
    return String(decoding: current[start...], as: UTF8.self).unicodeScalars.last
  }

  /// The runs written so far.
  var runs: [StyledText.Run] {
    guard !current.isEmpty else { return finished }
    return finished + [StyledText.Run(String(decoding: current, as: UTF8.self), style: currentStyle)]
  }

  private mutating func switchStyle(to style: StyledText.Style) {
    guard style != currentStyle else { return }
    if !current.isEmpty {
      finished.append(StyledText.Run(String(decoding: current, as: UTF8.self), style: currentStyle))
      current.removeAll(keepingCapacity: true)
    } else if let last = finished.last, last.style == style {
      // Continue the previous run instead of starting a new one with the same style.
      finished.removeLast()
      current.append(contentsOf: last.text.utf8)
    }
    currentStyle = style
  }

  mutating func append(_ scalar: Unicode.Scalar, _ style: StyledText.Style) {
    switchStyle(to: style)
    let before = current.count
    UTF8.encode(scalar) { current.append($0) }
    utf8Count += current.count - before
  }

  mutating func append(_ text: String, _ style: StyledText.Style) {
    guard !text.isEmpty else { return }
    switchStyle(to: style)
    current.append(contentsOf: text.utf8)
    utf8Count += text.utf8.count
  }

  /// Appends valid UTF-8 (a stretch of the source text).
  mutating func append(utf8 bytes: ArraySlice<UInt8>, _ style: StyledText.Style) {
    guard !bytes.isEmpty else { return }
    switchStyle(to: style)
    current.append(contentsOf: bytes)
    utf8Count += bytes.count
  }

  mutating func append(_ scalars: ArraySlice<Unicode.Scalar>, _ style: StyledText.Style) {
    guard !scalars.isEmpty else { return }
    switchStyle(to: style)
    let before = current.count
    for scalar in scalars { UTF8.encode(scalar) { current.append($0) } }
    utf8Count += current.count - before
  }

  mutating func append(_ other: RunBuilder) {
    for run in other.finished { append(run.text, run.style) }
    guard !other.current.isEmpty else { return }
    switchStyle(to: other.currentStyle)
    current.append(contentsOf: other.current)
    utf8Count += other.current.count
  }

  /// Removes the spaces at the end of the output (before a dropped `\cite`, a footnote).
  mutating func dropTrailingSpaces() {
    while lastScalar == " " {
      if current.isEmpty, let last = finished.popLast() {
        current.append(contentsOf: last.text.utf8)
        currentStyle = last.style
      }
      current.removeLast()
      utf8Count -= 1
    }
  }

  /// All text written, without styles.
  var plainText: String {
    finished.reduce(into: "") { $0 += $1.text } + String(decoding: current, as: UTF8.self)
  }
}
