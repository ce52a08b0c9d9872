import ReaderCore

/// The bottom line: position, unread and starred counts, the last message, and key hints
/// taken from the keymap.
///
/// ```
///  12/644 · 630 unread · 3 ★  starred 1912.11474        j/k move  Enter open  ? help  q quit
/// ```
public enum StatusBar {
  /// ` · detail 40%` while the detail pane has the keyboard and its text is longer than the
  /// pane; empty otherwise.
  static func detailPosition(_ state: ReaderState) -> String {
    let viewport = state.viewport
    guard state.activePane == .detail, viewport.detailLines > viewport.detailRows,
      viewport.detailLines > 0
    else { return "" }
    let shown = min(viewport.detailLines, state.detailTop + viewport.detailRows)
    return " · detail \(shown * 100 / viewport.detailLines)%"
  }

  /// ` · for you` (or ` · like 1912.11474`) unless the list is in day order.
  static func orderText(_ state: ReaderState) -> String {
    state.order == .day && state.similar == nil ? "" : " · \(state.orderDescription)"
  }

  /// ` · 3 selected` (` · visual`) while a selection exists.
  static func selectionText(_ state: ReaderState) -> String {
    guard !state.selection.isEmpty || state.visualAnchor != nil else { return "" }
    return " · \(state.selection.count) selected" + (state.visualAnchor == nil ? "" : " (visual)")
  }

  /// Draws the status bar into `rect`.
  public static func render(
    _ state: ReaderState, keymap: Keymap, in rect: Rect, into buffer: inout ScreenBuffer
  ) {
    guard !rect.isEmpty else { return }
    buffer.fill(rect, .status)
    let position = state.cursor.map { $0 + 1 } ?? 0
    let unread =
      state.filter == .off && state.similar == nil
      ? "\(state.unreadCount) unread" : "\(state.unreadInView) of \(state.unreadCount) unread"
    var left = Glyph.glyphs(
      " \(position)/\(state.visible.count) · \(unread)"
        + " · \(state.starredCount) ★" + orderText(state) + selectionText(state)
        + detailPosition(state),
      .status)
    if let count = state.pendingCount {
      left += Glyph.glyphs(" · ", .status) + Glyph.glyphs("\(count)", .statusMessage)
    }
    if state.isReadOnly {
      left += Glyph.glyphs(" · ", .status) + Glyph.glyphs("read-only", .statusMessage)
    }
    if let message = state.status, !message.isEmpty {
      left += Glyph.glyphs("  ", .status) + Glyph.glyphs(message, .statusMessage)
    }
    let used = buffer.write(
      Glyph.fit(left, width: rect.width), row: rect.row, column: rect.column, width: rect.width)
    // Hints, right-aligned, as many as fit after the left part.
    var hints = keymap.hints(in: state.activePane).map { "\($0.keys) \($0.label)" }
    while !hints.isEmpty {
      let text = hints.joined(separator: "  ") + " "
      let width = DisplayWidth.of(text)
      if used + 2 + width <= rect.width {
        buffer.write(
          text, .status, row: rect.row, column: rect.column + rect.width - width, width: width)
        return
      }
      hints.removeLast()
    }
  }
}
