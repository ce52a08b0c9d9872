import ArxivDigest
import DigestState
import ReaderApp
import ReaderCore
import ReaderUI
import Testing

/// The session with settings from a config: `t` applies the next theme to the terminal, and
/// rebound keys and sequences reach the reducer.
@Suite struct SessionThemesTests {
  static let day = DigestDay(daysSinceEpoch: 18_255)

  static func papers(_ count: Int) -> [Paper] {
    (1...count).compactMap { number in
      ArxivID("1912.\(10_000 + number)").map {
        Paper(
          id: $0, title: "Paper \(number)", abstract: "An abstract.", category: "cs.CV",
          date: day, number: number, source: SourceLocation(path: "test.md", line: number))
      }
    }
  }

  func session(config: String, theme: String? = nil) throws -> (Session, TestTerminal) {
    let settings = try ReaderSettings(
      config: ReaderConfig(parsing: config, path: "config.toml"), theme: theme,
      themes: ThemeLibrary(userFolder: nil))
    var state = ReaderState(papers: Self.papers(5), today: Self.day)
    settings.configure(&state)
    let terminal = TestTerminal(size: Size(width: 80, height: 24))
    let session = Session(
      state: state, terminal: terminal, runner: EffectRunner(store: try SQLiteMarkStore.inMemory()),
      keymap: settings.keymap, theme: settings.theme, themes: settings.themes,
      layout: settings.config.layout)
    session.start()
    return (session, terminal)
  }

  @Test func pressingTAppliesTheNextThemeLive() throws {
    let (session, terminal) = try session(config: #"theme = "monochrome""#)
    #expect(terminal.theme?.name == "monochrome")
    session.handle(.key(.character("t")))
    #expect(terminal.theme?.name == "nord")
    #expect(session.state.themes.current == "nord")
    #expect(session.state.status == "theme nord")
    session.handle(.key(.character("t")))
    session.handle(.key(.character("t")))
    #expect(terminal.theme?.name == "solarized-light")
    session.handle(.key(.character("t")))
    #expect(terminal.theme?.name == "default-dark")
  }

  @Test func themeOptionWinsOverTheConfig() throws {
    let (_, terminal) = try session(config: #"theme = "monochrome""#, theme: "gruvbox")
    #expect(terminal.theme?.name == "gruvbox")
  }

  @Test func unknownThemeInTheConfigFallsBackWithADiagnostic() throws {
    let settings = try ReaderSettings(
      config: ReaderConfig(parsing: "\ntheme = \"nope\"", path: "config.toml"), theme: nil,
      themes: ThemeLibrary(userFolder: nil))
    #expect(settings.theme.name == "default-dark")
    #expect(
      settings.diagnostics.map(\.description) == [
        "config.toml:2: warning: unknown theme \"nope\"; using default-dark"
      ])
  }

  @Test func unknownThemeOptionIsAnError() {
    #expect(throws: ReaderSettings.Failure.self) {
      try ReaderSettings(
        config: ReaderConfig(), theme: "nope", themes: ThemeLibrary(userFolder: nil))
    }
  }

  @Test func reboundSequenceMovesTheSelection() throws {
    let (session, _) = try session(
      config: """
        [keys]
        first = "g g"
        star = "*"
        """)
    session.handle(.key(.character("j")))
    session.handle(.key(.character("j")))
    #expect(session.state.cursor == 2)
    session.handle(.key(.character("g")))
    #expect(session.state.cursor == 2)
    session.handle(.key(.character("g")))
    #expect(session.state.cursor == 0)
    session.handle(.key(.character("*")))
    #expect(session.state.status == "starred 1912.10001")
  }

  @Test func layoutRatioFromTheConfigSizesTheList() throws {
    let (session, terminal) = try session(
      config: """
        [layout]
        split_ratio = 0.25
        side_by_side_width = 60
        """)
    _ = session
    let row = terminal.screen.text.split(separator: "\n")[1]
    #expect(row.hasPrefix("\"•   1912.10002  Pa…│ "))
    #expect(terminal.screen[1, 19].character == "│")
  }
}
