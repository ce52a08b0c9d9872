import ArxivDigest
import DigestState
import Foundation
import ReaderApp
import ReaderCore
import ReaderUI
import Testing

/// The session's side of issue 14: the clipboard (OSC 52 through the terminal or a
/// `copy_command`), hyperlinks, the mouse, text-mode browsers, and staying current.
@Suite struct SessionYankAndLinksTests {
  static let day = DigestDay(daysSinceEpoch: 18_255)

  static func paper(_ number: Int, title: String? = nil, abstract: String = "An abstract.")
    -> Paper
  {
    guard let id = ArxivID("1912.\(10_000 + number)") else {
      preconditionFailure("test ids are well formed")
    }
    return Paper(
      id: id, title: title ?? "Paper \(number)", abstract: abstract, category: "cs.CV", date: day,
      number: number, source: SourceLocation(path: "test.md", line: number))
  }

  static func papers(_ count: Int) -> [Paper] { (1...count).map { paper($0) } }

  func session(
    _ papers: [Paper], store: (any MarkStore)? = nil, browser: BrowserLauncher = BrowserLauncher(),
    width: Int = 80
  ) throws -> (Session, TestTerminal) {
    let state = ReaderState(papers: papers, today: Self.day)
    let terminal = TestTerminal(size: Size(width: width, height: 24))
    let runner = EffectRunner(store: try store ?? SQLiteMarkStore.inMemory(), browser: browser)
    let session = Session(state: state, terminal: terminal, runner: runner)
    session.start()
    return (session, terminal)
  }

  @Test func yankingBibTeXSendsItThroughTheTerminal() throws {
    let (session, terminal) = try session(Self.papers(2))
    session.handle(.key(.character("y")))
    #expect(terminal.screen.text.contains("yank 1912.10001"))
    #expect(terminal.screen.text.contains("b    a BibTeX entry"))
    session.handle(.key(.character("b")))
    #expect(terminal.clipboard == [YankItem.bibtex.text(for: [Self.paper(1)])])
    #expect(session.state.status == "copied BibTeX for 1912.10001")
    #expect(!terminal.screen.text.contains("yank 1912.10001"))
    session.handle(.key(.character("Y")))
    #expect(terminal.clipboard.last == "1912.10001")
    #expect(session.state.status == "copied id for 1912.10001")
  }

