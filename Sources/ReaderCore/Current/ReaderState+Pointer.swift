extension ReaderState {
  /// Scrolls `pane` by `lines` (the mouse wheel): the list moves its selection, the detail
  /// and help their text.
  mutating func scroll(_ pane: Pane, by lines: Int) {
    switch pane {
    case .list:
      guard let cursor else { return }
      select(position: cursor + lines)
    case .detail:
      detailTop = clamp(detailTop + lines, maxDetailTop)
    case .help:
      helpTop = clamp(helpTop + lines, max(0, viewport.helpLines - viewport.helpRows))
    case .filter, .export, .exportOverwrite, .yank, .follow, .confirm, .selectPrompt:
      break
    }
  }

  /// Selects the paper on list row `row` (a click), giving the list the keyboard; header rows
  /// and rows past the end do nothing.
  mutating func selectRow(_ row: Int) {
    guard rows.indices.contains(row), case .paper = rows[row],
      let position = rowOfPosition.firstIndex(of: row)
    else { return }
    menu = nil
    if focus == .detail, viewport.listRows == 0 { return }
    if focus == .detail {
      focus = .list
      refilterIfStale()
    }
    select(position: position)
  }
}
