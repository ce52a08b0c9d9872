import ArxivDigest
import DigestQuery
import Foundation

extension ReaderState {
  /// Opens the filter line, starting from the kept filter if any.
  mutating func beginFilter() {
    showsHelp = false
    focus = .list
    filter = .editing(draft: filter.text, error: nil)
  }

  /// Narrows the list to `draft`, live. A draft that does not parse keeps the last result.
  mutating func editFilter(to draft: String) {
    guard filter.isEditing else { return }
    do throws(QueryError) {
      let parsed = try Query(parsing: draft)
      filter = .editing(draft: draft, error: nil)
      show(parsed.isEmpty ? nil : parsed)
    } catch {
      filter = .editing(draft: draft, error: error.description)
    }
  }

  /// Keeps the filter being edited (an empty one is cleared).
  mutating func applyFilter() {
    guard case .editing(let draft, let error) = filter else { return }
    if draft.trimmingCharacters(in: .whitespaces).isEmpty {
      clearFilter()
    } else if let error {
      status = "filter not kept: \(error)"
    } else {
      filter = .applied(draft)
      status = "\(visible.count) of \(papers.count) papers match"
    }
  }

  /// Drops the filter and lists every paper, keeping the selected paper selected.
  mutating func clearFilter() {
    filter = .off
    isFilterPartial = false
    show(nil)
  }

  /// The full index is ready: a filter answered from the first papers only is answered again,
  /// completely, keeping the selected paper.
  mutating func completePartialFilter() {
    guard isFilterPartial, let query else { return }
    show(query)
  }

  /// Filters again after marks changed when the filter has `is:` terms, so the list stays
  /// true; while the detail pane has the keyboard the paper being read stays until the list
  /// gets the keyboard back.
  mutating func refilterAfterMarks() {
    guard similar == nil, let query, query.dependsOnMarks else { return }
    if activePane == .detail {
      isFilterStale = true
    } else {
      show(query)
    }
  }

  /// Filters again if marks changed while the detail pane had the keyboard.
  mutating func refilterIfStale() {
    guard isFilterStale, activePane != .detail else { return }
    isFilterStale = false
    show(query)
  }

  /// Lists the papers matching `query` (every paper for `nil`) and keeps the selection on the
  /// same paper, or the nearest listed one after it, when it is filtered out.
  mutating func show(_ query: Query?) {
    isFilterStale = false
    let selected = cursor.flatMap { visible.indices.contains($0) ? visible[$0] : nil }
    self.query = query
    if similar != nil { leaveSimilar() }
    if let query {
      let answer = engine.currentMatches(query, marks: marks, today: today)
      visible = answer.indices
      isFilterPartial = !answer.isComplete
    } else if visible.count != papers.count || isRanked {
      visible = Array(papers.indices)
    }
    if isRanked {
      visible = arranged(visible)
      rebuildRows()
      reselect(selected)
      return
    }
    rebuildRows()
    guard !visible.isEmpty else {
      cursor = nil
      listTop = 0
      detailTop = 0
      return
    }
    var position = 0
    if let selected {
      position = lowerBound(of: selected)
      if position == visible.count { position = visible.count - 1 }
    }
    if visible[position] != selected { detailTop = 0 }
    cursor = position
    scrollSelectionIntoView()
  }

  /// The first position in ``visible`` whose paper index is at least `index`.
  private func lowerBound(of index: Int) -> Int {
    var low = 0
    var high = visible.count
    while low < high {
      let middle = (low + high) / 2
      if visible[middle] < index { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
