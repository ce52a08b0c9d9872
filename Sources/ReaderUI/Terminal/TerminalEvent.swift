import ReaderCore

/// What a terminal reports to the session.
public enum TerminalEvent: Hashable, Sendable {
  /// A key was pressed.
  case key(Key)
  /// The mouse was clicked or its wheel turned (only when the mouse is on).
  case mouse(MouseEvent)
  /// The terminal now has this size.
  case resize(Size)
  /// Nothing happened for a moment: work posted from other threads may be waiting.
  case idle
  /// A signal (SIGINT, SIGTERM, SIGHUP) or the end of input asks the reader to stop.
  case terminate
}
