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
    let count = pendingCount
    if !action.isResult, action.countDigitValue == nil { pendingCount = nil }
    let times = count ?? 1
    let effects = reduceAction(action, times: times, count: count)
    if let opened, selectedPaper?.id != opened { self.opened = nil }
    if visualAnchor != nil, !action.isResult { extendVisual() }
    return effects
  }

  private mutating func reduceAction(_ action: ReaderAction, times: Int, count: Int?)
    -> [ReaderEffect]
  {
    switch action {
    case .moveDown: move(by: times)
    case .moveUp: move(by: -times)
    case .moveToFirst: move(to: .first)
    case .moveToLast:
      if let count, activePane == .list || activePane == .filter {
        select(position: count - 1)
      } else {
        move(to: .last)
      }
    case .halfPageDown: move(by: times * max(1, pageRows / 2))
    case .halfPageUp: move(by: -times * max(1, pageRows / 2))
    case .pageDown: move(by: times * max(1, pageRows - 1))
    case .pageUp: move(by: -times * max(1, pageRows - 1))
    case .open: return readOnlyChecked(open())
    case .switchPane:
      focus = focus == .list ? .detail : .list
      refilterIfStale()
    case .beginFilter:
      beginFilter()
    case .back: return readOnlyChecked(back())
    case .toggleRead:
      if !selection.isEmpty { return toggleSelectionRead() }
      let effects = toggle(.read)
      advanceAfterMark()
      return effects
    case .toggleStar:
      if !selection.isEmpty { return toggleSelectionStar() }
      let effects = toggle(.starred)
      advanceAfterMark()
      return effects
    case .nextUnread: return readOnlyChecked(readNext(forward: true, times: times))
    case .previousUnread: return readOnlyChecked(readNext(forward: false, times: times))
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
      if showsHelp || showsMessages {
        // In the help (or the messages), q closes it.
        showsHelp = false
        showsMessages = false
        return []
      }
      isQuitting = true
      return [.quit]
    case .cycleTheme: return cycleTheme()
    case .showSavedFilters: showSavedFilters()
    case .toggleOrder: toggleOrder()
    case .moreLikeThis: return beginSimilar()
    case .rankingChanged(let status): rankingChanged(status)
    case .similarFound(let paper, let neighbours): showSimilar(to: paper, neighbours: neighbours)
    case .filterIndexReady:
      completePartialFilter()
      matchWatches()
    case .markDayRead: return markDayRead()
    case .markViewRead: return markViewRead()
    case .toggleSelected: toggleSelected()
    case .toggleVisual: toggleVisual()
    case .beginSelectPrompt: beginSelectPrompt()
    case .editSelectPrompt(let text): editSelectPrompt(text)
    case .deleteSelectPromptCharacter: deleteSelectPromptCharacter()
    case .applySelectPrompt: applySelectPrompt()
    case .cancelSelectPrompt: cancelSelectPrompt()
    case .confirmBulk(let yes): return answerBulk(yes)
    case .nextDay: jumpDay(forward: true, unreadOnly: false, times: times)
    case .previousDay: jumpDay(forward: false, unreadOnly: false, times: times)
    case .nextUnreadDay: jumpDay(forward: true, unreadOnly: true, times: times)
    case .previousUnreadDay: jumpDay(forward: false, unreadOnly: true, times: times)
    case .countDigit(let digit):
      let value = (count ?? 0) * 10 + digit
      pendingCount = value == 0 ? nil : min(value, 99_999)
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
      justRead.subtract(marks.read)
      status = message
      recount()
      if watchesMatched, watchesDependOnMarks { matchWatches() }
      refilterAfterMarks()
    case .marksApplied(let change, let message):
      applyMarkDelta(ids: change.ids, message: message) { $0.apply(change) }
    case .marksRefreshed(let now, let ids, let message):
      applyMarkDelta(ids: ids, message: message) { marks in
        for id in ids {
          if now.isRead(id) { marks.read.insert(id) } else { marks.read.remove(id) }
          if now.isStarred(id) { marks.starred.insert(id) } else { marks.starred.remove(id) }
          if now.readInBulk.contains(id) {
            marks.readInBulk.insert(id)
          } else {
            marks.readInBulk.remove(id)
          }
        }
      }
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
    case .list, .filter, .export, .exportOverwrite, .confirm, .selectPrompt: return viewport.listRows
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
    opened = paper.id
    guard marksReadOnOpen, !marks.isRead(paper.id) else { return [] }
    return [
      .applyMark(MarkChange(.read, true, ids: [paper.id], source: .opened), papers: [paper])
    ]
  }

  /// Esc: closes the innermost thing, one per press: a menu, the messages or the help, then
  /// the detail when it has the keyboard (marking the paper read on leaving it, the list keeping
  /// its filter), then a temporary list (the similar papers), then the selection, then the
  /// filter. Prompts close themselves.
  private mutating func back() -> [ReaderEffect] {
    if menu != nil {
      menu = nil
      status = nil
    } else if showsMessages {
      showsMessages = false
    } else if showsHelp {
      showsHelp = false
    } else if focus == .detail {
      let effects = leaveOpenedPaper()
      focus = .list
      refilterIfStale()
      return effects
    } else if similar != nil {
      leaveSimilar()
    } else if !selection.isEmpty || visualAnchor != nil {
      clearSelection()
    } else if filter != .off {
      clearFilter()
    } else {
      status = nil
    }
    return []
  }
}

extension ReaderAction {
  /// `true` for results the shell sends back (not keys): they leave a typed count alone.
  var isResult: Bool {
    switch self {
    case .setViewport, .marksChanged, .marksApplied, .marksRefreshed, .showStatus,
      .exportFinished, .rankingChanged, .similarFound, .filterIndexReady, .digestsReloaded,
      .marksChangedElsewhere, .digestsChangedOnDisk, .reportLoadProblems:
      return true
    default:
      return false
    }
  }

  /// The digit of ``countDigit(_:)``, else `nil`.
  var countDigitValue: Int? {
    if case .countDigit(let digit) = self { return digit }
    return nil
  }
}
