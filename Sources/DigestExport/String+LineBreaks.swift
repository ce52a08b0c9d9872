import Foundation

extension String {
  /// The text with each line break (`\n`, `\r\n`, `\r`) replaced by `separator`.
  func replacingLineBreaks(with separator: String) -> String {
    guard contains(where: \.isNewline) else { return self }
    return split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .joined(separator: separator)
  }

  func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return String(text)
  }
}
