import ArxivDigest

extension ReaderState {
  /// Applies an action and returns the side effects the shell must perform.
  ///
  /// Pure: no I/O happens here. Marks change only when the store reports a commit through
  /// ``ReaderAction/marksChanged(_:message:)``, so the screen never shows an uncommitted mark.
  ///
  /// - Returns: Effects in the order they should run; empty for most actions.
  public mutating func reduce(_ action: ReaderAction) -> [ReaderEffect] {
    let before = status
    let effects = reduceAction(action)
    if let status, status != before { remember(status) }
    return effects
  }

  private mutating func reduceAction(_ action: ReaderAction) -> [ReaderEffect] {
    if savedFilters.isShown, let effects = reduceInSavedFilters(action) { return effects }
    switch action {
    case .moveDown: move(by: 1)
    case .moveUp: move(by: -1)
    case .moveToFirst: move(to: .first)
    case .moveToLast: move(to: .last)
    case .halfPageDown: move(by: max(1, pageRows / 2))
    case .halfPageUp: move(by: -max(1, pageRows / 2))
    case .pageDown: move(by: max(1, pageRows - 1))
    case .pageUp: move(by: -max(1, pageRows - 1))
    case .open: return readOnlyChecked(open())
    case .switchPane:
      focus = focus == .list ? .detail : .list
      refilterIfStale()
    case .beginFilter:
      beginFilter()
    case .back: back()
    case .toggleRead: return toggle(.read)
    case .toggleStar: return toggle(.starred)
    case .nextUnread: selectUnread(forward: true)
    case .previousUnread: selectUnread(forward: false)
    case .undo: return isReadOnly ? refuseReadOnly() : [.undoMark]
    case .redo: return isReadOnly ? refuseReadOnly() : [.redoMark]
    case .openInBrowser:
      guard let paper = selectedPaper else {
        status = "no paper selected"
        return []
      }
      status = "opening \(paper.absURL)"
      return [.openURL(paper.absURL)]
    case .toggleHelp:
      showsMessages = false
      showsHelp.toggle()
      helpTop = 0
    case .toggleLaTeX:
      showsRawLaTeX.toggle()
      status = showsRawLaTeX ? "showing LaTeX as written" : "showing LaTeX typeset"
    case .quit:
      isQuitting = true
      return [.quit]
    case .cycleTheme: return cycleTheme()
    case .showSavedFilters: showSavedFilters()
    case .toggleOrder: toggleOrder()
    case .moreLikeThis: return beginSimilar()
    case .rankingChanged(let status): rankingChanged(status)
    case .similarFound(let paper, let neighbours): showSimilar(to: paper, neighbours: neighbours)
    case .filterIndexReady: matchWatches()
    case .editFilter(let text):
      editFilter(to: filter.text + text)
    case .deleteFilterCharacter:
      editFilter(to: String(filter.text.dropLast()))
    case .applyFilter: applyFilter()
    case .clearFilter: clearFilter()
    case .setViewport(let viewport):
      self.viewport = viewport
      clampScrolling()
    case .marksChanged(let marks, let message):
      self.marks = marks
      status = message
      recount()
      if watchesMatched, watchesDependOnMarks { matchWatches() }
      refilterAfterMarks()
    case .showStatus(let message):
      status = message
    case .beginExport: beginExport()
    case .export(let key): return reduceExport(key)
    case .editExportPath(let text): editExportPath(text)
    case .exportFinished(let outcome): finishExport(outcome)
    case .beginYank: beginYank()
    case .yank(let item): return yank(item)
    case .yankID: return yank(.id)
    case .openPDF: return openPDF()
    case .beginFollow: beginFollow()
    case .followLink(let number): return followLink(number)
    case .openLink(let url):
      status = "opening \(url)"
      return [.openURL(url)]
    case .scroll(let pane, let lines): scroll(pane, by: lines)
    case .selectRow(let row): selectRow(row)
    case .reload:
      status = "reloading the digests…"
      return [.reloadDigests]
    case .digestsReloaded(let papers, let problems, let files):
      reload(papers, problems: problems, files: files)
    case .marksChangedElsewhere(let marks): adoptMarks(marks)
    case .digestsChangedOnDisk: status = "the digests changed on disk: R reloads them"
    case .reportLoadProblems(let problems, let files):
      reportLoadProblems(problems, files: files)
    case .toggleMessages:
      showsHelp = false
      showsMessages.toggle()
      helpTop = 0
    }
    return []
  }

  /// Rows a page key pages by, in the pane that has the keyboard.
  var pageRows: Int {
    switch activePane {
    case .list, .filter, .export, .exportOverwrite: return viewport.listRows
    case .detail: return viewport.detailRows
    case .help: return viewport.helpRows
    case .yank, .follow: return 0
    }
  }

  private mutating func open() -> [ReaderEffect] {
    guard let paper = selectedPaper else {
      status = "no paper to open"
      return []
    }
    focus = .detail
    detailTop = 0
    guard marksReadOnOpen, !marks.isRead(paper.id) else { return [] }
    return [.applyMark(MarkChange(.read, true, ids: [paper.id]), papers: [paper])]
  }

  private mutating func back() {
    if menu != nil {
      menu = nil
      status = nil
    } else if showsMessages {
      showsMessages = false
    } else if showsHelp {
      showsHelp = false
    } else if focus == .detail {
      focus = .list
      refilterIfStale()
    } else if similar != nil {
      leaveSimilar()
    } else if filter != .off {
      clearFilter()
    } else {
      status = nil
    }
  }
}
