import ArxivDigest

extension Glyph {
  /// Glyphs of LaTeX-rendered text: runs styled bold, italic or code get those elements, the
  /// rest `element`; characters inside `highlights` (ranges of `text.plainText`) get
  /// `highlight`.
  ///
  /// - Complexity: O(n + h), n characters and h highlight ranges.
  public static func glyphs(
    _ text: StyledText, _ element: ThemeElement, highlights: [Range<String.Index>] = [],
    highlight: ThemeElement = .match
  ) -> [Glyph] {
    guard text.runs.count > 1 || text.runs.first?.style != .plain else {
      return glyphs(text.plainText, element, highlights: highlights, highlight: highlight)
    }
    // Mark each character of the plain text with its run's element, then highlight.
    var result = glyphs(text.plainText, element, highlights: highlights, highlight: highlight)
    var elements: [ThemeElement] = []
    elements.reserveCapacity(result.count)
    for run in text.runs {
      let runElement = self.element(for: run.style, base: element)
      for character in run.text {
        let shown: Character = character.isNewline || character == "\t" ? " " : character
        if DisplayWidth.of(DisplayWidth.sanitized(shown)) > 0 { elements.append(runElement) }
      }
    }
    guard elements.count == result.count else { return result }
    for index in result.indices where result[index].element != highlight {
      result[index].element = elements[index]
    }
    return result
  }

  /// The element for a rendered run: a link (`\url`, `\href`), then code, bold and italic
  /// win over `base`.
  static func element(for style: StyledText.Style, base: ThemeElement) -> ThemeElement {
    if style.contains(.link) { return .detailLink }
    if style.contains(.code) { return .code }
    if style.contains(.bold) { return .bold }
    if style.contains(.italic) { return .italic }
    return base
  }
}
