import ReaderUI

extension NcursesTerminal {
  /// Curses attributes and colour pair for each element under `theme` at `depth`: one pair
  /// per element with a colour, the monochrome attributes at ``ColorDepth/none``.
  static func styles(for theme: Theme, depth: ColorDepth) -> [ThemeElement: (
    attributes: UInt32, pair: Int16
  )] {
    let pairCount = depth == .none ? 0 : Curses.colorPairCount()
    var result: [ThemeElement: (attributes: UInt32, pair: Int16)] = [:]
    for (offset, element) in ThemeElement.allCases.enumerated() {
      let style = theme.style(for: element)
      let foreground = style.foreground?.value(for: depth)
      let background = style.background?.value(for: depth)
      var pair: Int16 = 0
      if depth != .none, foreground != nil || background != nil, offset + 1 < pairCount {
        pair = Int16(offset + 1)
        Curses.definePair(
          pair, foreground: Int32(foreground ?? -1), background: Int32(background ?? -1))
      }
      let attributes = depth == .none ? style.monochrome : style.attributes
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
}
