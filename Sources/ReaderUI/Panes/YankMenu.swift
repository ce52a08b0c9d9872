import ReaderCore

/// The yank menu (`y`): one line per thing it copies, with its key, in a box above the status
/// bar at the right. The entries come from the keymap's yank pane, so rebound keys show.
///
/// ```
///  yank 1912.11474
///  i    the arXiv id
///  u    the abs URL
///  …
/// ```
public enum YankMenu {
  /// The menu's lines: a title naming what is copied, then each key and what it copies.
  public static func lines(_ state: ReaderState, keymap: Keymap) -> [[Glyph]] {
    let papers = state.yankPapers
    let subject = papers.count == 1 ? papers[0].id.rawValue : "\(papers.count) papers"
    var lines = [Glyph.glyphs("yank \(subject)", .header)]
    for binding in keymap.bindings(in: .yank) {
      let keys = Glyph.glyphs(binding.keyNames, .helpKey)
      let padding = Array(
        repeating: Glyph(" ", .help), count: max(1, 5 - Glyph.width(of: keys)))
      lines.append(keys + padding + Glyph.glyphs(binding.help, .help))
    }
    return lines
  }

  /// Draws the menu over the bottom right of `body` (the screen above the status bar).
  public static func render(
    _ state: ReaderState, keymap: Keymap, in body: Rect, into buffer: inout ScreenBuffer
  ) {
    let lines = self.lines(state, keymap: keymap)
    let width = min(body.width, (lines.map { Glyph.width(of: $0) }.max() ?? 0) + 4)
    let height = min(body.height, lines.count + 2)
    guard width > 4, height > 2 else { return }
    let box = Rect(
      row: body.row + body.height - height, column: body.column + body.width - width,
      width: width, height: height)
    buffer.fill(box, .help)
    buffer.fill(
      Rect(row: box.row, column: box.column, width: width, height: 1), with: "─", .divider)
    buffer.fill(
      Rect(row: box.row, column: box.column, width: 1, height: height), with: "│", .divider)
    for (offset, line) in lines.prefix(height - 2).enumerated() {
      buffer.write(
        Glyph.fit(line, width: width - 4), row: box.row + 1 + offset, column: box.column + 2,
        width: width - 4)
    }
  }
}
