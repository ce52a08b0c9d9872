import ArxivDigest

extension ReaderState {
  /// Sets how the reader marks papers as the user reads.
  public mutating func useReadingSettings(_ settings: ReadingSettings) {
    reading = settings
    marksReadOnOpen = settings.markReadOnOpen
  }

  /// The paper (by index) the user opened and has not left yet, if it is still selected.
  var openedIndex: Int? {
    guard let opened, let cursor, visible.indices.contains(cursor),
      papers[visible[cursor]].id == opened
    else { return nil }
    return visible[cursor]
  }

  /// The effect that marks the opened paper read as the user leaves it (`n`, `N`, Esc), when
  /// `mark_read_on_leave` is on and it is unread.
  mutating func leaveOpenedPaper() -> [ReaderEffect] {
    defer { opened = nil }
    guard reading.markReadOnLeave, !isReadOnly, let index = openedIndex else { return [] }
    let paper = papers[index]
    guard !marks.isRead(paper.id), !justRead.contains(paper.id) else { return [] }
    justRead.insert(paper.id)
    return [.applyMark(MarkChange(.read, true, ids: [paper.id], source: .left), papers: [paper])]
  }

  /// `n` / `N`: leaves the paper being read (marking it), then selects the next unread one;
  /// in the detail pane the new paper counts as opened.
  mutating func readNext(forward: Bool, times: Int) -> [ReaderEffect] {
    let effects = leaveOpenedPaper()
    for _ in 0..<max(1, times) { selectUnread(forward: forward) }
    if focus == .detail, let paper = selectedPaper { opened = paper.id }
    return effects
  }

  /// After `r` or `s`, moves to the next paper when `advance_after_mark` is on.
  mutating func advanceAfterMark() {
    guard reading.advanceAfterMark, let cursor, selection.isEmpty else { return }
    select(position: cursor + 1)
  }

  // MARK: - Bulk marks

  /// `D`: marks every unread paper of the selected paper's day read (or the selection's).
  mutating func markDayRead() -> [ReaderEffect] {
    if !selection.isEmpty { return markSelectionRead() }
    guard let cursor, visible.indices.contains(cursor) else {
      status = "no paper selected"
      return []
    }
    let index = visible[cursor]
    guard let section = sections.firstIndex(where: { $0.range.contains(index) }) else { return [] }
    let day = sections[section]
    let label = "\(day.category) \(dayName(day.day))"
    return markRead(Array(day.range), what: "of \(label)")
  }

  /// `A`: marks every unread paper in the current view read (or the selection's).
  mutating func markViewRead() -> [ReaderEffect] {
    if !selection.isEmpty { return markSelectionRead() }
    return markRead(visible, what: filter == .off && similar == nil ? "listed" : "in this view")
  }

  /// Marks the unread papers among `indices` read as one bulk change, asking first when they
  /// are more than `confirm_bulk`.
  mutating func markRead(_ indices: [Int], what: String) -> [ReaderEffect] {
    guard !isReadOnly else { return refuseReadOnly() }
    let unread = indices.filter { !marks.isRead(papers[$0].id) }
    guard !unread.isEmpty else {
      status = "no unread papers \(what)"
      return []
    }
    let change = MarkChange(.read, true, ids: unread.map { papers[$0].id }, source: .bulk)
    let effects: [ReaderEffect] = [.applyMark(change, papers: [])]
    return confirmed(effects, count: unread.count, question: "mark \(unread.count) papers \(what) read?")
  }

  /// `effects` now, or after a yes when they change more than `confirm_bulk` papers.
  mutating func confirmed(_ effects: [ReaderEffect], count: Int, question: String) -> [ReaderEffect] {
    guard count > reading.confirmBulk else { return effects }
    pendingBulk = PendingBulk(effects: effects, question: question)
    status = "\(question) y/n"
    return []
  }

  /// The answer to a pending bulk change.
  mutating func answerBulk(_ yes: Bool) -> [ReaderEffect] {
    guard let pending = pendingBulk else { return [] }
    pendingBulk = nil
    if yes { return pending.effects }
    status = "nothing marked"
    return []
  }

  /// `Sun 2 Dec 2019`.
  func dayName(_ day: DigestDay) -> String {
    "\(DigestDay.weekdayNames[day.weekday]) \(day.day) \(DigestDay.monthNames[day.month - 1]) \(day.year)"
  }
}
