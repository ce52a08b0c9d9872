import ReaderCore

/// The filter line: `/` and the query, why it does not parse if so, and `matches/total`.
///
/// ```
/// /diffusion                                                     3/26
/// ```
public enum FilterBar {
  /// Draws the filter line into `rect`.
  ///
  /// - Returns: Where the cursor belongs while the filter is edited, else `nil`.
  @discardableResult
  public static func render(
    _ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer
  ) -> (row: Int, column: Int)? {
    guard !rect.isEmpty else { return nil }
    if let query = state.selectPrompt {
      let prompt = Glyph.glyphs("select matching: ", .filter) + Glyph.glyphs(query, .filter)
      let hint = Glyph.glyphs("  (Enter selects, Esc cancels)", .note)
      buffer.write(
        Glyph.fit(prompt + hint, width: rect.width), row: rect.row, column: rect.column,
        width: rect.width)
      return (rect.row, rect.column + min(Glyph.width(of: prompt), max(0, rect.width - 1)))
    }
    // While the index is built, the count covers the first papers only: `12+`.
    let count = " \(state.visible.count)\(state.isFilterPartial ? "+" : "")/\(state.papers.count) "
    let countWidth = count.count
    let room = max(0, rect.width - countWidth)
    var glyphs = Glyph.glyphs("/" + state.filter.text, .filter)
    let textWidth = Glyph.width(of: glyphs)
    if case .editing(_, let error?) = state.filter {
      glyphs += Glyph.glyphs("  \(error)", .filterError)
    }
    if case .applied = state.filter {
      glyphs += Glyph.glyphs("  (/ edits, Esc clears)", .note)
    }
    buffer.write(Glyph.fit(glyphs, width: room), row: rect.row, column: rect.column, width: room)
    if rect.width > countWidth {
      buffer.write(count, .filter, row: rect.row, column: rect.column + room, width: countWidth)
    }
    guard state.filter.isEditing else { return nil }
    return (rect.row, rect.column + min(textWidth, max(0, rect.width - 1)))
  }
}
