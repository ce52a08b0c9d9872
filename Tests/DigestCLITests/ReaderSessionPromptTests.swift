import ArxivDigest
import DigestState
import Foundation
import ReaderApp
import ReaderCore
import ReaderUI
import Testing

/// The session with the real SQLite store: export from the reader, a read-only state, filters
/// on marks, resizing and the browser, keys in and screen out.
@Suite struct ReaderSessionPromptTests {
  final class Harness {
    let home: URL
    let store: SQLiteMarkStore
    let terminal: TestTerminal
    let session: Session
    let papers: [Paper]

    init(
      width: Int = 100, height: Int = 24, store: SQLiteMarkStore? = nil,
      browser: BrowserLauncher = BrowserLauncher()
    ) throws {
      home = FileManager.default.temporaryDirectory.appendingPathComponent(
        "digest-home-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
      self.store = try store ?? SQLiteMarkStore.inMemory()
      let file = try DigestFile(
        contentsOf: URL(fileURLWithPath: DigestBinary.fixture("cs.CV-2019-12-25.seed.md")))
      papers = Library(files: [file]).papers
      terminal = TestTerminal(size: Size(width: width, height: height))
      session = Session(
        state: ReaderState(
          papers: papers, marks: try self.store.marks(), today: papers[0].date,
          isReadOnly: self.store.isReadOnly),
        terminal: terminal,
        runner: EffectRunner(store: self.store, browser: browser, home: home.path))
      session.start()
    }

    deinit { try? FileManager.default.removeItem(at: home) }

    func press(_ keys: Key...) {
      for key in keys { session.handle(.key(key)) }
    }

    func type(_ text: String) {
      for character in text { press(.character(character)) }
    }

    var statusLine: String { terminal.screen.line(terminal.size.height - 1) }

    func file(_ name: String) throws -> String {
      try String(contentsOf: home.appendingPathComponent(name), encoding: .utf8)
    }
  }

  @Test func eExportsTheStarredPapersToTheDefaultPathInTheHomeFolder() throws {
    let harness = try Harness()
    harness.press(.character("j"), .character("s"), .character("e"))
    #expect(
      harness.terminal.screen.line(21).hasPrefix("export 1 starred paper as [markdown] bibtex"))
    #expect(harness.terminal.screen.line(22).hasPrefix("to ~/starred-2019-12-25.md"))
    harness.press(.tab, .enter)
    #expect(harness.statusLine.contains("exported 1 paper to ~/starred-2019-12-25.bib"))
    #expect(harness.session.state.exportPrompt == nil)
    let bib = try harness.file("starred-2019-12-25.bib")
    #expect(bib.hasPrefix("@misc{"))
    #expect(bib.contains("eprint = {1912.11473}"))
  }

  @Test func anExistingFileIsReplacedOnlyAfterYesAndNoKeepsIt() throws {
    let harness = try Harness()
    let existing = harness.home.appendingPathComponent("starred-2019-12-25.md")
    try "my notes\n".write(to: existing, atomically: true, encoding: .utf8)
    harness.press(.character("s"), .character("e"), .enter)
    #expect(harness.session.state.activePane == .exportOverwrite)
    #expect(harness.statusLine.contains("~/starred-2019-12-25.md already exists"))
    #expect(try harness.file("starred-2019-12-25.md") == "my notes\n")
    harness.press(.character("n"))
    for _ in 0..<"2019-12-25.md".count { harness.press(.backspace) }
    harness.type("new.md")
    harness.press(.enter)
    #expect(harness.statusLine.contains("exported 1 paper to ~/starred-new.md"))
    #expect(try harness.file("starred-2019-12-25.md") == "my notes\n")

    harness.press(.character("e"))
    #expect(harness.session.state.exportPrompt?.path == "~/starred-new.md")
    harness.press(.control("u"))
    harness.type("~/starred-2019-12-25.md")
    harness.press(.enter, .character("y"))
    #expect(harness.statusLine.contains("exported 1 paper to ~/starred-2019-12-25.md"))
    #expect(try harness.file("starred-2019-12-25.md").contains("Audio-Visual Embodied Navigation"))
  }

