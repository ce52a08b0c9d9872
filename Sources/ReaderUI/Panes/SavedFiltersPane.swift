import ReaderCore

/// The list `F` opens over the list and detail: each saved filter with its count now.
///
/// ```
///  Saved filters  (Enter applies, Esc closes)
///
///  ▶ tracking      12  tracking -medical is:unread
///    starred        3  is:starred
/// ```
public enum SavedFiltersPane {
  /// Draws the saved filters of `state` into `rect`, over whatever is there.
  public static func render(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
    guard !rect.isEmpty else { return }
    buffer.fill(rect, .help)
    let width = rect.width - 1
    buffer.write(
      Glyph.fit(
        Glyph.glyphs(
          (state.watches.isEmpty ? "Saved filters" : "Saved filters and watches")
            + "  (Enter applies, Esc closes)", .header),
        width: width),
      row: rect.row, column: rect.column + 1, width: width)
    let rows = state.savedFilters.rows
    let nameWidth = min(24, rows.map { DisplayWidth.of($0.filter.name) }.max() ?? 0)
    let countWidth = max(1, rows.map { $0.count.map { String($0).count } ?? 1 }.max() ?? 1)
    let visibleRows = max(0, rect.height - 2)
    let cursor = state.savedFilters.cursor
    let top = max(0, min(cursor - visibleRows + 1, rows.count - visibleRows))
    for offset in 0..<min(visibleRows, max(0, rows.count - top)) {
      let index = top + offset
      let row = rows[index]
      let selected = index == cursor
      let name = Glyph.fit(
        Glyph.glyphs(row.filter.name, row.isWatch ? .watch : .helpKey), width: nameWidth)
      let count = row.count.map(String.init) ?? "?"
      var glyphs = Glyph.glyphs(selected ? "▶ " : "  ", .help) + name
      glyphs += Glyph.glyphs(
        String(repeating: " ", count: max(0, nameWidth - Glyph.width(of: name)) + 2)
          + String(repeating: " ", count: countWidth - count.count) + count + "  ", .help)
      glyphs += Glyph.glyphs((row.isWatch ? "watch  " : "") + row.filter.query, .help)
      if let error = row.error { glyphs += Glyph.glyphs("  " + error, .filterError) }
      if selected {
        glyphs = glyphs.map { Glyph($0.character, .listSelected) }
        glyphs += Array(
          repeating: Glyph(" ", .listSelected), count: max(0, width - Glyph.width(of: glyphs)))
      }
      buffer.write(
        Glyph.fit(glyphs, width: width), row: rect.row + 2 + offset, column: rect.column + 1,
        width: width)
    }
  }
}
