import ArxivDigest
import Dispatch
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
  var previous: ScreenBuffer
  private var keys: KeySequenceReader

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
  /// The filter's index is built on another thread once the first screen is up.
  public func run() {
    start()
    let state = self.state
    DispatchQueue.global(qos: .utility).async { state.prepareFilter() }
    while handle(terminal.nextEvent()) {}
  }

  /// Handles one event and repaints.
  ///
  /// - Returns: `false` when the session is over.
  @discardableResult
  public func handle(_ event: TerminalEvent) -> Bool {
    switch event {
    case .terminate:
      return false
    case .resize:
      terminal.invalidate()
      previous = ScreenBuffer(size: Size(width: 0, height: 0))
    case .key(let key):
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
      for effect in state.reduce(next) {
        if case .applyTheme(let name) = effect {
          pending += applyTheme(named: name)
        } else {
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
