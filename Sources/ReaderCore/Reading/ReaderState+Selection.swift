import ArxivDigest
import DigestQuery

extension ReaderState {
  /// `x`: puts the paper under the cursor in the selection, or takes it out, and moves on.
  mutating func toggleSelected() {
    guard let cursor, visible.indices.contains(cursor) else {
      status = "no paper selected"
      return
    }
    let index = visible[cursor]
    if selection.contains(index) {
      selection.remove(index)
      visualBase.remove(index)
    } else {
      selection.insert(index)
      visualBase.insert(index)
    }
    status = selectionStatus
    select(position: cursor + 1)
    if visualAnchor != nil { extendVisual() }
  }

  /// `v`: starts a visual range at the cursor (`j`/`k` extend it), or ends it.
  mutating func toggleVisual() {
    guard let cursor, visible.indices.contains(cursor) else { return }
    if visualAnchor != nil {
      visualAnchor = nil
      visualBase = selection
      status = selectionStatus
      return
    }
    visualBase = selection
    visualAnchor = visible[cursor]
    extendVisual()
    status = "visual: j/k extend, v ends · \(selectionStatus)"
  }

  /// The selection: what was selected before the visual range, plus the range from its anchor
  /// to the cursor.
  mutating func extendVisual() {
    guard let anchor = visualAnchor, let cursor, visible.indices.contains(cursor) else { return }
    guard let start = visible.firstIndex(of: anchor) else {
      visualAnchor = nil
      return
    }
    let range = min(start, cursor)...max(start, cursor)
    selection = visualBase.union(range.map { visible[$0] })
  }

  /// `T`: opens the prompt whose query adds every matching paper to the selection.
  mutating func beginSelectPrompt() {
    selectPrompt = ""
    status = nil
  }

  /// A key typed into the `T` prompt.
  mutating func editSelectPrompt(_ text: String) {
    guard let current = selectPrompt else { return }
    selectPrompt = current + text
  }

  /// Deletes the last character of the `T` prompt.
  mutating func deleteSelectPromptCharacter() {
    guard let current = selectPrompt else { return }
    selectPrompt = String(current.dropLast())
  }

  /// Adds every paper matching the `T` prompt's query to the selection.
  mutating func applySelectPrompt() {
    guard let text = selectPrompt else { return }
    selectPrompt = nil
    do throws(QueryError) {
      let query = try Query(parsing: text)
      guard !query.isEmpty else {
        status = "nothing selected: empty query"
        return
      }
      let matches = engine.matches(query, marks: marks, today: today)
      let before = selection.count
      selection.formUnion(matches)
      visualBase = selection
      status = "selected \(selection.count - before) papers matching \(text) · \(selectionStatus)"
    } catch {
      status = "nothing selected: \(error.description)"
    }
  }

  /// Closes the `T` prompt without selecting.
  mutating func cancelSelectPrompt() {
    selectPrompt = nil
    status = nil
  }

  /// Empties the selection.
  mutating func clearSelection() {
    selection = []
    visualBase = []
    visualAnchor = nil
    status = "selection cleared"
  }

  /// `3 selected`.
  var selectionStatus: String { "\(selection.count) selected" }

  /// The selected papers in list order (listed ones first, then any filtered out).
  var selectedIndices: [Int] {
    let listed = visible.filter { selection.contains($0) }
    let hidden = selection.subtracting(listed).sorted()
    return listed + hidden
  }

  /// `r` on the selection: marks every selected paper read, or unread when all are read.
  mutating func toggleSelectionRead() -> [ReaderEffect] {
    guard !isReadOnly else { return refuseReadOnly() }
    let indices = selectedIndices
    let allRead = indices.allSatisfy { marks.isRead(papers[$0].id) }
    let change = MarkChange(
      .read, !allRead, ids: indices.map { papers[$0].id }, source: .bulk)
    return confirmed(
      [.applyMark(change, papers: [])], count: indices.count,
      question: "mark \(indices.count) selected papers \(allRead ? "unread" : "read")?")
  }

  /// `s` on the selection: stars every selected paper, or unstars them when all are starred.
  mutating func toggleSelectionStar() -> [ReaderEffect] {
    guard !isReadOnly else { return refuseReadOnly() }
    let indices = selectedIndices
    let allStarred = indices.allSatisfy { marks.isStarred(papers[$0].id) }
    let change = MarkChange(
      .starred, !allStarred, ids: indices.map { papers[$0].id }, source: .bulk)
    return confirmed(
      [.applyMark(change, papers: allStarred ? [] : indices.map { papers[$0] })],
      count: indices.count,
      question: "\(allStarred ? "unstar" : "star") \(indices.count) selected papers?")
  }

  /// `D` or `A` with a selection: marks the selected papers read.
  mutating func markSelectionRead() -> [ReaderEffect] {
    markRead(selectedIndices, what: "in the selection")
  }
}
