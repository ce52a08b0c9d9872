import ReaderCore

/// The message list (`M`): what loading the digests reported, then the recent status
/// messages, oldest first, scrolled like help.
public enum MessagesPane {
  /// The list's lines at `width` columns.
  public static func lines(_ state: ReaderState, width: Int) -> [[Glyph]] {
    var lines: [[Glyph]] = [Glyph.glyphs("Messages  (Esc or M closes, j/k scroll)", .header), []]
    if state.messages.isEmpty { lines.append(Glyph.glyphs("(no messages)", .note)) }
    for message in state.messages {
      lines += TextWrap.wrap(Glyph.glyphs(message, .help), width: max(1, width - 1))
    }
    return lines
  }

  /// Draws the list from ``ReaderState/helpTop`` on into `rect`, over whatever is there.
  public static func render(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
    guard !rect.isEmpty else { return }
    buffer.fill(rect, .help)
    let lines = self.lines(state, width: rect.width)
    let top = max(0, min(state.helpTop, lines.count - 1))
    for offset in 0..<min(rect.height, lines.count - top) {
      buffer.write(
        Glyph.fit(lines[top + offset], width: rect.width - 1), row: rect.row + offset,
        column: rect.column + 1, width: rect.width - 1)
    }
  }
}
