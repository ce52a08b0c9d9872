@preconcurrency import CNcursesw
import Glibc
import ReaderCore

/// Every call into C the reader makes, in one place (like swift-system's `Syscalls.swift`).
///
/// Keep all of these on the main thread: ncursesw is not thread-safe.
enum Curses {
  /// An open C file that curses reads keys from.
  typealias InputFile = UnsafeMutablePointer<FILE>

  // MARK: - Process and locale

  /// `true` when both standard input and standard output are terminals.
  /// The corresponding C function is `isatty`.
  static func standardStreamsAreTerminals() -> Bool { isatty(0) == 1 && isatty(1) == 1 }

  /// `true` when standard output is a terminal. The corresponding C function is `isatty`.
  static func standardOutputIsTerminal() -> Bool { isatty(1) == 1 }

  /// The controlling terminal opened for reading keys (as less does when its input is a
  /// pipe), or `nil`. The corresponding C function is `fopen`.
  static func openControllingTerminal() -> UnsafeMutablePointer<FILE>? {
    guard let file = fopen("/dev/tty", "r") else { return nil }
    guard isatty(fileno(file)) == 1 else {
      fclose(file)
      return nil
    }
    return file
  }

  /// Closes a file from ``openControllingTerminal()``. The corresponding C function is
  /// `fclose`.
  static func close(_ file: UnsafeMutablePointer<FILE>) { fclose(file) }

  /// Switches to the user's locale, or C.UTF-8 when it is not UTF-8.
  /// The corresponding C functions are `setlocale` and `nl_langinfo`.
  @discardableResult
  static func ensureUTF8Locale() -> String {
    setlocale(LC_ALL, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
      setlocale(LC_ALL, "C.UTF-8")
    }
    return String(cString: nl_langinfo(nl_item(CODESET)))
  }

  /// Installs handlers for stop requests (SIGINT, SIGTERM, SIGHUP, SIGQUIT) and crashes (see
  /// `shim.h`).
  static func installSignalHandlers() {
    cn_install_stop_handlers()
    cn_install_crash_handlers()
  }

  /// The stop signal received since the last call, or 0.
  static func takeStopSignal() -> Int32 { cn_take_stop_signal() }

  // MARK: - Screen lifecycle

  /// Starts curses on standard output for terminal type `term`, reading keys from `input`
  /// (standard input when `nil`), with XON/XOFF flow control off so Ctrl-S and Ctrl-Q are
  /// keys. The corresponding C functions are `newterm`, `tcsetattr` and `def_prog_mode`.
  static func start(term: String, input: UnsafeMutablePointer<FILE>?) -> OpaquePointer? {
    guard let screen = newterm(term, stdout, input ?? stdin) else { return nil }
    set_term(screen)
    cbreak()
    noecho()
    nonl()
    intrflush(stdscr, false)
    keypad(stdscr, true)
    set_escdelay(25)
    // Short enough that results from other threads (a new ranking) show at once.
    wtimeout(stdscr, 30)
    curs_set(0)
    if has_colors() {
      start_color()
      use_default_colors()
    }
    // curses saved the shell's modes at newterm (endwin puts flow control back); then its
    // program modes are taken again so suspending and resuming keep flow control off.
    _ = cn_disable_flow_control(fileno(input ?? stdin))
    def_prog_mode()
    return screen
  }

  /// Sends stderr to a temporary file until ``releaseStandardError()`` (so nothing is written
  /// over the screen). The corresponding C functions are `mkstemp` and `dup2`.
  static func captureStandardError() { _ = cn_capture_standard_error() }

  /// Gives stderr back and writes to it what was written meanwhile. A crash does the same
  /// after restoring the terminal. The corresponding C functions are `dup2` and `write`.
  static func releaseStandardError() { cn_release_standard_error() }

  /// Leaves curses and frees the screen.
  /// The corresponding C functions are `endwin` and `delscreen`.
  static func stop(_ screen: OpaquePointer) {
    endwin()
    delscreen(screen)
    releaseStandardError()
  }

