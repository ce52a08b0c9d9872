extension ReaderState {
  /// An end of the list or text.
  enum End {
    case first
    case last
  }

  /// Moves in the pane with the keyboard: the selection in the list, the text elsewhere.
  mutating func move(by delta: Int) {
    switch activePane {
    case .list, .filter:
      guard let cursor else { return }
      select(position: cursor + delta)
    case .detail:
      detailTop = clamp(detailTop + delta, maxDetailTop)
    case .help:
      helpTop = clamp(helpTop + delta, max(0, viewport.helpLines - viewport.helpRows))
    case .export, .exportOverwrite, .confirm, .selectPrompt, .yank, .follow:
      break
    }
  }

  /// Moves to the first or last paper, or the top or end of the text.
  mutating func move(to end: End) {
    switch activePane {
    case .list, .filter:
      guard !visible.isEmpty else { return }
      select(position: end == .first ? 0 : visible.count - 1)
    case .detail:
      detailTop = end == .first ? 0 : maxDetailTop
    case .help:
      helpTop = end == .first ? 0 : max(0, viewport.helpLines - viewport.helpRows)
    case .export, .exportOverwrite, .confirm, .selectPrompt, .yank, .follow:
      break
    }
  }

  /// Selects the paper at `position` of ``visible`` (clamped) and scrolls it into view.
  mutating func select(position: Int) {
    guard !visible.isEmpty else {
      cursor = nil
      listTop = 0
      return
    }
    let clamped = clamp(position, visible.count - 1)
    if clamped != cursor { detailTop = 0 }
    cursor = clamped
    scrollSelectionIntoView()
  }

  /// Selects the next (or previous) unread listed paper, wrapping around the ends of the list
  /// and saying so; says so too when there is none.
  mutating func selectUnread(forward: Bool) {
    guard let cursor else {
      status = "no papers"
      return
    }
    let count = visible.count
    for step in 1..<max(count, 1) {
      let position = (cursor + (forward ? step : count - step)) % count
      guard !marks.isRead(papers[visible[position]].id) else { continue }
      select(position: position)
      if forward && position < cursor {
        status = "wrapped around to the top"
      } else if !forward && position > cursor {
        status = "wrapped around to the bottom"
      } else {
        status = nil
      }
      return
    }
    status =
      marks.isRead(papers[visible[cursor]].id) ? "no unread papers" : "no other unread paper"
  }

  /// Adjusts ``listTop`` so the selection (and its day header when it is the first of its day)
  /// is on screen.
  mutating func scrollSelectionIntoView() {
    let height = max(1, viewport.listRows)
    guard let cursor, rowOfPosition.indices.contains(cursor) else {
      listTop = 0
      return
    }
    let row = rowOfPosition[cursor]
    var top = row
    if row > 0, case .header = rows[row - 1] { top = row - 1 }
    if top < listTop {
      listTop = top
    } else if row >= listTop + height {
      listTop = row - height + 1
    }
    listTop = clamp(listTop, max(0, rows.count - height))
    if row < listTop { listTop = row }
  }

  /// Keeps every scroll offset within its text after the viewport changed.
  mutating func clampScrolling() {
    scrollSelectionIntoView()
    detailTop = clamp(detailTop, maxDetailTop)
    helpTop = clamp(helpTop, max(0, viewport.helpLines - viewport.helpRows))
  }

  /// The last useful ``detailTop``.
  var maxDetailTop: Int { max(0, viewport.detailLines - viewport.detailRows) }

  /// `value` limited to `0...upper` (0 when `upper` is negative).
  func clamp(_ value: Int, _ upper: Int) -> Int { max(0, min(value, upper)) }
}
