import ArxivDigest
import DigestQuery

/// The complete state of a reading session, as a plain value: two states compare equal when
/// everything the user can see or do next is the same (the search index is a cache outside it).
///
/// Change it only through ``reduce(_:)``; the shell performs the returned effects and renders.
/// The list shows ``visible`` papers (all of them, or those matching the filter) with a day
/// header before each day when more than one day is loaded.
///
/// ```swift
/// var state = ReaderState(papers: library.papers, marks: try store.marks(), today: today)
/// let effects = state.reduce(.toggleStar)   // [.applyMark(starred 1912.11474)]
/// ```
public struct ReaderState: Sendable, Equatable {
  /// Every loaded paper, in input order.
  public let papers: [Paper]
  /// Runs of papers sharing category and day.
  public let sections: [DaySection]
  /// The date filters measure ages against.
  public let today: DigestDay
  /// The marks as last committed by the store.
  public internal(set) var marks: Marks
  /// The pane with the keyboard, help and filter aside.
  public internal(set) var focus: Pane = .list
  /// `true` while the help screen is shown.
  public internal(set) var showsHelp = false
  /// The filter line.
  public internal(set) var filter: FilterState = .off
  /// Indices into ``papers`` of the listed papers, in order.
  public internal(set) var visible: [Int]
  /// The list rows: ``visible`` with day headers.
  public internal(set) var rows: [ListRow] = []
  /// For each position in ``visible``, its index in ``rows``.
  public internal(set) var rowOfPosition: [Int] = []
  /// Position in ``visible`` of the selected paper; `nil` when nothing is listed.
  public internal(set) var cursor: Int?
  /// First list row on screen.
  public internal(set) var listTop = 0
  /// First detail line on screen.
  public internal(set) var detailTop = 0
  /// First help line on screen.
  public internal(set) var helpTop = 0
  /// The pane sizes the layout last reported.
  public internal(set) var viewport = Viewport()
  /// The last message for the status bar.
  public internal(set) var status: String?
  /// `true` when the state store is read-only: marking keys only say so.
  public let isReadOnly: Bool
  /// The export prompt while it is open.
  public internal(set) var exportPrompt: ExportPrompt?
  /// The prompt of the last export that wrote a file: the next `e` starts from its format
  /// and path.
  var lastExport: ExportPrompt?
  /// `true` when marks changed under a filter with `is:` terms while the detail pane had the
  /// keyboard: the list is filtered again when the list gets the keyboard back.
  var isFilterStale = false
  /// Loaded papers not marked read.
  public internal(set) var unreadCount = 0
  /// Loaded papers starred.
  public internal(set) var starredCount = 0
  /// The last query that parsed, used for highlighting; `nil` without a filter.
  public internal(set) var query: Query?
  /// `true` when titles and abstracts are shown as written, LaTeX source included; `false`
  /// (the default) shows them typeset as Unicode.
  public internal(set) var showsRawLaTeX = false
  /// `true` once ``ReaderAction/quit`` was reduced.
  public internal(set) var isQuitting = false
  /// The themes `t` cycles through and the one in use.
  public internal(set) var themes = ThemeCycle()
  /// The saved filters `F` lists, and whether the list is shown.
  public internal(set) var savedFilters = SavedFilterPicker()
  /// `true` (the default) when opening a paper marks it read.
  public internal(set) var marksReadOnOpen = true
  /// The list's order: day by day, or "for you".
  public internal(set) var order: ListOrder = .day
  /// What "for you" ranks together: each day (the default) or every loaded paper.
  public internal(set) var rankScope: RankScope = .day
  /// The "for you" ranking as the model last reported it.
  public internal(set) var ranking: RankingStatus = .unavailable("the ranking is not running")
  /// The papers similar to one (`m`) while they are listed; `nil` otherwise.
  public internal(set) var similar: SimilarView?
  /// The config's watch lists.
  public internal(set) var watches: [SavedFilter] = []
  /// The watches each paper matches, by paper index (papers matching none are absent).
  public internal(set) var watchNames: [Int: [String]] = [:]
  /// `true` once the watches were matched against the papers.
  public internal(set) var watchesMatched = false
  /// How the reader marks papers as the user reads.
  public internal(set) var reading = ReadingSettings()
  /// The paper the user opened (Enter, or `n`/`N` in the detail pane) and has not left.
  public internal(set) var opened: ArxivID?
  /// Papers marked read on leaving whose change the store has not confirmed yet.
  var justRead: Set<ArxivID> = []
  /// A bulk change waiting for a yes.
  public internal(set) var pendingBulk: PendingBulk?
  /// The selection (`x`, `v`, `T`): paper indices, distinct from the cursor.
  public internal(set) var selection: Set<Int> = []
  /// The selection before the visual range started.
  var visualBase: Set<Int> = []
  /// The paper the visual range (`v`) started at, while it is on.
  public internal(set) var visualAnchor: Int?
  /// The `T` prompt's query while it is typed.
  public internal(set) var selectPrompt: String?
  /// `true` while the filter's answer comes from the first papers only (the full index is
  /// being built); it is completed when the index is ready.
  public internal(set) var isFilterPartial = false
  /// A count typed before a motion (`5j`), while it is typed.
  public internal(set) var pendingCount: Int?