  /// The screen's size.
  /// The corresponding C functions are `getmaxy` and `getmaxx`.
  static func size() -> (rows: Int, columns: Int) {
    (Int(getmaxy(stdscr)), Int(getmaxx(stdscr)))
  }

  /// Makes the next refresh repaint every cell. The corresponding C function is `clearok`.
  static func forgetScreen() {
    clearok(stdscr, true)
  }

  // MARK: - Colour

  /// `true` when the terminal can show colour. The corresponding C function is `has_colors`.
  static func hasColors() -> Bool { has_colors() }

  /// Colours the terminal has. The corresponding C variable is `COLORS`.
  static func colorCount() -> Int { Int(COLORS) }

  /// Colour pairs the terminal has. The corresponding C variable is `COLOR_PAIRS`.
  static func colorPairCount() -> Int { Int(COLOR_PAIRS) }

  /// Defines colour pair `pair`; -1 is the terminal's default colour, and direct-colour
  /// terminals take `0xRRGGBB`. The corresponding C function is `init_extended_pair`.
  static func definePair(_ pair: Int16, foreground: Int32, background: Int32) {
    init_extended_pair(Int32(pair), foreground, background)
  }

  /// The curses attribute bits for `attributes`.
  static func attributeBits(_ attributes: TextAttributesBits) -> UInt32 {
    var bits = CN_A_NORMAL
    if attributes.bold { bits |= CN_A_BOLD }
    if attributes.dim { bits |= CN_A_DIM }
    if attributes.italic { bits |= CN_A_ITALIC }
    if attributes.underline { bits |= CN_A_UNDERLINE }
    if attributes.reverse { bits |= CN_A_REVERSE }
    return bits
  }

  // MARK: - Output

  /// Writes one character with attributes and colour pair at a position.
  /// The corresponding C functions are `setcchar` and `mvadd_wch`.
  static func put(
    _ scalars: [UInt32], attributes: UInt32, pair: Int16, row: Int, column: Int
  ) {
    var wide: [wchar_t] = scalars.prefix(5).map { wchar_t(bitPattern: $0) }
    wide.append(0)
    var cell = cchar_t()
    setcchar(&cell, wide, attributes, pair, nil)
    // Writing the bottom-right cell returns ERR although the character is drawn.
    _ = mvadd_wch(Int32(row), Int32(column), &cell)
  }

  /// Shows the cursor at a position, or hides it.
  /// The corresponding C functions are `curs_set` and `wmove`.
  static func placeCursor(_ position: (row: Int, column: Int)?) {
    if let position {
      curs_set(1)
      wmove(stdscr, Int32(position.row), Int32(position.column))
    } else {
      curs_set(0)
    }
  }

  /// Sends everything written to the terminal.
  /// The corresponding C functions are `wnoutrefresh` and `doupdate`.
  static func flush() {
    wnoutrefresh(stdscr)
    doupdate()
  }

  // MARK: - Raw output

  /// Writes `bytes` to the terminal as they are, after curses flushed its own output (OSC
  /// sequences curses knows nothing of). The corresponding C function is `write`.
  static func writeRaw(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }

  /// The bytes that set `attributes` and colour `pair` on this terminal; curses then takes
  /// them as the terminal's attributes. The corresponding C function is `vid_puts`.
  static func attributeSequence(attributes: UInt32, pair: Int16) -> [UInt8] {
    var buffer = [CChar](repeating: 0, count: 512)
    let count = cn_attribute_sequence(attributes, Int32(pair), &buffer, Int32(buffer.count))
    return buffer.prefix(Int(max(0, count))).map { UInt8(bitPattern: $0) }
  }

  /// Where curses left the cursor. The corresponding C functions are `getcury` and `getcurx`.
  static func cursor() -> (row: Int, column: Int) {
    (Int(getcury(stdscr)), Int(getcurx(stdscr)))
  }

  // MARK: - Suspending

