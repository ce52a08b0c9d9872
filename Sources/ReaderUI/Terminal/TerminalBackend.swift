/// A terminal the session draws on: ncurses in the product, ``TestTerminal`` in tests.
///
/// The backend knows nothing of papers; it writes cells and reads keys.
public protocol TerminalBackend: AnyObject {
  /// The current size in cells.
  var size: Size { get }
  /// Uses `theme` for every element from now on. The session redraws everything after it.
  func apply(_ theme: Theme)
  /// Writes changed cells, then shows the cursor at `cursor` (row, column) or hides it.
  func draw(_ changes: [CellChange], cursor: (row: Int, column: Int)?)
  /// Forgets what is on screen so the next draw repaints every cell (after a resize).
  func invalidate()
  /// Waits for the next key, resize or stop request.
  func nextEvent() -> TerminalEvent
}
