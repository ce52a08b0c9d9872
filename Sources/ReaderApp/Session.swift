import ArxivDigest
import Dispatch
import Foundation
import ReaderCore
import ReaderUI

/// One reading session: event → action → reduce → effects → render → flush changed cells.
///
/// The session owns nothing of the terminal's lifecycle; the caller opens and restores it.
///
/// ```swift
/// let session = Session(state: state, terminal: terminal, effects: EffectRunner(store: store))
/// session.run()
/// ```
public final class Session {
  /// The state after the last event.
  public private(set) var state: ReaderState
  /// The terminal drawn on.
  public let terminal: any TerminalBackend
  /// Performs effects.
  public let runner: EffectRunner
  /// Keys to intents.
  public let keymap: Keymap
  /// The view.
  public let view: ReaderView
  /// Where themes named by ``ReaderEffect/applyTheme(_:)`` are loaded from.
  public let themes: ThemeLibrary?
  /// Trains the "for you" ranking in the background, when the session has one.
  public private(set) var ranking: RankingService?
  /// Where yanked text goes: OSC 52 through ``terminal``, or the config's `copy_command`.
  public var clipboard = Clipboard()
  /// `true` when links on screen are sent as OSC 8 hyperlinks (config `hyperlinks`).
  public var showsHyperlinks = false
  /// Reads the digests again for `R`, off the session's thread: the papers and what loading
  /// reported. `nil` when the session cannot reload (`R` says so).
  public var reloadDigests: (@Sendable () throws -> (papers: [Paper], problems: LoadProblems))?
  /// Notices marks made by other processes; `nil` to not watch.
  public var marksWatcher: MarksWatcher?
  /// Notices digest files changing on disk (started with the background work); `nil` to not
  /// watch.
  public var digestWatcher: DigestFolderWatcher?
  var previous: ScreenBuffer
  private var keys: KeySequenceReader
  private let inbox = Inbox()
  private var otherPapers: RankingService.OtherPapers?
  /// `true` once "for you" or similar papers were asked for (kept across reloads).
  private var rankingWanted = false
  private var lastPress: (time: Date, row: Int, column: Int)?

  /// Creates a session; nothing is drawn until ``start()`` or ``run()``.
  public init(
    state: ReaderState, terminal: any TerminalBackend, runner: EffectRunner,
    keymap: Keymap = .default, theme: Theme = .default, themes: ThemeLibrary? = nil,
    layout: LayoutSettings = .default
  ) {
    self.state = state
    self.terminal = terminal
    self.runner = runner
    self.keymap = keymap
    self.themes = themes
    self.keys = KeySequenceReader(keymap: keymap)
    self.view = ReaderView(keymap: keymap, layout: layout)
    self.previous = ScreenBuffer(size: Size(width: 0, height: 0))
    terminal.apply(theme)
  }

  /// Draws the first screen.
  public func start() {
    terminal.invalidate()
    previous = ScreenBuffer(size: Size(width: 0, height: 0))
    repaint()
  }

  /// Draws the first screen, then handles events until the user quits or a signal arrives.
  ///
  /// The filter's index is built on another thread once the first screen is up, and so are
  /// the ranking's features (over the loaded papers and `otherPapers`).
  public func run(otherPapers: RankingService.OtherPapers? = nil) {
    start()
    startBackgroundWork(otherPapers: otherPapers)
    while handle(terminal.nextEvent()) {}
    // However the session ended (q, a signal), the next run reopens here.
    _ = runner.perform(.savePosition(state.position))
  }