  /// The key menu open over the screen (`y`, `f`), or `nil`.
  public internal(set) var menu: KeyMenu?
  /// `true` while the message list (`M`) is shown.
  public internal(set) var showsMessages = false
  /// Loading problems, then recent status messages, oldest first (the message list).
  public internal(set) var messages: [String] = []

  let engine: FilterEngine
  let lookup: PaperLookup

  /// Creates the state for a session over `papers` with the store's `marks`.
  ///
  /// The first paper is selected. Day headers are shown when the papers span several days or
  /// categories. With `isReadOnly`, marking keys say the state is read-only instead of
  /// asking the store.
  ///
  /// - Complexity: O(n) in the number of papers.
  public init(
    papers: [Paper], marks: Marks = Marks(), today: DigestDay, isReadOnly: Bool = false
  ) {
    self.papers = papers
    self.isReadOnly = isReadOnly
    self.sections = DaySection.sections(of: papers)
    self.today = today
    self.marks = marks
    self.visible = Array(papers.indices)
    self.engine = FilterEngine(papers: papers)
    self.lookup = PaperLookup(papers: papers)
    self.cursor = papers.isEmpty ? nil : 0
    rebuildRows()
    recount()
  }

  /// The selected paper, or `nil` when the list is empty.
  public var selectedPaper: Paper? {
    guard let cursor, visible.indices.contains(cursor) else { return nil }
    return papers[visible[cursor]]
  }

  /// The pane the keymap reads keys for: help when shown, the filter while typed, else
  /// ``focus``.
  public var activePane: Pane {
    if let exportPrompt { return exportPrompt.confirmsOverwrite ? .exportOverwrite : .export }
    if pendingBulk != nil { return .confirm }
    if selectPrompt != nil { return .selectPrompt }
    if showsHelp || showsMessages { return .help }
    if let menu { return menu.pane }
    if filter.isEditing { return .filter }
    return focus
  }

  /// Ranges of `text` matching the current filter, to highlight; empty without a filter.
  public func highlights(in text: String) -> [Range<String.Index>] {
    query?.highlights(in: text) ?? []
  }

  /// Ranges of `text`, a paper's `part`, matching the current filter's terms for that part
  /// (`ti:` terms only in titles, `au:` only in authors); empty without a filter.
  public func highlights(in text: String, part: Query.TextPart) -> [Range<String.Index>] {
    query?.highlights(in: text, part: part) ?? []
  }

  /// Builds the filter's search index ahead of the first filter; safe on any thread.
  public func prepareFilter() { engine.prepare() }

  /// `true` when day headers separate the list: several days are loaded, and the list is
  /// neither the similar papers nor one ranking over every day.
  public var showsDayHeaders: Bool {
    sections.count > 1 && similar == nil && !(isRanked && rankScope == .all)
  }

  // MARK: - Derived data

  /// Rebuilds ``rows`` and ``rowOfPosition`` from ``visible``.
  mutating func rebuildRows() {
    rows.removeAll(keepingCapacity: true)
    rowOfPosition.removeAll(keepingCapacity: true)
    rows.reserveCapacity(visible.count + (showsDayHeaders ? sections.count : 0))
    rowOfPosition.reserveCapacity(visible.count)
    guard showsDayHeaders else {
      rows.append(contentsOf: visible.map(ListRow.paper))
      rowOfPosition.append(contentsOf: visible.indices)
      return
    }
    var section = 0
    var position = 0
    while position < visible.count {
      let index = visible[position]
      while !sections[section].range.contains(index) { section += 1 }
      var end = position
      while end < visible.count, sections[section].range.contains(visible[end]) { end += 1 }
      rows.append(.header(section: section, count: end - position))
      for current in position..<end {
        rowOfPosition.append(rows.count)
        rows.append(.paper(visible[current]))
      }
      position = end
    }
  }

  /// Recomputes ``unreadCount`` and ``starredCount``.
  mutating func recount() {
    var read = 0
    var starred = 0
    for paper in papers {
      if marks.read.contains(paper.id) { read += 1 }
      if marks.starred.contains(paper.id) { starred += 1 }
    }
    unreadCount = papers.count - read
    starredCount = starred
  }
}
