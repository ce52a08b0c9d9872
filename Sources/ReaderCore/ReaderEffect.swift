import ArxivDigest

/// Work the reducer asks the shell to do: returned by ``ReaderState/reduce(_:)``, performed by
/// the session, with results sent back as actions.
public enum ReaderEffect: Hashable, Sendable {
  /// Commit a mark change to the store; `papers` are the papers it is about.
  case applyMark(MarkChange, papers: [Paper])
  /// Undo the last mark change in the store.
  case undoMark
  /// Redo the last undone mark change in the store.
  case redoMark
  /// Open a web page in the user's browser.
  case openURL(String)
  /// Write the starred papers to a file, then report with
  /// ``ReaderAction/exportFinished(_:)``.
  case exportStarred(ExportRequest)
  /// Keep where the reader is (paper, order, filter) in the state file for the next run.
  case savePosition(ReaderPosition)
  /// End the session and restore the terminal.
  case quit
  /// Find the papers most similar to the paper at this index, then report with
  /// ``ReaderAction/similarFound(paper:neighbours:)``.
  case findSimilar(paper: Int)
  /// Load the theme of this name and repaint with it.
  case applyTheme(String)
  /// Put text on the clipboard (OSC 52 through the terminal, or the config's
  /// `copy_command`), then report with ``ReaderAction/showStatus(_:)``.
  case copyToClipboard(ClipboardRequest)
  /// Read the digests again, then report with
  /// ``ReaderAction/digestsReloaded(_:problems:)``.
  case reloadDigests
}