  /// Starts the work that follows the first screen: the filter's index (then the watch
  /// lists), and the "for you" ranking over `otherPapers` too.
  public func startBackgroundWork(otherPapers: RankingService.OtherPapers? = nil) {
    let state = self.state
    let inbox = self.inbox
    let generation = inbox.generation
    DispatchQueue.global(qos: .utility).async {
      state.prepareFilter()
      inbox.post(.filterIndexReady, generation: generation)
    }
    self.otherPapers = otherPapers
    if let digestWatcher {
      digestWatcher.rebase()
      if generation == 0 { digestWatcher.start(posting: { inbox.post($0) }) }
    }
    if ranking == nil {
      let generation = inbox.generation
      ranking = RankingService(papers: state.papers, otherPapers: otherPapers ?? { _, _ in [] }) {
        inbox.post($0, generation: generation)
      }
    }
    // The features are built on first use (`S`, `m`); until then only the stars are counted.
    if rankingWanted {
      ranking?.start(marks: state.marks)
    } else {
      ranking?.marksChanged(state.marks)
    }
  }

  /// Starts the ranking (building the features) the first time it is needed.
  private func startRanking() {
    rankingWanted = true
    ranking?.start(marks: state.marks)
  }

  /// Uses `service` for the ranking instead of the one ``startBackgroundWork(otherPapers:)``
  /// would make (call before it).
  public func useRanking(_ service: RankingService) { ranking = service }

  /// Posts an action from any thread; the session reduces it on its next event.
  public var poster: @Sendable (ReaderAction) -> Void {
    let inbox = self.inbox
    return { inbox.post($0) }
  }

  /// Reduces the actions posted from other threads; `true` when there were any.
  @discardableResult
  public func drainInbox() -> Bool {
    let actions = inbox.take()
    for action in actions { send(action) }
    return !actions.isEmpty
  }

  /// Handles one event and repaints.
  ///
  /// - Returns: `false` when the session is over.
  @discardableResult
  public func handle(_ event: TerminalEvent) -> Bool {
    switch event {
    case .terminate:
      return false
    case .idle:
      let drained = drainInbox()
      let watched = checkMarks(force: false)
      guard drained || watched else { return true }
    case .resize:
      terminal.invalidate()
      previous = ScreenBuffer(size: Size(width: 0, height: 0))
    case .key(let key):
      drainInbox()
      // The reader's own toggles start from the current marks, not a stale copy.
      checkMarks(force: true)
      guard let action = keys.action(for: key, in: state.activePane) else { return true }
      send(action)
    case .mouse(let mouse):
      drainInbox()
      checkMarks(force: true)
      for action in actions(for: mouse) { send(action) }
    }
    repaint()
    return !state.isQuitting
  }

  /// Reduces `action` and everything its effects send back.
  public func send(_ action: ReaderAction) {
    var pending = [action]
    while !pending.isEmpty {
      let next = pending.removeFirst()
      // `S` with enough stars starts the ranking (with too few, there is nothing to build).
      if case .toggleOrder = next, !rankingWanted, state.ranking == .training {
        startRanking()
      }
      let effects = state.reduce(next)
      switch next {
      case .marksChanged, .marksApplied, .marksRefreshed: ranking?.marksChanged(state.marks)
      default: break
      }
      for effect in effects {
        switch effect {
        case .applyTheme(let name):
          pending += applyTheme(named: name)
        case .findSimilar(let paper):
          if let ranking {
            startRanking()
            ranking.findSimilar(to: paper)
          } else {
            pending.append(.showStatus("similar papers are not available"))
          }
        case .copyToClipboard(let request):
          pending.append(.showStatus(clipboard.copy(request, terminal: terminal)))
        case .reloadDigests:
          pending += startReload()
        case .openURL(let url) where runner.browser.needsTerminal:
          let message = runner.browser.open(url, in: terminal.runProgram)
          previous = ScreenBuffer(size: Size(width: 0, height: 0))
          pending.append(.showStatus(message))
        default:
          pending += runner.perform(effect)
        }
      }
      if case .digestsReloaded = next { restartBackgroundWork() }
    }
  }

  // MARK: - Staying current

  /// Sends the marks another process made, when the watcher saw any; `true` when it did.
  @discardableResult
  private func checkMarks(force: Bool) -> Bool {
    guard let marks = marksWatcher?.changedMarks(force: force) else { return false }
    ranking?.marksChanged(marks)
    send(.marksChangedElsewhere(marks))
    return true
  }