  @Test func appendingAddsOnlyThePapersTheFileLacks() throws {
    let harness = try Harness()
    harness.press(.character("s"), .character("e"), .tab, .enter)
    #expect(harness.statusLine.contains("exported 1 paper to ~/starred-2019-12-25.bib"))
    harness.press(.character("j"), .character("s"), .character("e"), .enter)
    #expect(harness.terminal.screen.line(22).contains("exists: y overwrites, a appends"))
    harness.press(.character("a"))
    #expect(
      harness.statusLine.contains(
        "appended 1 paper to ~/starred-2019-12-25.bib (1 already there)"))
    let bib = try harness.file("starred-2019-12-25.bib")
    #expect(bib.components(separatedBy: "@misc{").count == 3)
    #expect(bib.contains("eprint = {1912.11474}") && bib.contains("eprint = {1912.11473}"))
  }

  @Test func aStarredPaperWhoseDigestIsNotLoadedIsExportedFromTheStore() throws {
    let store = try SQLiteMarkStore.inMemory()
    let id = try #require(ArxivID("2001.00001"))
    let remembered = Paper(
      id: id, title: "A paper from another day", abstract: "Remembered.", category: "cs.LG",
      date: DigestDay(daysSinceEpoch: 18_262), number: 1,
      source: SourceLocation(path: "other.md", line: 2))
    try store.apply(MarkChange(.starred, true, ids: [id]), papers: [remembered])
    let harness = try Harness(store: store)
    harness.press(.character("s"), .character("e"))
    for _ in 0..<2 { harness.press(.backspace) }
    harness.type("json")
    harness.press(.enter)
    #expect(harness.statusLine.contains("exported 2 papers to ~/starred-2019-12-25.json"))
    let json = try harness.file("starred-2019-12-25.json")
    #expect(json.contains("\"2001.00001\""))
    #expect(json.contains("\"1912.11474\""))
  }

  @Test func aFailedExportKeepsThePromptAndThePathAndSaysWhy() throws {
    let harness = try Harness()
    harness.press(.character("s"), .character("e"))
    for _ in 0..<"starred-2019-12-25.md".count { harness.press(.backspace) }
    harness.type("missing/x.md")
    harness.press(.enter)
    let folder = harness.home.appendingPathComponent("missing").path
    #expect(harness.session.state.status == "export failed: \(folder): no such folder")
    #expect(harness.session.state.exportPrompt?.path == "~/missing/x.md")
    #expect(harness.terminal.screen.line(22).hasPrefix("to ~/missing/x.md  \(folder): no such"))
    harness.press(.escape)
    #expect(harness.session.state.exportPrompt == nil)
    #expect(harness.statusLine.contains("export cancelled"))
  }

  @Test func aReadOnlyStoreReadsSaysSoAndRefusesMarksWithoutFailing() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-readonly-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("state.sqlite")
    let id = try #require(ArxivID("1912.11473"))
    do {
      let writable = try SQLiteMarkStore(at: url)
      try writable.apply(MarkChange(.starred, true, ids: [id]), papers: [])
    }
    try FileManager.default.setAttributes(
      [.posixPermissions: NSNumber(value: Int16(0o444))], ofItemAtPath: url.path)
    let harness = try Harness(store: try SQLiteMarkStore(at: url))
    #expect(harness.statusLine.hasPrefix(" 1/26 · 26 unread · 1 ★ · read-only "))
    harness.press(.character("s"))
    #expect(
      harness.statusLine.hasPrefix(
        " 1/26 · 26 unread · 1 ★ · read-only  state is read-only: marks cannot be changed"))
    harness.press(.enter, .escape, .character("r"), .character("u"))
    #expect(try harness.store.marks() == Marks(starred: [id]))
    #expect(harness.session.state.status == "state is read-only: marks cannot be changed")
  }

  @Test func markingReadUnderIsUnreadDropsThePaperAndKeepsTheCountsTrue() throws {
    let harness = try Harness()
    harness.press(.character("/"))
    harness.type("is:unread")
    harness.press(.enter, .character("j"), .character("r"))
    #expect(harness.statusLine.hasPrefix(" 2/25 · 25 of 25 unread · 0 ★  marked 1912.11473 read"))
    #expect(harness.terminal.screen.line(1).hasPrefix("•   1912.11463  FHDR"))
    harness.press(.character("u"))
    #expect(
      harness.statusLine.hasPrefix(" 3/26 · 26 of 26 unread · 0 ★  undid: marked 1912.11473 read"))
    #expect(harness.session.state.selectedPaper?.id.rawValue == "1912.11463")
  }

  @Test func theSelectionStaysOnScreenAfterAResize() throws {
    let harness = try Harness(width: 120, height: 40)
    harness.press(.character("G"))
    harness.terminal.events = [.resize(Size(width: 60, height: 12))]
    harness.session.handle(harness.terminal.nextEvent())
    let rows = (0..<12).map(harness.terminal.screen.line)
    let row = try #require(rows.firstIndex { $0.hasPrefix("•   1912.11194  a simple") })
    #expect(harness.terminal.screen[row, 0].element == .listSelected)
    #expect(harness.statusLine.hasPrefix(" 26/26 · "))
  }

  @Test func openWithoutABrowserSaysHowToSetOne() throws {
    let harness = try Harness(browser: BrowserLauncher(environment: ["PATH": "/nowhere"]))
    harness.press(.character("o"))
    #expect(
      harness.session.state.status
        == "cannot open https://arxiv.org/abs/1912.11474: xdg-open not found;"
        + " set $BROWSER to a browser")
  }
}