  /// Gives the terminal back for another program, keeping curses' modes to return to, and
  /// gives stderr back. The corresponding C functions are `def_prog_mode` and `endwin`.
  static func suspend() {
    def_prog_mode()
    endwin()
    releaseStandardError()
  }

  /// Takes the terminal back and repaints every cell on the next update; a Ctrl-C typed in
  /// the other program is not taken as a request to stop the reader.
  /// The corresponding C functions are `reset_prog_mode`, `clearok` and `doupdate`.
  static func resume() {
    captureStandardError()
    cn_forget_interrupt()
    reset_prog_mode()
    clearok(stdscr, true)
    doupdate()
  }

  /// Runs `executable` with `arguments` in this process group with the terminal as its
  /// stdin, stdout and stderr and default signals, and waits for it; `nil` when it cannot
  /// start. (Foundation's `Process` puts children in a process group of their own, where a
  /// read from the terminal fails.) The corresponding C functions are `posix_spawn` and
  /// `waitpid`.
  static func runInForeground(_ executable: String, arguments: [String]) -> Int32? {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGWINCH, SIGQUIT, SIGTSTP] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv: [UnsafeMutablePointer<CChar>?] =
      ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let started = posix_spawn(&pid, executable, nil, &attributes, argv, environ)
    guard started == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return nil }
    }
    // WIFEXITED / WEXITSTATUS, which Swift does not import.
    if status & 0x7F == 0 { return (status >> 8) & 0xFF }
    return 128 + (status & 0x7F)
  }

  // MARK: - Mouse

  /// Asks the terminal for clicks and the wheel (button presses only, no click timing: the
  /// session tells double clicks itself). The corresponding C functions are `mousemask` and
  /// `mouseinterval`.
  static func enableMouse() {
    _ = mousemask(CN_BUTTON1_PRESSED | CN_BUTTON4_PRESSED | CN_BUTTON5_PRESSED, nil)
    _ = mouseinterval(0)
  }

  /// The code curses reports for a mouse event.
  static let mouseCode = KEY_MOUSE

  /// The mouse event curses decoded, as (button, row, column): 1 the left button, 4 the
  /// wheel up, 5 the wheel down; `nil` for other events. The corresponding C function is
  /// `getmouse`.
  static func readMouse() -> (button: Int, row: Int, column: Int)? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let row = Int(event.y)
    let column = Int(event.x)
    if event.bstate & CN_BUTTON1_PRESSED != 0 { return (1, row, column) }
    if event.bstate & CN_BUTTON4_PRESSED != 0 { return (4, row, column) }
    if event.bstate & CN_BUTTON5_PRESSED != 0 { return (5, row, column) }
    return nil
  }

  // MARK: - Input

  /// One result of reading a key.
  enum Input {
    /// A character (or control code).
    case character(UInt32)
    /// A function key code (`KEY_UP`…).
    case keyCode(Int32)
    /// Nothing within the timeout, or interrupted by a signal.
    case none
  }

  /// Reads one key, waiting at most the timeout set in ``start(term:)``.
  /// The corresponding C function is `wget_wch`.
  static func readKey() -> Input {
    var code: wint_t = 0
    let status = wget_wch(stdscr, &code)
    if status == KEY_CODE_YES { return .keyCode(Int32(bitPattern: code)) }
    if status == OK { return .character(code) }
    return .none
  }

  /// The code curses reports for a resize.
  static let resizeCode = KEY_RESIZE

  /// Function-key codes and the keys they are.
  static let keyCodes: [Int32: Key] = {
    var codes: [Int32: Key] = [
      KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
      KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
      KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace, KEY_DC: .delete,
    ]
    for number in 1...12 { codes[cn_key_f(Int32(number))] = .function(number) }
    return codes
  }()
}

/// Attribute flags passed to ``Curses/attributeBits(_:)``, independent of the theme types.
struct TextAttributesBits {
  var bold = false
  var dim = false
  var italic = false
  var underline = false
  var reverse = false
}
