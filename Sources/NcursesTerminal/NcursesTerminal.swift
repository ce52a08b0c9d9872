import Dispatch
import ReaderCore
import ReaderUI

/// The terminal backend over ncursesw: writes changed cells, reads keys, resizes and stop
/// signals. Nothing else.
///
/// ```swift
/// let terminal = try NcursesTerminal.open()
/// defer { terminal.close() }
/// ```
public final class NcursesTerminal: TerminalBackend {
  /// Why the terminal could not be opened.
  public struct OpenError: Error, CustomStringConvertible {
    /// One line for the user.
    public var description: String
  }

  /// The signal that ended the session (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or `nil`.
  public private(set) var stopSignal: Int32?

  /// The colours the terminal shows, as chosen at ``open(term:environment:)``.
  public let colorDepth: ColorDepth

  /// Where the reader takes its keys from.
  public enum KeySource: Sendable {
    /// Standard input (which must be a terminal).
    case standardInput
    /// The controlling terminal, `/dev/tty`: standard input carries the digest (`digest -`).
    case controllingTerminal
  }

  private var screen: OpaquePointer?
  private var input: Curses.InputFile?
  private var styles: [ThemeElement: (attributes: UInt32, pair: Int16)] = [:]

  private init(
    screen: OpaquePointer, input: Curses.InputFile?, colorDepth: ColorDepth
  ) {
    self.screen = screen
    self.input = input
    self.colorDepth = colorDepth
  }

  /// `true` when standard input and output are both terminals.
  public static var isAvailable: Bool { Curses.standardStreamsAreTerminals() }

  /// `true` when the keys can come from `source` and standard output is a terminal.
  public static func isAvailable(keys source: KeySource) -> Bool {
    switch source {
    case .standardInput: return isAvailable
    case .controllingTerminal:
      guard Curses.standardOutputIsTerminal(), let file = Curses.openControllingTerminal()
      else { return false }
      Curses.close(file)
      return true
    }
  }

  /// Takes over the terminal: UTF-8 locale, signal handlers, alternate screen.
  ///
  /// - Parameters:
  ///   - term: The terminal type (`$TERM`).
  ///   - environment: The process environment, for the colour depth: `NO_COLOR` means
  ///     attributes only, `COLORTERM=truecolor` allows exact colours on a direct-colour
  ///     terminal (see ``ColorDepth/detect(environment:colorCount:)``).
  ///   - mouse: `true` to report clicks and the wheel (``TerminalEvent/mouse(_:)``).
  ///   - keys: Where keys come from: standard input, or `/dev/tty` when standard input
  ///     carries the digest.
  /// - Throws: ``OpenError`` when the key source or stdout is not a terminal or `term` is
  ///   unusable.
  ///
  /// While the terminal is open, Ctrl-S and Ctrl-Q are keys (flow control is off), and
  /// whatever is written to stderr is held back and written once the terminal is restored.
  public static func open(
    term: String?, environment: [String: String] = [:], mouse: Bool = false,
    keys: KeySource = .standardInput
  ) throws(OpenError) -> NcursesTerminal {
    let unavailable = OpenError(
      description: "the reader needs a terminal (stdin and stdout must be a TTY)")
    var input: Curses.InputFile?
    switch keys {
    case .standardInput:
      guard isAvailable else { throw unavailable }
    case .controllingTerminal:
      guard Curses.standardOutputIsTerminal(), let file = Curses.openControllingTerminal()
      else { throw unavailable }
      input = file
    }
    guard let term, !term.isEmpty, term != "dumb" else {
      throw OpenError(
        description: "the reader needs a capable terminal; TERM is \(term ?? "unset")")
    }
    Curses.ensureUTF8Locale()
    Curses.installSignalHandlers()
    guard let screen = Curses.start(term: term, input: input) else {
      if let input { Curses.close(input) }
      throw OpenError(description: "unknown terminal type '\(term)' (TERM)")
    }
    Curses.captureStandardError()
    if mouse { Curses.enableMouse() }
    let colors = Curses.hasColors() ? Curses.colorCount() : 0
    return NcursesTerminal(
      screen: screen, input: input,
      colorDepth: ColorDepth.detect(environment: environment, colorCount: colors))
  }

  /// Gives the terminal back: leaves the alternate screen and restores its modes. Safe to call
  /// more than once.
  public func close() {
    guard let screen else { return }
    Curses.stop(screen)
    self.screen = nil
    if let input { Curses.close(input) }
    input = nil
  }

  deinit { close() }

  /// The screen's size. The corresponding ncurses functions are `getmaxy` and `getmaxx`.
  public var size: Size {
    let (rows, columns) = Curses.size()
    return Size(width: columns, height: rows)
  }

