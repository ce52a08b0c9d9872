import ArxivDigest

extension ReaderState {
  /// `true` when the list is ranked by the "for you" model right now (not only asked for).
  public var isRanked: Bool { order == .forYou && ranking.ranking != nil && similar == nil }

  /// The words the status bar uses for the list's order: `for you`, `for you (ranking…)`,
  /// `day order`, or `like 1912.11474`.
  public var orderDescription: String {
    if let similar, papers.indices.contains(similar.paper) {
      return "like \(papers[similar.paper].id.rawValue)"
    }
    switch (order, ranking) {
    case (.day, _): return ListOrder.day.displayName
    case (.forYou, .ready): return ListOrder.forYou.displayName
    case (.forYou, _): return "for you (ranking…)"
    }
  }

  /// Sets what "for you" ranks together (config `rank_within`).
  public mutating func rankWithin(_ scope: RankScope) {
    rankScope = scope
    if isRanked { arrange() }
  }

  /// The status while "for you" waits for its first ranking.
  static let waitingForRanking =
    "for you: ranking… (the list keeps its order until the ranking is ready)"

  /// `S`: switches between day order and "for you".
  mutating func toggleOrder() {
    if similar != nil { leaveSimilar() }
    if order == .forYou {
      order = .day
      arrange()
      status = "day order"
      return
    }
    switch ranking {
    case .unavailable(let reason):
      status = "for you is unavailable: \(reason)"
    case .training:
      order = .forYou
      status = Self.waitingForRanking
    case .ready:
      order = .forYou
      arrange()
      // Switching to "for you" shows the best paper first; later re-sorts keep the paper.
      if !visible.isEmpty { select(position: 0) }
      status = "for you: \(unreadCount) unread papers by relevance"
    }
  }

  /// The ranking model reported a new ranking, or that it cannot rank.
  mutating func rankingChanged(_ status: RankingStatus) {
    ranking = status
    switch status {
    case .ready:
      if order == .forYou, similar == nil {
        arrange()
        // The first ranking after `S` waited for it: say that the list is now ranked.
        if self.status == Self.waitingForRanking {
          self.status = "for you: \(unreadCount) unread papers by relevance"
        }
      }
    case .unavailable(let reason):
      if order == .forYou {
        order = .day
        if similar == nil { arrange() }
        self.status = "for you is unavailable: \(reason); back to day order"
      }
    case .training:
      break
    }
  }

  /// Puts ``visible`` in the list's order, keeping the selected paper selected.
  mutating func arrange() {
    let selected = cursor.flatMap { visible.indices.contains($0) ? visible[$0] : nil }
    visible = arranged(visible)
    rebuildRows()
    reselect(selected)
  }

  /// `indices` in the list's order: ascending (input order), or ranked within each day (or
  /// over all days) when "for you" has a ranking.
  func arranged(_ indices: [Int]) -> [Int] {
    guard isRanked, let ranking = ranking.ranking else { return indices.sorted() }
    let sectionOf = sectionIndexByPaper()
    func group(_ index: Int) -> Int {
      let id = papers[index].id
      if marks.isRead(id) || marks.isStarred(id) { return 2 }
      return watchNames[index] == nil ? 1 : 0
    }
    let keyed = indices.map { index in
      (
        index: index, section: rankScope == .day ? sectionOf(index) : 0, group: group(index),
        score: ranking.score(of: index)
      )
    }
    return keyed.sorted { lhs, rhs in
      if lhs.section != rhs.section { return lhs.section < rhs.section }
      if lhs.group != rhs.group { return lhs.group < rhs.group }
      if lhs.score != rhs.score { return lhs.score > rhs.score }
      return lhs.index < rhs.index
    }.map(\.index)
  }

  /// A lookup from paper index to its section's position (sections are ascending ranges).
  private func sectionIndexByPaper() -> (Int) -> Int {
    let sections = self.sections
    return { index in
      var low = 0
      var high = sections.count - 1
      while low < high {
        let middle = (low + high) / 2
        if sections[middle].range.upperBound <= index { low = middle + 1 } else { high = middle }
      }
      return low
    }
  }

  /// Selects the paper at `index` if listed, else keeps the cursor's position within bounds.
  mutating func reselect(_ index: Int?) {
    guard !visible.isEmpty else {
      cursor = nil
      listTop = 0
      return
    }
    if let index, let position = visible.firstIndex(of: index) {
      cursor = position
    } else {
      cursor = min(cursor ?? 0, visible.count - 1)
      detailTop = 0
    }
    scrollSelectionIntoView()
  }

  // MARK: - More like this

  /// `m`: asks the shell for the papers most similar to the selected one.
  mutating func beginSimilar() -> [ReaderEffect] {
    guard let cursor, visible.indices.contains(cursor) else {
      status = "no paper selected"
      return []
    }
    status = "finding papers like \(papers[visible[cursor]].id.rawValue)…"
    return [.findSimilar(paper: visible[cursor])]
  }

  /// Lists `neighbours` (paper indices with their similarity, most similar first) in place of
  /// the list; Esc returns to it.
  mutating func showSimilar(to paper: Int, neighbours: [SimilarPaper]) {
    guard papers.indices.contains(paper) else { return }
    let listed = neighbours.filter { papers.indices.contains($0.index) && $0.index != paper }
    guard !listed.isEmpty else {
      status = "no papers like \(papers[paper].id.rawValue) among those loaded"
      return
    }
    if similar == nil {
      similar = SimilarView(
        paper: paper, similarity: [:], savedVisible: visible, savedCursor: cursor,
        savedListTop: listTop, savedFocus: focus)
    }
    similar?.paper = paper
    similar?.similarity = Dictionary(
      listed.map { ($0.index, $0.similarity) }, uniquingKeysWith: { first, _ in first })
    focus = .list
    visible = listed.map(\.index)
    rebuildRows()
    cursor = 0
    listTop = 0
    detailTop = 0
    status = "\(listed.count) papers like \(papers[paper].id.rawValue) · Esc back"
  }

  /// Returns from the similar papers to the list as it was.
  mutating func leaveSimilar() {
    guard let saved = similar else { return }
    similar = nil
    visible = saved.savedVisible
    focus = saved.savedFocus
    rebuildRows()
    cursor = saved.savedCursor
    listTop = saved.savedListTop
    detailTop = 0
    if let query, query.dependsOnMarks { show(query) } else if isRanked { arrange() }
    scrollSelectionIntoView()
    status = nil
  }
}

/// A paper similar to another, as the shell found it.
public struct SimilarPaper: Hashable, Sendable {
  /// Index into ``ReaderState/papers``.
  public var index: Int
  /// Cosine similarity, 0 to 1.
  public var similarity: Double

  public init(index: Int, similarity: Double) {
    self.index = index
    self.similarity = similarity
  }
}
