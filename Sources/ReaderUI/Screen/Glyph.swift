/// A character ready for the screen: sanitised, measured, and tagged with its element.
public struct Glyph: Hashable, Sendable {
  /// The character as it will be written (see ``DisplayWidth/sanitized(_:)``).
  public var character: Character
  /// The element that styles it.
  public var element: ThemeElement
  /// Columns it takes: 0, 1 or 2.
  public var width: Int

  /// Creates a glyph, measuring `character`.
  public init(_ character: Character, _ element: ThemeElement) {
    self.character = DisplayWidth.sanitized(character)
    self.element = element
    self.width = DisplayWidth.of(self.character)
  }

  /// Glyphs of `text`, styled `element`, with the characters inside `highlights` styled
  /// `highlight` instead. Newlines and tabs become spaces; zero-width leftovers are dropped.
  ///
  /// - Complexity: O(n + h), n characters and h highlight ranges.
  public static func glyphs(
    _ text: String, _ element: ThemeElement, highlights: [Range<String.Index>] = [],
    highlight: ThemeElement = .match
  ) -> [Glyph] {
    var result: [Glyph] = []
    result.reserveCapacity(text.utf8.count)
    let ranges = highlights.sorted { $0.lowerBound < $1.lowerBound }
    var next = 0
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      while next < ranges.count, ranges[next].upperBound <= index { next += 1 }
      let inside = next < ranges.count && ranges[next].contains(index)
      let glyph = Glyph(
        character.isNewline || character == "\t" ? " " : character, inside ? highlight : element)
      if glyph.width > 0 { result.append(glyph) }
      index = text.index(after: index)
    }
    return result
  }

  /// The total width of `glyphs`.
  public static func width(of glyphs: [Glyph]) -> Int { glyphs.reduce(0) { $0 + $1.width } }

  /// `glyphs` cut to `width` columns, ending with `…` when something was cut.
  public static func fit(_ glyphs: [Glyph], width: Int) -> [Glyph] {
    guard width > 0 else { return [] }
    var used = 0
    var end = 0
    while end < glyphs.count {
      if used + glyphs[end].width > width { break }
      used += glyphs[end].width
      end += 1
    }
    if end == glyphs.count { return glyphs }
    var cut = end
    while cut > 0, used + 1 > width {
      cut -= 1
      used -= glyphs[cut].width
    }
    let element = glyphs[min(cut, glyphs.count - 1)].element
    return Array(glyphs[..<cut]) + [Glyph("…", element)]
  }
}
