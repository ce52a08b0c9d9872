import ArxivDigest

extension ReaderState {
  /// `]` / `[`: selects the first listed paper of the next (or previous) day; `}` / `{` the
  /// first unread paper of the next (or previous) day that has one.
  mutating func jumpDay(forward: Bool, unreadOnly: Bool, times: Int = 1) {
    guard let cursor, visible.indices.contains(cursor) else {
      status = "no papers"
      return
    }
    var position = cursor
    for _ in 0..<max(1, times) {
      guard let next = dayStart(from: position, forward: forward, unreadOnly: unreadOnly) else {
        status =
          unreadOnly
          ? (forward ? "no later day with unread papers" : "no earlier day with unread papers")
          : (forward ? "no later day" : "no earlier day")
        break
      }
      position = next
    }
    guard position != cursor else { return }
    select(position: position)
    if let section = section(ofPosition: position) {
      let day = sections[section]
      status = "\(day.category) · \(dayName(day.day))"
    }
  }

  /// The position in ``visible`` of the first (unread) paper of the day after (before) the day
  /// of `position`; `nil` when there is none.
  private func dayStart(from position: Int, forward: Bool, unreadOnly: Bool) -> Int? {
    guard let current = section(ofPosition: position) else { return nil }
    // Positions of each listed day, in list order.
    var starts: [(section: Int, first: Int, firstUnread: Int?)] = []
    var lastSection = -1
    for (offset, index) in visible.enumerated() {
      let section = section(ofIndex: index)
      if section != lastSection {
        starts.append((section, offset, nil))
        lastSection = section
      }
      if starts[starts.count - 1].firstUnread == nil, !marks.isRead(papers[index].id) {
        starts[starts.count - 1].firstUnread = offset
      }
    }
    guard let here = starts.lastIndex(where: { $0.section == current && $0.first <= position })
    else { return nil }
    let candidates = forward ? Array(starts[(here + 1)...]) : Array(starts[..<here].reversed())
    for day in candidates {
      if unreadOnly {
        if let unread = day.firstUnread { return unread }
      } else {
        return day.first
      }
    }
    return nil
  }

  /// The section of the listed paper at `position`.
  func section(ofPosition position: Int) -> Int? {
    guard visible.indices.contains(position) else { return nil }
    return section(ofIndex: visible[position])
  }

  /// The section holding paper `index` (sections are ascending ranges of indices).
  func section(ofIndex index: Int) -> Int {
    var low = 0
    var high = sections.count - 1
    while low < high {
      let middle = (low + high) / 2
      if sections[middle].range.upperBound <= index { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Unread papers in the current view (the filtered list).
  public var unreadInView: Int {
    visible.reduce(0) { $0 + (marks.isRead(papers[$1].id) ? 0 : 1) }
  }

  /// Papers in day order: by date (oldest first, or newest first), a day's papers in input
  /// order, whatever files or folders they came from.
  public static func dayOrdered(_ papers: [Paper], newestFirst: Bool = false) -> [Paper] {
    let indexed = papers.enumerated()
    return indexed.sorted { lhs, rhs in
      if lhs.element.date != rhs.element.date {
        return newestFirst ? lhs.element.date > rhs.element.date : lhs.element.date < rhs.element.date
      }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}
