import DigestQuery

extension ReaderState {
  /// Sets the saved filters `F` lists.
  public mutating func useSavedFilters(_ filters: [SavedFilter]) {
    savedFilters = SavedFilterPicker(filters: filters)
  }

  /// Counts every saved filter and watch list against the loaded papers and shows the list.
  mutating func showSavedFilters() {
    guard !savedFilters.filters.isEmpty || !watches.isEmpty else {
      status =
        "no saved filters: add [filters] name = \"query\" (or [watch]) to the config"
      return
    }
    showsHelp = false
    let listed = savedFilters.filters.map { ($0, false) } + watches.map { ($0, true) }
    savedFilters.rows = listed.map { saved, isWatch in
      do throws(QueryError) {
        let query = try saved.parsed()
        let count =
          query.isEmpty ? papers.count : engine.matches(query, marks: marks, today: today).count
        return SavedFilterPicker.Row(filter: saved, count: count, error: nil, isWatch: isWatch)
      } catch {
        return SavedFilterPicker.Row(
          filter: saved, count: nil, error: error.description, isWatch: isWatch)
      }
    }
    savedFilters.cursor = 0
    savedFilters.isShown = true
  }

  /// Handles `action` while the saved filters are listed; `nil` lets the usual reducer run.
  mutating func reduceInSavedFilters(_ action: ReaderAction) -> [ReaderEffect]? {
    let last = savedFilters.rows.count - 1
    switch action {
    case .moveDown, .pageDown, .halfPageDown:
      savedFilters.cursor = min(last, savedFilters.cursor + 1)
    case .moveUp, .pageUp, .halfPageUp:
      savedFilters.cursor = max(0, savedFilters.cursor - 1)
    case .moveToFirst: savedFilters.cursor = 0
    case .moveToLast: savedFilters.cursor = max(0, last)
    case .open, .applyFilter: applySavedFilter()
    case .back, .showSavedFilters, .clearFilter: savedFilters.isShown = false
    case .quit, .setViewport, .marksChanged, .marksApplied, .marksRefreshed, .showStatus,
      .exportFinished, .rankingChanged, .similarFound, .filterIndexReady, .marksChangedElsewhere,
      .digestsReloaded, .digestsChangedOnDisk, .reportLoadProblems, .scroll:
      return nil
    case .switchPane, .beginFilter, .toggleRead, .toggleStar, .nextUnread, .previousUnread,
      .undo, .redo, .openInBrowser, .toggleHelp, .toggleLaTeX, .cycleTheme, .editFilter,
      .deleteFilterCharacter, .beginExport, .export, .editExportPath, .toggleOrder, .moreLikeThis,
      .markDayRead, .markViewRead, .toggleSelected, .toggleVisual, .beginSelectPrompt,
      .editSelectPrompt, .deleteSelectPromptCharacter, .applySelectPrompt, .cancelSelectPrompt,
      .confirmBulk, .nextDay, .previousDay, .nextUnreadDay, .previousUnreadDay, .countDigit,
      .beginYank, .yank, .yankID, .openPDF, .beginFollow, .followLink, .openLink, .selectRow,
      .reload, .toggleMessages:
      savedFilters.isShown = false
      return nil
    }
    return []
  }

  /// Applies the highlighted saved filter as if typed and kept.
  private mutating func applySavedFilter() {
    savedFilters.isShown = false
    guard savedFilters.rows.indices.contains(savedFilters.cursor) else { return }
    let row = savedFilters.rows[savedFilters.cursor]
    if let error = row.error {
      status = "filter \(row.filter.name) not applied: \(error)"
      return
    }
    do throws(QueryError) {
      let query = try row.filter.parsed()
      focus = .list
      filter = .applied(row.filter.query)
      show(query.isEmpty ? nil : query)
      status = "filter \(row.filter.name): \(visible.count) of \(papers.count) papers"
    } catch {
      status = "filter \(row.filter.name) not applied: \(error.description)"
    }
  }
}
