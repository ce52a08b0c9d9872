import ReaderUI

extension NcursesTerminal {
  /// Curses attributes and colour pair for each element under `theme`: one pair per element,
  /// monochrome attributes when the terminal has no colour.
  static func styles(for theme: Theme) -> [ThemeElement: (attributes: UInt32, pair: Int16)] {
    let colors = Curses.hasColors()
    let colorCount = Curses.colorCount()
    let pairCount = Curses.colorPairCount()
    var result: [ThemeElement: (attributes: UInt32, pair: Int16)] = [:]
    for (offset, element) in ThemeElement.allCases.enumerated() {
      let style = theme.style(for: element)
      let usesColor =
        colors && (style.foreground != nil || style.background != nil) && offset + 1 < pairCount
      var pair: Int16 = 0
      if usesColor {
        pair = Int16(offset + 1)
        Curses.definePair(
          pair, foreground: index(style.foreground, colorCount),
          background: index(style.background, colorCount))
      }
      let attributes = colors ? style.attributes : style.monochrome
      result[element] = (
        Curses.attributeBits(
          TextAttributesBits(
            bold: attributes.contains(.bold), dim: attributes.contains(.dim),
            italic: attributes.contains(.italic), underline: attributes.contains(.underline),
            reverse: attributes.contains(.reverse))), pair
      )
    }
    return result
  }

  /// A palette index the terminal has (bright colours fall back to basic ones), -1 for default.
  private static func index(_ color: TerminalColor?, _ count: Int) -> Int16 {
    guard let color else { return -1 }
    if color.index < count { return Int16(color.index) }
    return Int16(color.index % 8)
  }
}
