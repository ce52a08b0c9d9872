extension ReaderAction {
  /// The stable name the config's `[keys]` uses for this action (`toggle-star`), or `nil`
  /// for results and text input, which no key triggers directly.
  public var bindingName: String? {
    switch self {
    case .moveDown: return "move-down"
    case .moveUp: return "move-up"
    case .moveToFirst: return "first"
    case .moveToLast: return "last"
    case .halfPageDown: return "half-page-down"
    case .halfPageUp: return "half-page-up"
    case .pageDown: return "page-down"
    case .pageUp: return "page-up"
    case .open: return "open"
    case .switchPane: return "switch-pane"
    case .beginFilter: return "filter"
    case .back: return "back"
    case .toggleRead: return "toggle-read"
    case .toggleStar: return "star"
    case .nextUnread: return "next-unread"
    case .previousUnread: return "previous-unread"
    case .undo: return "undo"
    case .redo: return "redo"
    case .openInBrowser: return "open-in-browser"
    case .toggleHelp: return "help"
    case .toggleLaTeX: return "toggle-latex"
    case .quit: return "quit"
    case .cycleTheme: return "cycle-theme"
    case .showSavedFilters: return "saved-filters"
    case .deleteFilterCharacter: return "filter-delete"
    case .applyFilter: return "filter-keep"
    case .clearFilter: return "filter-clear"
    case .beginExport: return "export"
    case .toggleOrder: return "for-you"
    case .markDayRead: return "mark-day-read"
    case .markViewRead: return "mark-view-read"
    case .toggleSelected: return "select"
    case .toggleVisual: return "select-range"
    case .beginSelectPrompt: return "select-matching"
    case .deleteSelectPromptCharacter: return "select-prompt-delete"
    case .applySelectPrompt: return "select-prompt-apply"
    case .cancelSelectPrompt: return "select-prompt-cancel"
    case .confirmBulk(let yes): return yes ? "confirm-yes" : "confirm-no"
    case .nextDay: return "next-day"
    case .previousDay: return "previous-day"
    case .nextUnreadDay: return "next-unread-day"
    case .previousUnreadDay: return "previous-unread-day"
    case .moreLikeThis: return "more-like-this"
    case .export(let key): return key.bindingName
    case .beginYank: return "yank"
    case .yankID: return "yank-id"
    case .yank(let item): return "yank-menu-" + item.bindingSuffix
    case .openPDF: return "open-pdf"
    case .beginFollow: return "follow"
    case .followLink: return "follow-link"
    case .reload: return "reload"
    case .toggleMessages: return "messages"
    case .editFilter, .setViewport, .marksChanged, .marksApplied, .marksRefreshed, .showStatus,
      .editExportPath, .exportFinished, .rankingChanged, .similarFound, .filterIndexReady,
      .editSelectPrompt, .countDigit, .openLink, .scroll, .selectRow, .digestsReloaded,
      .marksChangedElsewhere, .reportLoadProblems, .digestsChangedOnDisk:
      return nil
    }
  }
}

extension ExportPromptAction {
  /// The stable name the config's `[keys]` uses for this key of the export prompt.
  public var bindingName: String {
    switch self {
    case .nextFormat: return "export-next-format"
    case .previousFormat: return "export-previous-format"
    case .deleteCharacter: return "export-delete"
    case .deleteWord: return "export-delete-word"
    case .clearPath: return "export-clear-path"
    case .confirm: return "export-confirm"
    case .overwrite: return "export-overwrite"
    case .append: return "export-append"
    case .keepFile: return "export-keep-file"
    case .cancel: return "export-cancel"
    }
  }
}

extension YankItem {
  /// The end of the config name of the yank menu's key for this item (`yank-menu-bibtex`).
  var bindingSuffix: String {
    switch self {
    case .id: return "id"
    case .absURL: return "url"
    case .pdfURL: return "pdf"
    case .bibtex: return "bibtex"
    case .markdownLink: return "markdown"
    case .title: return "title"
    }
  }
}
