import ReaderCore

/// The help screen: every binding of the keymap, generated from the table.
public enum HelpPane {
  /// The help text's lines.
  public static func lines(_ keymap: Keymap, width: Int) -> [[Glyph]] {
    var lines: [[Glyph]] = [Glyph.glyphs("Keys  (Esc or ? closes, j/k scroll)", .header), []]
    let keyWidth = 18
    func add(_ binding: Binding) {
      let keys = Glyph.glyphs(binding.keyNames, .helpKey)
      let padding = Array(
        repeating: Glyph(" ", .help), count: max(1, keyWidth - Glyph.width(of: keys)))
      lines.append(Glyph.glyphs("  ", .help) + keys + padding + Glyph.glyphs(binding.help, .help))
    }
    let filterOnly = keymap.bindings.filter { $0.panes == [.filter] }
    for binding in keymap.bindings where binding.panes != [.filter] { add(binding) }
    if !filterOnly.isEmpty {
      lines.append([])
      lines.append(Glyph.glyphs("While typing a filter", .header))
      lines.append([])
      for binding in filterOnly { add(binding) }
    }
    return lines
  }

  /// Draws the help text from ``ReaderState/helpTop`` on into `rect`, over whatever is there.
  public static func render(
    _ state: ReaderState, keymap: Keymap, in rect: Rect, into buffer: inout ScreenBuffer
  ) {
    guard !rect.isEmpty else { return }
    buffer.fill(rect, .help)
    let lines = self.lines(keymap, width: rect.width)
    let top = max(0, min(state.helpTop, lines.count - 1))
    for offset in 0..<min(rect.height, lines.count - top) {
      buffer.write(
        Glyph.fit(lines[top + offset], width: rect.width - 1), row: rect.row + offset,
        column: rect.column + 1, width: rect.width - 1)
    }
  }
}
