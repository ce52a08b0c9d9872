/// A part of the reader screen that can have the keyboard.
///
/// The keymap binds keys per pane, so `j` moves the selection in the list and scrolls the text
/// in the detail pane.
public enum Pane: String, Hashable, Sendable, CaseIterable {
  /// The list of papers.
  case list
  /// The selected paper in full.
  case detail
  /// The one-line filter being edited.
  case filter
  /// The help screen listing every key.
  case help
  /// The export prompt, its path being edited.
  case export
  /// The export prompt asking whether to overwrite an existing file.
  case exportOverwrite = "overwrite"
  /// A bulk change asking for a yes.
  case confirm
  /// The `T` prompt: a query whose matches join the selection.
  case selectPrompt = "select"
  /// The yank menu: one key per thing to copy.
  case yank
  /// Waiting for the number of a link to open.
  case follow
}