  @Test func aCopyOverTheOSC52LimitIsRefusedNotTruncated() throws {
    let title = String(repeating: "long title ", count: 8_000)
    let (session, terminal) = try session([Self.paper(1, title: title)])
    session.handle(.key(.character("y")))
    session.handle(.key(.character("t")))
    #expect(terminal.clipboard == [])
    #expect(
      session.state.status
        == "not copied: title for 1912.10001 is 118 kB, over the 100 kB terminals take through OSC 52; set copy_command"
    )
  }

  @Test func aCopyCommandGetsTheTextOnItsStdin() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("copied.txt").path
    let (session, terminal) = try session(Self.papers(1))
    session.clipboard = Clipboard(command: "cat > '\(output)'")
    session.handle(.key(.character("y")))
    session.handle(.key(.character("m")))
    #expect(terminal.clipboard == [])
    #expect(
      try String(contentsOfFile: output, encoding: .utf8)
        == "[Paper 1](https://arxiv.org/abs/1912.10001)")
    #expect(session.state.status == "copied markdown link for 1912.10001")
  }

  @Test func aFailingCopyCommandSaysSo() throws {
    let (session, _) = try session(Self.papers(1))
    session.clipboard = Clipboard(command: "exit 3")
    session.handle(.key(.character("Y")))
    #expect(session.state.status == "not copied: copy_command \"exit 3\" exited with status 3")
  }

  static let linked = paper(
    1, abstract: "Code at https://github.com/digest/reader. Also https://example.org/data here.")

  @Test func linksAreNumberedListedAndSentAsHyperlinks() throws {
    let (session, terminal) = try session([Self.linked], width: 130)
    session.showsHyperlinks = true
    session.start()
    let text = terminal.screen.text
    #expect(text.contains("https://github.com/digest/reader [1]"))
    #expect(text.contains("[2] https://example.org/data"))
    let urls = Set((terminal.hyperlinks.last ?? []).map(\.url))
    #expect(
      urls == [
        "https://arxiv.org/abs/1912.10001", "https://arxiv.org/pdf/1912.10001",
        "https://github.com/digest/reader", "https://example.org/data",
      ])
  }

  @Test func withHyperlinksOffNoneAreSent() throws {
    let (session, terminal) = try session([Self.linked], width: 130)
    session.handle(.key(.character("j")))
    #expect(terminal.hyperlinks.isEmpty)
  }

  @Test func theMouseSelectsOpensScrollsAndFollowsLinks() throws {
    let browser = BrowserLauncher(environment: ["PATH": "/nowhere"])
    let (session, terminal) = try session(
      [Self.linked] + (2...30).map { Self.paper($0) }, browser: browser, width: 130)
    session.handle(.mouse(MouseEvent(.press, row: 2, column: 5)))
    #expect(session.state.cursor == 2)
    session.handle(.mouse(MouseEvent(.wheelDown, row: 2, column: 5)))
    #expect(session.state.cursor == 5)
    session.handle(.mouse(MouseEvent(.press, row: 0, column: 5)))
    session.handle(.mouse(MouseEvent(.press, row: 0, column: 5)))
    #expect(session.state.focus == .detail)
    #expect(session.state.marks.isRead(Self.linked.id))
    let link = try #require(
      terminal.screen.text.split(separator: "\n").firstIndex {
        $0.contains("[1] https://github.com/digest/reader")
      })
    let column = try #require(
      terminal.screen.text.split(separator: "\n")[link].range(of: "https://github")
    ).lowerBound.utf16Offset(in: terminal.screen.text.split(separator: "\n")[link])
    session.handle(.mouse(MouseEvent(.press, row: link, column: column + 3)))
    #expect(
      session.state.status
        == "cannot open https://github.com/digest/reader: xdg-open not found; set $BROWSER to a browser"
    )
  }

  @Test func aTextModeBrowserGetsTheTerminal() throws {
    #expect(BrowserLauncher(environment: ["BROWSER": "w3m"]).needsTerminal)
    #expect(
      BrowserLauncher(environment: ["BROWSER": "/usr/bin/lynx -accept_all_cookies"]).needsTerminal)
    #expect(!BrowserLauncher(environment: ["BROWSER": "firefox"]).needsTerminal)
    let browser = BrowserLauncher(environment: ["BROWSER": "/bin/true"], isTerminalBrowser: true)
    let (session, terminal) = try session(Self.papers(1), browser: browser)
    session.handle(.key(.character("O")))
    #expect(terminal.programs == [["/bin/true", "https://arxiv.org/pdf/1912.10001"]])
    #expect(session.state.status == "opened https://arxiv.org/pdf/1912.10001")
    #expect(terminal.screen.text.contains("1912.10001"))
  }

  @Test func marksMadeByAnotherProcessAppearWithoutAKey() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-watch-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("state.sqlite")
    let mine = try SQLiteMarkStore(at: url)
    let theirs = try SQLiteMarkStore(at: url)
    let (session, terminal) = try session(Self.papers(3), store: mine)
    session.marksWatcher = MarksWatcher(store: mine, interval: 0)
    session.handle(.key(.character("r")))
    #expect(session.state.marks.isRead(Self.paper(1).id))
    #expect(session.handle(.idle))
    try theirs.apply(MarkChange(.starred, true, ids: [Self.paper(1).id]), papers: [])
    session.handle(.idle)
    #expect(session.state.starredCount == 1)
    #expect(terminal.screen.text.contains("1 ★"))
    // The reader's own toggle starts from the marks the other process made.
    session.handle(.key(.character("s")))
    #expect(session.state.starredCount == 0)
    #expect(try theirs.marks().starred.isEmpty)
  }

  @Test func aNewOrChangedDigestFileIsNoticedOnce() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-folder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "a".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    let watcher = DigestFolderWatcher(paths: [folder.path])
    #expect(!watcher.hasChanged())
    try "b".write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
    try "c".write(to: folder.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
    #expect(watcher.hasChanged())
    #expect(!watcher.hasChanged())
    watcher.rebase()
    #expect(!watcher.hasChanged())
    try "a longer".write(
      to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    #expect(watcher.hasChanged())
  }

  @Test func capitalRReloadsInTheBackground() throws {
    let (session, terminal) = try session(Self.papers(2))
    session.reloadDigests = {
      (SessionYankAndLinksTests.papers(4), LoadProblems(lines: [], files: 0))
    }
    session.handle(.key(.character("j")))
    session.handle(.key(.character("R")))
    let deadline = Date().addingTimeInterval(10)
    while !(session.state.status ?? "").hasPrefix("reloaded"), Date() < deadline {
      session.handle(.idle)
      usleep(1_000)
    }
    #expect(session.state.status == "reloaded: 2 papers added")
    #expect(session.state.papers.count == 4)
    #expect(session.state.selectedPaper?.id == Self.paper(2).id)
    #expect(terminal.screen.text.contains("2/4"))
  }
}
