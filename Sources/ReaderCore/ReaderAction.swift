import ArxivDigest

/// A user intent or a result coming back from the shell; the only input of
/// ``ReaderState/reduce(_:)``.
///
/// Keys map to intents through ``Keymap``; the session feeds effect results back as
/// ``marksChanged(_:message:)``, ``exportFinished(_:)`` and ``showStatus(_:)``.
public enum ReaderAction: Hashable, Sendable {
  /// Next paper (list), next line (detail, help).
  case moveDown
  /// Previous paper (list), previous line (detail, help).
  case moveUp
  /// First paper, or top of the text.
  case moveToFirst
  /// Last paper, or end of the text.
  case moveToLast
  /// Half a page down.
  case halfPageDown
  /// Half a page up.
  case halfPageUp
  /// A page down.
  case pageDown
  /// A page up.
  case pageUp
  /// Shows the selected paper in the detail pane and marks it read.
  case open
  /// Moves the keyboard between the list and the detail pane.
  case switchPane
  /// Opens the filter line for editing.
  case beginFilter
  /// Closes help, leaves the detail pane, or clears the filter, in that order.
  case back
  /// Marks the selected paper read, or unread when it is read.
  case toggleRead
  /// Stars the selected paper, or unstars it.
  case toggleStar
  /// Selects the next unread paper below the selection.
  case nextUnread
  /// Selects the previous unread paper above the selection.
  case previousUnread
  /// Reverts the last mark change.
  case undo
  /// Re-applies the last undone mark change.
  case redo
  /// Opens the selected paper's abstract page in the browser.
  case openInBrowser
  /// Shows or hides the help screen.
  case toggleHelp
  /// Shows titles and abstracts as written (raw LaTeX) or typeset as Unicode.
  case toggleLaTeX
  /// Leaves the reader.
  case quit
  /// Switches to the next theme of ``ReaderState/themes``.
  case cycleTheme
  /// Opens the list of saved filters with their counts (choosing one applies it).
  case showSavedFilters
  /// Marks every paper of the selected paper's day read (the selection's, when there is one).
  case markDayRead
  /// Marks every paper in the current view read (the selection's, when there is one).
  case markViewRead
  /// Puts the paper under the cursor in the selection, or takes it out.
  case toggleSelected
  /// Starts or ends a visual range that `j`/`k` extend.
  case toggleVisual
  /// Opens the prompt whose query adds matching papers to the selection.
  case beginSelectPrompt
  /// Appends text to the selection prompt.
  case editSelectPrompt(String)
  /// Deletes the last character of the selection prompt.
  case deleteSelectPromptCharacter
  /// Adds the papers matching the selection prompt to the selection.
  case applySelectPrompt
  /// Closes the selection prompt.
  case cancelSelectPrompt
  /// Answers a bulk change's question: `true` makes it.
  case confirmBulk(Bool)
  /// First paper of the next day.
  case nextDay
  /// First paper of the previous day.
  case previousDay
  /// First unread paper of the next day with unread papers.
  case nextUnreadDay
  /// First unread paper of the previous day with unread papers.
  case previousUnreadDay
  /// A digit of a count typed before a motion (`5j`).
  case countDigit(Int)
  /// Switches the list between day order and "for you".
  case toggleOrder
  /// Lists the papers most similar to the selected one.
  case moreLikeThis
  /// The ranking model reported a new ranking, or that it cannot rank.
  case rankingChanged(RankingStatus)
  /// The shell found the papers similar to `paper` (most similar first).
  case similarFound(paper: Int, neighbours: [SimilarPaper])
  /// The search index is built: watch lists can be matched.
  case filterIndexReady
  /// Appends text to the filter being edited.
  case editFilter(String)
  /// Deletes the last character of the filter being edited.
  case deleteFilterCharacter
  /// Keeps the filter being edited and returns to the list.
  case applyFilter
  /// Drops the filter and shows every paper.
  case clearFilter
  /// The screen was laid out anew (start, resize, new selection).
  case setViewport(Viewport)
  /// The store committed a change: these are now the marks, and `message` says what happened.
  case marksChanged(Marks, message: String)
  /// The store committed `change` (the new marks are the old ones with it applied).
  case marksApplied(MarkChange, message: String)
  /// The store changed the marks of `ids` (an undo or a redo): `marks` holds their marks now.
  case marksRefreshed(Marks, ids: [ArxivID], message: String)
  /// Shows a message in the status bar.
  case showStatus(String)
  /// Opens the prompt that exports the starred papers.
  case beginExport
  /// A key of the export prompt.
  case export(ExportPromptAction)
  /// Appends text to the export path.
  case editExportPath(String)
  /// The shell wrote an export, or could not.
  case exportFinished(ExportOutcome)
  /// Opens the yank menu for ``ReaderState/yankPapers``.
  case beginYank
  /// Copies this of ``ReaderState/yankPapers`` to the clipboard (closing the yank menu).
  case yank(YankItem)
  /// Copies the arXiv id of ``ReaderState/yankPapers`` at once (`Y`).
  case yankID
  /// Opens the selected paper's PDF in the browser.
  case openPDF
  /// Waits for the number of a link of the selected paper (`f`, then `1`…`9`).
  case beginFollow
  /// Opens link `number` (from 1) of the selected paper's abstract and comments.
  case followLink(Int)
  /// Opens a URL clicked on the screen.
  case openLink(String)
  /// Scrolls a pane by lines (the mouse wheel): the list moves its selection.
  case scroll(Pane, by: Int)
  /// Selects the paper on this list row (a click); header rows select nothing.
  case selectRow(Int)
  /// Reads the digests again (`R`).
  case reload
  /// The shell read the digests again: these are the papers now, `problems` what loading
  /// reported (one line each) and `files` how many files they are about.
  case digestsReloaded([Paper], problems: [String], files: Int)
  /// The digest files changed on disk since they were read: `R` would read them.
  case digestsChangedOnDisk
  /// Another process changed the marks: these are the store's marks now.
  case marksChangedElsewhere(Marks)
  /// Reports what loading the digests found wrong (one line per problem), once.
  case reportLoadProblems([String], files: Int)
  /// Shows or hides the message list (loading problems and recent messages).
  case toggleMessages
}
