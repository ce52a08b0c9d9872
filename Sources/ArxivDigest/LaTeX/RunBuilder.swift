/// Accumulates styled output one scalar at a time, merging runs of equal style as it goes.
struct RunBuilder {
  private(set) var runs: [StyledText.Run] = []

  var isEmpty: Bool { runs.isEmpty }

  /// The last scalar written, if any.
  var lastScalar: Unicode.Scalar? { runs.last?.text.unicodeScalars.last }

  mutating func append(_ scalar: Unicode.Scalar, _ style: StyledText.Style) {
    if let last = runs.indices.last, runs[last].style == style {
      runs[last].text.unicodeScalars.append(scalar)
    } else {
      runs.append(StyledText.Run(String(Character(scalar)), style: style))
    }
  }

  mutating func append(_ text: String, _ style: StyledText.Style) {
    guard !text.isEmpty else { return }
    if let last = runs.indices.last, runs[last].style == style {
      runs[last].text += text
    } else {
      runs.append(StyledText.Run(text, style: style))
    }
  }

  mutating func append(_ scalars: ArraySlice<Unicode.Scalar>, _ style: StyledText.Style) {
    for scalar in scalars { append(scalar, style) }
  }

  mutating func append(_ other: RunBuilder) {
    for run in other.runs { append(run.text, run.style) }
  }

  /// All text written, without styles.
  var plainText: String { runs.reduce(into: "") { $0 += $1.text } }

  /// The same text with `style` added to every run.
  func adding(_ style: StyledText.Style) -> RunBuilder {
    var result = RunBuilder()
    for run in runs { result.append(run.text, run.style.union(style)) }
    return result
  }
}
