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
  var previous: ScreenBuffer
  private var keys: KeySequenceReader
  private let inbox = Inbox()

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
    DispatchQueue.global(qos: .utility).async {
      state.prepareFilter()
      inbox.post(.filterIndexReady)
    }
    if ranking == nil {
      ranking = RankingService(papers: state.papers, otherPapers: otherPapers ?? { _, _ in [] }) {
        inbox.post($0)
      }
    }
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
      guard drainInbox() else { return true }
    case .resize:
      terminal.invalidate()
      previous = ScreenBuffer(size: Size(width: 0, height: 0))
    case .key(let key):
      drainInbox()
      guard let action = keys.action(for: key, in: state.activePane) else { return true }
      send(action)
    }
    repaint()
    return !state.isQuitting
  }

  /// Reduces `action` and everything its effects send back.
  public func send(_ action: ReaderAction) {
    var pending = [action]
    while !pending.isEmpty {
      let next = pending.removeFirst()
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
            ranking.findSimilar(to: paper)
          } else {
            pending.append(.showStatus("similar papers are not available"))
          }
        default:
          pending += runner.perform(effect)
        }
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
    terminal.draw(next.diff(from: previous), cursor: cursor)
    previous = next
  }
}

/// Actions posted from other threads for the session's thread.
final class Inbox: @unchecked Sendable {
  private let lock = NSLock()
  private var actions: [ReaderAction] = []

  func post(_ action: ReaderAction) {
    lock.lock()
    actions.append(action)
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
