import Foundation
import ReaderCore

/// An in-memory terminal: scripted events in, a screen buffer out. For tests and benchmarks.
///
/// ```swift
/// let terminal = TestTerminal(size: Size(width: 80, height: 24), events: [.key(.character("j"))])
/// // … run a session …
/// terminal.screen.text
/// ```
public final class TestTerminal: TerminalBackend {
  /// The size reported to the session.
  public var size: Size
  /// Events still to deliver; ``TerminalEvent/terminate`` once they run out.
  public var events: [TerminalEvent]
  /// What the screen shows now.
  public private(set) var screen: ScreenBuffer
  /// The cursor position after the last draw.
  public private(set) var cursor: (row: Int, column: Int)?
  /// Cells written by the last draw.
  public private(set) var lastChangeCount = 0
  /// Cells written by all draws.
  public private(set) var totalChangeCount = 0
  /// The theme applied last.
  public private(set) var theme: Theme?

  /// Texts sent to the clipboard (OSC 52), in order.
  public private(set) var clipboard: [String] = []
  /// The links of each ``showHyperlinks(_:)`` call, in order.
  public private(set) var hyperlinks: [[ScreenLink]] = []
  /// The programs ``runProgram(_:arguments:)`` ran, executable first.
  public private(set) var programs: [[String]] = []

  /// Creates a blank terminal of `size` that will deliver `events` in order.
  public init(size: Size, events: [TerminalEvent] = []) {
    self.size = size
    self.events = events
    self.screen = ScreenBuffer(size: size)
  }

  /// Records the theme.
  public func apply(_ theme: Theme) { self.theme = theme }

  /// Applies the changes to ``screen`` and counts them.
  public func draw(_ changes: [CellChange], cursor: (row: Int, column: Int)?) {
    if screen.size != size { screen = ScreenBuffer(size: size) }
    for change in changes where screen.contains(row: change.row, column: change.column) {
      screen.cells[change.row * size.width + change.column] = change.cell
    }
    self.cursor = cursor
    lastChangeCount = changes.count
    totalChangeCount += changes.count
  }

  /// Blanks ``screen``, as a cleared terminal would be.
  public func invalidate() { screen = ScreenBuffer(size: size) }

  /// The next scripted event, or ``TerminalEvent/terminate`` when there is none.
  public func nextEvent() -> TerminalEvent {
    guard !events.isEmpty else { return .terminate }
    let event = events.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }

  /// Records the text.
  public func copyToClipboard(_ text: String) { clipboard.append(text) }

  /// Records the links.
  public func showHyperlinks(_ links: [ScreenLink]) { hyperlinks.append(links) }

  /// Records the program and runs it without a terminal, then blanks ``screen`` as a
  /// repaint would need.
  public func runProgram(_ executable: String, arguments: [String]) throws -> Int32 {
    programs.append([executable] + arguments)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    invalidate()
    return process.terminationStatus
  }
}
