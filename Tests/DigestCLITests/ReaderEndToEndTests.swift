import Foundation
import Testing

/// The real `digest` binary in a real pseudo-terminal (tmux), driven by keys.
@Suite(.serialized, .timeLimit(.minutes(5))) struct ReaderEndToEndTests {
  static let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  @Test func starMadeInTheReaderIsListedAfterQuitting() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 120, height: 40)
    try reader.waitForScreen("the first paper selected") {
      $0.contains("1912.11474  Audio-Visual Embodied Navigation") && $0.contains("1/26")
    }
    #expect(try reader.format("#{alternate_on}") == "1")
    try reader.send("j")
    try reader.waitForScreen("the second paper selected") { $0.contains("2/26") }
    try reader.send("s")
    let screen = try reader.waitForScreen("the star confirmed") {
      $0.contains("starred 1912.11473")
    }
    #expect(screen.contains("★ 1912.11473"))
    #expect(screen.contains("1 ★"))
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
    #expect(try reader.format("#{alternate_on}") == "0")

    let list = try DigestBinary.run(
      ["list", "--starred", "--json", "--state", reader.statePath, Self.fixture])
    #expect(list.status == 0)
    #expect(list.stdout.contains("\"1912.11473\""))
    #expect(!list.stdout.contains("\"1912.11474\""))
  }

  @Test func enterMarksReadThroughTheStoreAndUndoRedoFollowIt() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 80, height: 24)
    try reader.waitForScreen("the status bar") { $0.contains("1/26 · 26 unread") }
    try reader.send("Enter")
    let detail = try reader.waitForScreen("the detail full-screen") {
      $0.contains("marked 1912.11474 read")
    }
    #expect(detail.contains("25 unread"))
    #expect(!detail.contains("1912.11473  Dense RepPoints"))
    try reader.send("Escape")
    try reader.waitForScreen("the list again") { $0.contains("1912.11473  Dense RepPoints") }
    try reader.send("u")
    try reader.waitForScreen("the undo") {
      $0.contains("26 unread") && $0.contains("undid: marked 1912.11474 read")
    }
    try reader.send("C-r")
    try reader.waitForScreen("the redo") {
      $0.contains("25 unread") && $0.contains("redid: marked 1912.11474 read")
    }
    try reader.send("?")
    try reader.waitForScreen("the help") { $0.contains("Keys  (Esc or ? closes") }
    try reader.send("Escape")
    try reader.waitForScreen("help closed") { !$0.contains("Keys  (Esc or ? closes") }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func latexIsTypesetAndLShowsTheSource() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 120, height: 30)
    try reader.waitForScreen("the status bar") { $0.contains("1/26 ·") }
    try reader.send("j")
    let typeset = try reader.waitForScreen("the second abstract") {
      $0.contains("2/26 ·") && $0.contains("We present an object representation, called Dense")
    }
    #expect(!typeset.contains("\\textbf"))
    try reader.send("L")
    try reader.waitForScreen("the LaTeX source") {
      $0.contains("\\textbf{Dense") && $0.contains("showing LaTeX as written")
    }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func filterNarrowsTheListAndEscapeClearsIt() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 120, height: 30)
    try reader.waitForScreen("the status bar") { $0.contains("/26 ·") }
    try reader.send("/")
    try reader.type("navigation")
    let filtered = try reader.waitForScreen("the list narrowed") {
      $0.contains("/navigation") && !$0.contains("1912.11473  Dense RepPoints")
    }
    #expect(filtered.contains("1912.11474  Audio-Visual Embodied Navigation"))
    #expect(!filtered.contains(" 1/26 · "))
    try reader.send("Escape")
    let cleared = try reader.waitForScreen("the filter cleared") {
      !$0.contains("/navigation") && $0.contains("1912.11473  Dense RepPoints")
    }
    #expect(cleared.contains(" 1/26 · "))
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func wideCharacterTitlesKeepTheColumnsAligned() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-wide-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let digest = folder.appendingPathComponent("wide.md")
    try """
    # ArXiv cs.CV --Wed, 25 Dec 2019
    ### 1.日本語のタイトル: 深層学習による画像認識と自然言語処理の統合的アプローチ 🎉 café  [ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)
    >  First abstract.
    ### 2.A plain title  [ :arrow_down: ](https://arxiv.org/pdf/1912.11473.pdf)
    >  Second abstract.

    """.write(to: digest, atomically: true, encoding: .utf8)
    let reader = try ReaderTmux(arguments: [digest.path], width: 120, height: 20)
    let screen = try reader.waitForScreen("both papers") {
      $0.contains("1912.11474") && $0.contains("1912.11473  A plain title")
    }
    let rows = screen.split(separator: "\n").map(String.init)
    let wide = try #require(rows.first { $0.contains("1912.11474") })
    let plain = try #require(rows.first { $0.contains("1912.11473") })
    #expect(wide.contains("日本語のタイトル"))
    #expect(wide.contains("…│"))
    #expect(Self.columns(before: "│", in: wide) == 59)
    #expect(Self.columns(before: "│", in: plain) == 59)
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test(arguments: ["no-such-terminal", "dumb"])
  func unusableTerminalTypeIsRefusedInOneLine(_ term: String) throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 100, height: 10, term: term)
    #expect(try reader.waitForExit() == 2)
    let screen = try reader.screen()
    let expected =
      term == "dumb"
      ? "digest: the reader needs a capable terminal; TERM is dumb"
      : "digest: unknown terminal type 'no-such-terminal' (TERM)"
    #expect(screen.contains(expected))
    #expect(try reader.format("#{alternate_on}") == "0")
  }

  /// Display columns before the first `marker` (CJK and emoji count two).
  static func columns(before marker: Character, in line: String) -> Int? {
    guard let end = line.firstIndex(of: marker) else { return nil }
    return line[..<end].unicodeScalars.reduce(0) { total, scalar in
      let value = scalar.value
      let wide =
        (0x3000...0x9FFF).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0x1F300...0x1FAFF).contains(value)
      return total + (wide ? 2 : 1)
    }
  }

  struct SignalCase: CustomTestStringConvertible, Sendable {
    var name: String
    var signal: Int32
    var testDescription: String { name }
  }

  @Test(arguments: [
    SignalCase(name: "SIGINT", signal: SIGINT),
    SignalCase(name: "SIGTERM", signal: SIGTERM),
    SignalCase(name: "SIGHUP", signal: SIGHUP),
    SignalCase(name: "SIGSEGV (a crash)", signal: SIGSEGV),
  ])
  func signalRestoresTheTerminal(_ signalCase: SignalCase) throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 80, height: 24)
    try reader.waitForScreen("the status bar") { $0.contains(" unread · ") }
    #expect(try reader.format("#{alternate_on}") == "1")
    kill(try reader.readerPID(), signalCase.signal)
    #expect(try reader.waitForExit() == 128 + signalCase.signal)
    #expect(try reader.format("#{alternate_on}") == "0")
  }

  @Test func resizingDownToOneCellNeverCrashes() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 120, height: 40)
    try reader.waitForScreen("the status bar") { $0.contains(" unread · ") }
    try reader.resize(width: 30, height: 8)
    try reader.waitForScreen("the too-small note") { $0.contains("terminal too small") }
    for (width, height) in [(1, 1), (2, 1), (200, 60), (45, 10), (1, 1), (80, 24)] {
      try reader.resize(width: width, height: height)
    }
    try reader.waitForScreen("the reader at 80x24") {
      $0.contains(" unread · ") && !$0.contains("terminal too small")
    }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }
}

/// The reader refuses to start without a terminal instead of hanging.
@Suite(.timeLimit(.minutes(5))) struct ReaderWithoutTerminalTests {
  @Test func redirectedStandardStreamsExitWithStatusTwoAndOneLine() throws {
    let run = try DigestBinary.run([DigestBinary.fixture("cs.CV-2019-12-25.seed.md")])
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "digest: the reader needs a terminal (stdin and stdout must be a TTY); "
        + "use `digest list` in scripts\n"
    )
  }
}
