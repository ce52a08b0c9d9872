/// A semantic role a cell plays; a ``Theme`` gives each a style.
///
/// Raw values are the dotted keys theme files use (`list.selected`, `detail.title`).
public enum ThemeElement: String, Hashable, Sendable, CaseIterable {
  /// Anything without a role.
  case normal
  /// The selected row of the list.
  case listSelected = "list.selected"
  /// The selected row of the list while the detail pane has the keyboard.
  case listSelectedInactive = "list.selected.inactive"
  /// A row of an unread paper.
  case listUnread = "list.unread"
  /// A row of a read paper.
  case listRead = "list.read"
  /// The mark of a paper in the selection (`x`, `v`, `T`).
  case listMarked = "list.marked"
  /// The star of a starred paper.
  case star
  /// Text matching the filter.
  case match
  /// A day header in the list.
  case header
  /// The line between list and detail.
  case divider
  /// The paper's title in the detail pane.
  case detailTitle = "detail.title"
  /// A field name in the detail pane (`id`, `authors`).
  case detailLabel = "detail.label"
  /// A link in the detail pane.
  case detailLink = "detail.link"
  /// The abstract and field values.
  case detailText = "detail.text"
  /// The status bar.
  case status
  /// The last message in the status bar.
  case statusMessage = "status.message"
  /// The filter line.
  case filter
  /// A filter that does not parse, and why.
  case filterError = "filter.error"
  /// The help screen.
  case help
  /// Keys on the help screen.
  case helpKey = "help.key"
  /// Notes such as "terminal too small" and empty results.
  case note
  /// Bold text in titles and abstracts.
  case bold
  /// Italic text in titles and abstracts.
  case italic
  /// Code and monospace text in titles and abstracts.
  case code
  /// The name of a watch list on a paper it matches.
  case watch
  /// The "for you" score mark (`▮▮▯`) and the reasons for it.
  case score
}
