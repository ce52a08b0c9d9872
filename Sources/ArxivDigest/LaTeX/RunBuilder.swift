/// Accumulates styled output, merging runs of equal style as it goes.
///
/// The run being written is kept apart as a scalar view, so writing one scalar does not touch
/// the finished runs.
struct RunBuilder {
  private var finished: [StyledText.Run] = []
  private var current = ""
  private var currentStyle: StyledText.Style = .plain

  /// The UTF-8 length of everything written: what copying this builder costs.
  private(set) var utf8Count = 0

  var isEmpty: Bool { current.isEmpty && finished.isEmpty }

  /// The last scalar written, if any.
  var lastScalar: Unicode.Scalar? {
    current.unicodeScalars.last ?? finished.last?.text.unicodeScalars.last
  }

  /// The runs written so far.
  var runs: [StyledText.Run] {
    guard !current.isEmpty else { return finished }
    return finished + [StyledText.Run(current, style: currentStyle)]
  }

  private mutating func switchStyle(to style: StyledText.Style) {
    guard style != currentStyle else { return }
    if !current.isEmpty {
      finished.append(StyledText.Run(current, style: currentStyle))
      current = ""
    } else if let last = finished.last, last.style == style {
      // Continue the previous run instead of starting a new one with the same style.
      finished.removeLast()
      current = last.text
    }
    currentStyle = style
  }

  mutating func append(_ scalar: Unicode.Scalar, _ style: StyledText.Style) {
    switchStyle(to: style)
    current.unicodeScalars.append(scalar)
    utf8Count += UTF8.width(scalar)
  }

  mutating func append(_ text: String, _ style: StyledText.Style) {
    guard !text.isEmpty else { return }
    switchStyle(to: style)
    current += text
    utf8Count += text.utf8.count
  }

  mutating func append(_ scalars: ArraySlice<Unicode.Scalar>, _ style: StyledText.Style) {
    guard !scalars.isEmpty else { return }
    switchStyle(to: style)
    for scalar in scalars {
      current.unicodeScalars.append(scalar)
      utf8Count += UTF8.width(scalar)
    }
  }

  /// Removes the spaces at the end of the output (before a dropped `\cite`, a footnote).
  mutating func dropTrailingSpaces() {
    while lastScalar == " " {
      if current.isEmpty, let last = finished.popLast() {
        current = last.text
        currentStyle = last.style
      }
      current.unicodeScalars.removeLast()
      utf8Count -= 1
    }
  }

  mutating func append(_ other: RunBuilder) {
    for run in other.runs { append(run.text, run.style) }
  }

  /// All text written, without styles.
  var plainText: String {
    finished.reduce(into: "") { $0 += $1.text } + current
  }
}
