import ArxivDigest

extension ReaderState {
  /// The state over `papers` read again from disk, keeping what the user set up: marks,
  /// filter, order, themes, saved filters, watches, the pane with the keyboard and the
  /// cursor on the same paper (by id) when it is still there.
  ///
  /// The "for you" ranking and the similar papers refer to papers by position, so they are
  /// dropped until the shell ranks the new papers. A selection set, when there is one, is to
  /// be carried over here by id like the cursor.
  /// Problems already in the message list are not announced again.
  mutating func reload(_ newPapers: [Paper], problems: [String], files: Int) {
    let previousIDs = Set(papers.map(\.id))
    let selectedID = selectedPaper?.id
    var next = ReaderState(papers: newPapers, marks: marks, today: today, isReadOnly: isReadOnly)
    next.focus = focus
    next.showsHelp = showsHelp
    next.viewport = viewport
    next.showsRawLaTeX = showsRawLaTeX
    next.themes = themes
    next.savedFilters = savedFilters
    next.marksReadOnOpen = marksReadOnOpen
    next.reading = reading
    next.rankScope = rankScope
    next.lastExport = lastExport
    next.exportPrompt = exportPrompt
    next.messages = messages
    next.showsMessages = showsMessages
    next.helpTop = helpTop
    next.useWatches(watches)
    if order != .day {
      next.order = order
      next.ranking = .training
    }
    next.filter = filter
    next.query = query
    if let selectedID, let index = newPapers.firstIndex(where: { $0.id == selectedID }) {
      next.cursor = index
    }
    if let query { next.show(query) } else { next.scrollSelectionIntoView() }
    if let selectedID, let index = newPapers.firstIndex(where: { $0.id == selectedID }),
      let position = next.visible.firstIndex(of: index)
    {
      if next.cursor != position { next.select(position: position) }
      next.detailTop = next.cursor == position ? detailTop : 0
    }
    let added = newPapers.filter { !previousIDs.contains($0.id) }.count
    let removed = papers.count + added - newPapers.count
    var message = added == 1 ? "reloaded: 1 paper added" : "reloaded: \(added) papers added"
    if removed > 0 { message += ", \(removed) gone" }
    let known = Set(messages)
    let fresh = problems.filter { !known.contains($0) }
    next.messages.append(contentsOf: fresh)
    if !fresh.isEmpty { message += " · \(ReaderState.problemSummary(files))" }
    // Paper indices change with the papers: the selection is kept by id.
    let selectedIDs = Set(selection.map { papers[$0].id })
    if !selectedIDs.isEmpty {
      next.selection = Set(newPapers.indices.filter { selectedIDs.contains(newPapers[$0].id) })
      next.visualBase = next.selection
    }
    next.status = message
    self = next
  }

  /// Takes marks changed by another process, silently: counts, watches and a filter on marks
  /// follow them as they do after the reader's own changes.
  mutating func adoptMarks(_ newMarks: Marks) {
    guard newMarks != marks else { return }
    marks = newMarks
    recount()
    if watchesMatched, watchesDependOnMarks { matchWatches() }
    refilterAfterMarks()
  }

  /// Keeps loading problems for the message list and says once how many there are.
  mutating func reportLoadProblems(_ problems: [String], files: Int) {
    guard !problems.isEmpty else { return }
    messages.insert(contentsOf: problems, at: 0)
    status = ReaderState.problemSummary(files)
  }

  /// `2 files had problems: digest check …, M lists them`.
  static func problemSummary(_ files: Int) -> String {
    let subject = files == 1 ? "1 file had problems" : "\(files) files had problems"
    return "\(subject): digest check …, M lists them"
  }

  /// Remembers `message` for the message list (the last 200 are kept).
  mutating func remember(_ message: String) {
    guard !message.isEmpty, messages.last != message else { return }
    messages.append(message)
    if messages.count > 200 { messages.removeFirst(messages.count - 200) }
  }
}
