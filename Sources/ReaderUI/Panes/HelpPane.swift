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
    let promptPanes: Set<Pane> = [.filter, .export, .exportOverwrite, .yank, .follow]
    for binding in keymap.bindings where binding.panes.isDisjoint(with: promptPanes) {
      add(binding)
    }
    let sections: [(String, Set<Pane>)] = [
      ("While typing a filter", [.filter]),
      ("In the export prompt", [.export, .exportOverwrite]),
      ("In the yank menu (y)", [.yank]),
      ("Following a link (f)", [.follow]),
    ]
    for (title, panes) in sections {
      let bindings = keymap.bindings.filter { !$0.panes.isDisjoint(with: panes) }
      guard !bindings.isEmpty else { continue }
      lines.append([])
      lines.append(Glyph.glyphs(title, .header))
      lines.append([])
      for binding in bindings { add(binding) }
    }
    lines.append([])
    lines.append(Glyph.glyphs("Mouse", .header))
    lines.append([])
    for line in [
      "the wheel scrolls the pane under the pointer; a click selects a paper, a double click",
      "opens it, a click on a link opens it. Hold Shift to select text with the mouse (or set",
      "mouse = false in the config).",
    ] {
      lines.append(Glyph.glyphs("  " + line, .help))
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