  /// Reads the digests again on another thread; the result comes back through the inbox.
  private func startReload() -> [ReaderAction] {
    guard let reloadDigests else { return [.showStatus("reloading is not available here")] }
    let inbox = self.inbox
    DispatchQueue.global(qos: .userInitiated).async {
      do {
        let (papers, problems) = try reloadDigests()
        inbox.post(.digestsReloaded(papers, problems: problems.lines, files: problems.files))
      } catch {
        inbox.post(.showStatus("not reloaded: \(error)"))
      }
    }
    return []
  }

  /// After a reload: the filter index and the ranking over the new papers (results of the
  /// old ranking, which numbers the old papers, are dropped).
  private func restartBackgroundWork() {
    inbox.generation += 1
    ranking = nil
    startBackgroundWork(otherPapers: otherPapers)
  }

  // MARK: - Mouse

  /// The actions a mouse event stands for: the wheel scrolls the pane under the pointer, a
  /// press selects a paper (a second one soon after on the same row opens it) or opens a
  /// link.
  private func actions(for mouse: MouseEvent) -> [ReaderAction] {
    let target = view.target(at: mouse.row, column: mouse.column, in: state, screen: previous)
    switch mouse.kind {
    case .wheelUp, .wheelDown:
      let lines = mouse.kind == .wheelUp ? -3 : 3
      switch target {
      case .listRow: return [.scroll(.list, by: lines)]
      case .detail, .link: return [.scroll(.detail, by: lines)]
      case .help: return [.scroll(.help, by: lines)]
      case .nothing: return []
      }
    case .press:
      let now = Date()
      let isDouble =
        lastPress.map { now.timeIntervalSince($0.time) < 0.4 && $0.row == mouse.row } ?? false
      // A third press starts a new click instead of opening again.
      lastPress = isDouble ? nil : (now, mouse.row, mouse.column)
      switch target {
      case .link(let url): return [.openLink(url)]
      case .listRow(let row): return isDouble ? [.selectRow(row), .open] : [.selectRow(row)]
      case .detail, .help, .nothing: return []
      }
    }
  }

  /// Lays out, renders and writes the cells that changed since the last frame.
  private func repaint() {
    let size = terminal.size
    let viewport = view.viewport(for: state, size: size)
    if viewport != state.viewport { send(.setViewport(viewport)) }
    var next = ScreenBuffer(size: size)
    let cursor = view.render(state, into: &next)
    let changes = next.diff(from: previous)
    terminal.draw(changes, cursor: cursor)
    if showsHyperlinks, !next.links.isEmpty,
      next.links != previous.links
        || changes.contains(where: { change in
          next.links.contains { $0.row == change.row }
        })
    {
      terminal.showHyperlinks(next.links)
    }
    previous = next
  }
}

/// Actions posted from other threads for the session's thread.
final class Inbox: @unchecked Sendable {
  private let lock = NSLock()
  private var actions: [ReaderAction] = []
  private var currentGeneration = 0

  /// Bumped when the papers are reloaded: posts for an older generation are dropped.
  var generation: Int {
    get {
      lock.lock()
      defer { lock.unlock() }
      return currentGeneration
    }
    set {
      lock.lock()
      currentGeneration = newValue
      lock.unlock()
    }
  }

  func post(_ action: ReaderAction) {
    lock.lock()
    actions.append(action)
    lock.unlock()
  }

  /// Posts `action` unless the papers were reloaded since `generation`.
  func post(_ action: ReaderAction, generation: Int) {
    lock.lock()
    if generation == currentGeneration { actions.append(action) }
    lock.unlock()
  }

  func take() -> [ReaderAction] {
    lock.lock()
    defer { lock.unlock() }
    let taken = actions
    actions.removeAll()
    return taken
  }
}