  /// Defines one colour pair per theme element, its colours degraded to ``colorDepth``
  /// (monochrome attributes without colour). The corresponding ncurses function is
  /// `init_extended_pair`.
  public func apply(_ theme: Theme) {
    styles = NcursesTerminal.styles(for: theme, depth: colorDepth)
  }

  /// Writes the changed cells (wide characters once, continuation cells skipped) and sends
  /// them in one update. The corresponding ncurses functions are `mvadd_wch` and `doupdate`.
  public func draw(_ changes: [CellChange], cursor: (row: Int, column: Int)?) {
    var scalars: [UInt32] = []
    for change in changes where !change.cell.isContinuation {
      let style = styles[change.cell.element] ?? (0, 0)
      scalars.removeAll(keepingCapacity: true)
      for scalar in change.cell.character.unicodeScalars { scalars.append(scalar.value) }
      Curses.put(
        scalars, attributes: style.attributes, pair: style.pair, row: change.row,
        column: change.column)
    }
    Curses.placeCursor(cursor)
    Curses.flush()
  }

  /// Sends `text` to the clipboard as OSC 52, straight to the terminal.
  public func copyToClipboard(_ text: String) {
    Curses.writeRaw(Array(TerminalSequences.clipboard(text).utf8))
  }

  /// Writes each link's text again inside OSC 8, in its style, then puts the cursor and the
  /// attributes back where curses left them. The corresponding ncurses function is
  /// `vid_puts`.
  public func showHyperlinks(_ links: [ScreenLink]) {
    guard !links.isEmpty else { return }
    var bytes: [UInt8] = []
    for link in links {
      bytes += Array(TerminalSequences.moveCursor(row: link.row, column: link.column).utf8)
      bytes += Array(TerminalSequences.hyperlinkStart(link.url).utf8)
      var element: ThemeElement?
      for cell in link.cells where !cell.isContinuation {
        if cell.element != element {
          element = cell.element
          let style = styles[cell.element] ?? (0, 0)
          bytes += Curses.attributeSequence(attributes: style.attributes, pair: style.pair)
        }
        bytes += Array(String(cell.character).utf8)
      }
      bytes += Array(TerminalSequences.hyperlinkEnd.utf8)
    }
    bytes += Curses.attributeSequence(attributes: 0, pair: 0)
    let cursor = Curses.cursor()
    bytes += Array(TerminalSequences.moveCursor(row: cursor.row, column: cursor.column).utf8)
    Curses.writeRaw(bytes)
  }

  /// Leaves curses mode, runs the program in the reader's process group (so it is in the
  /// terminal's foreground and can read keys), waits, and returns to curses mode. The
  /// corresponding C functions are `endwin`, `posix_spawn` and `waitpid`.
  public func runProgram(_ executable: String, arguments: [String]) throws -> Int32 {
    Curses.suspend()
    defer { Curses.resume() }
    guard let status = Curses.runInForeground(executable, arguments: arguments) else {
      throw OpenError(description: "\(executable) could not be started")
    }
    return status
  }

  /// Makes the next update repaint the whole screen. The corresponding ncurses function is
  /// `clearok`.
  public func invalidate() { Curses.forgetScreen() }

  /// Waits for a key, a resize or a stop signal. The corresponding ncurses function is
  /// `wget_wch`.
  public func nextEvent() -> TerminalEvent {
    // A read that fails at once, again and again, means input is gone (the terminal closed
    // without a hang-up signal): stop instead of spinning.
    var immediateFailures = 0
    while true {
      let signal = Curses.takeStopSignal()
      if signal != 0 {
        stopSignal = signal
        return .terminate
      }
      let started = DispatchTime.now().uptimeNanoseconds
      switch Curses.readKey() {
      case .none:
        let waited = DispatchTime.now().uptimeNanoseconds - started
        guard waited < 10_000_000 else { return .idle }
        immediateFailures += 1
        if immediateFailures >= 100 { return .terminate }
        continue
      case .keyCode(let code):
        if code == Curses.resizeCode { return .resize(size) }
        if code == Curses.mouseCode {
          guard let (button, row, column) = Curses.readMouse() else { continue }
          let kind: MouseEvent.Kind = button == 1 ? .press : button == 4 ? .wheelUp : .wheelDown
          return .mouse(MouseEvent(kind, row: row, column: column))
        }
        if let key = NcursesTerminal.key(forKeyCode: code, codes: Curses.keyCodes) {
          return .key(key)
        }
      case .character(let code):
        if let key = NcursesTerminal.key(forCharacter: code) { return .key(key) }
      }
    }
  }
}
