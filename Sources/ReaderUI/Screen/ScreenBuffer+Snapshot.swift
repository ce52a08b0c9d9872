extension ScreenBuffer {
  /// The buffer as text: each row quoted (so trailing blanks show), wide characters once.
  public var text: String {
    (0..<size.height).map { "\"" + line($0) + "\"" }.joined(separator: "\n")
  }

  /// The text of one row, unquoted.
  public func line(_ row: Int) -> String {
    var result = ""
    for column in 0..<size.width where !self[row, column].isContinuation {
      result.append(self[row, column].character)
    }
    return result
  }

  /// Quoted rows, then the runs of every element other than ``ThemeElement/normal``:
  ///
  /// ```
  /// "▶ 1912.11474  Audio-Visual…"
  /// elements:
  ///   row 0 col 0..<28 list.selected
  /// ```
  public var snapshot: String {
    var lines = [text, "elements:"]
    for row in 0..<size.height {
      var start = 0
      while start < size.width {
        let element = self[row, start].element
        var end = start + 1
        while end < size.width, self[row, end].element == element { end += 1 }
        if element != .normal {
          lines.append("  row \(row) col \(start)..<\(end) \(element.rawValue)")
        }
        start = end
      }
    }
    return lines.joined(separator: "\n")
  }
}
