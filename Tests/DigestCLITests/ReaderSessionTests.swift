import ArxivDigest
import DigestState
import Foundation
import ReaderApp
import ReaderCore
import ReaderUI
import Testing

/// The session loop on an in-memory terminal with the real state store: keys in, screen out,
/// marks committed before they show.
@Suite struct ReaderSessionTests {
  /// A session over the fixture with a fresh store in a temporary folder.
  final class Harness {
    let folder: URL
    let store: any MarkStore
    let terminal: TestTerminal
    let session: Session

    init(width: Int = 80, height: Int = 24) throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "digest-session-\(UUID().uuidString)", isDirectory: true)
      store = try openMarkStore(at: folder.appendingPathComponent("state.sqlite"))
      let file = try DigestFile(
        contentsOf: URL(fileURLWithPath: DigestBinary.fixture("cs.CV-2019-12-25.seed.md")))
      let papers = Library(files: [file]).papers
      terminal = TestTerminal(size: Size(width: width, height: height))
      session = Session(
        state: ReaderState(papers: papers, marks: try store.marks(), today: papers[0].date),
        terminal: terminal, runner: EffectRunner(store: store))
      session.start()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Presses keys, one event each; returns whether the session goes on.
    @discardableResult
    func press(_ keys: Key...) -> Bool {
      var running = true
      for key in keys { running = session.handle(.key(key)) }
      return running
    }

    var statusLine: String { terminal.screen.line(terminal.size.height - 1) }
  }

  @Test func starIsCommittedToTheStoreBeforeItShows() throws {
    let harness = try Harness()
    harness.press(.character("j"), .character("s"))
    let id = try #require(ArxivID("1912.11473"))
    #expect(try harness.store.marks().starred == [id])
    #expect(harness.statusLine.hasPrefix(" 2/26 · 26 unread · 1 ★  starred 1912.11473"))
    #expect(harness.terminal.screen.line(1).hasPrefix("• ★ 1912.11473  Dense RepPoints"))
  }

  @Test func undoAndRedoGoThroughTheStore() throws {
    let harness = try Harness()
    harness.press(.character("s"), .character("u"))
    #expect(try harness.store.marks().starred == [])
    #expect(harness.statusLine.contains("undid: starred 1912.11474"))
    harness.press(.control("r"))
    #expect(try harness.store.marks().starred.count == 1)
    #expect(harness.statusLine.contains("redid: starred 1912.11474"))
    harness.press(.character("u"), .character("u"))
    #expect(harness.statusLine.contains("nothing to undo"))
  }

  @Test func aKeystrokeWritesOnlyTheCellsThatChanged() throws {
    let harness = try Harness(width: 120, height: 40)
    #expect(harness.terminal.lastChangeCount == 4_800)
    harness.press(.character("j"))
    let moved = harness.terminal.lastChangeCount
    #expect(moved > 0 && moved < 2_400)
    harness.press(.character("g"))
    harness.press(.character("k"))
    #expect(harness.terminal.lastChangeCount == 0)
    let total = harness.terminal.totalChangeCount
    harness.press(.character("Z"))
    #expect(harness.terminal.totalChangeCount == total)
  }

  @Test func resizeRepaintsEveryCellAtTheNewSize() throws {
    let harness = try Harness()
    harness.terminal.events = [.resize(Size(width: 50, height: 12))]
    #expect(harness.session.handle(harness.terminal.nextEvent()))
    #expect(harness.terminal.lastChangeCount == 600)
    #expect(harness.statusLine.hasPrefix(" 1/26 · 26 unread · 0 ★"))
  }

  @Test func quitEndsTheSessionAndATerminateEventToo() throws {
    let harness = try Harness()
    #expect(harness.press(.character("j")))
    #expect(!harness.press(.character("q")))
    let other = try Harness()
    #expect(!other.session.handle(.terminate))
  }
}
