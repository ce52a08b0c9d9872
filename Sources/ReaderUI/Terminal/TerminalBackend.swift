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
  /// Puts `text` on the system clipboard through the terminal (OSC 52:
  /// `ESC ] 52 ; c ; <base64> BEL`), which works over SSH and in tmux with `set-clipboard on`.
  func copyToClipboard(_ text: String)
  /// Makes `links`, already drawn, clickable hyperlinks (OSC 8). Called after ``draw(_:cursor:)``
  /// whenever links appeared or their cells were redrawn.
  func showHyperlinks(_ links: [ScreenLink])
  /// Hands the terminal to another program (a text-mode browser) and waits for it: leaves the
  /// reader's screen and modes, runs `executable` with `arguments` in the foreground, then
  /// takes the terminal back (the next draw repaints every cell).
  ///
  /// - Returns: The program's exit status.
  /// - Throws: When the program cannot be started.
  func runProgram(_ executable: String, arguments: [String]) throws -> Int32
}

extension TerminalBackend {
  /// The largest OSC 52 payload (base64 characters) terminals commonly accept; larger
  /// copies are refused rather than sent truncated.
  public static var clipboardLimit: Int { 100_000 }
}
