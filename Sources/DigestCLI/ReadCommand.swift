import ArgumentParser
import ArxivDigest
import DigestState
import Foundation
import NcursesTerminal
import ReaderApp
import ReaderCore

/// `digest read` (the default): the full-screen reader.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the reader on digests (the default command).",
    discussion: """
      Without a path, reads the user's digest folder, or the bundled sample when it is \
      empty. Marks made in the reader are saved to the state file at once. Press ? in the \
      reader for the keys. Needs a terminal: with stdin or stdout redirected it exits with \
      status 2, except `digest -`, which reads the digest from stdin and the keys from \
      /dev/tty.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions
  @OptionGroup var configOptions: ConfigOptions

  @Option(
    help: ArgumentHelp(
      "The theme (default: the config's theme, else default-dark); `digest themes` lists them.",
      valueName: "name"),
    completion: .custom(ThemeCompletion.names))
  var theme: String?

  func run() throws {
    let settings: ReaderSettings
    do {
      settings = try ReaderSettings(
        config: configOptions.load(), theme: theme, themes: ConfigOptions.themeLibrary)
    } catch let error as ReaderSettings.Failure {
      throw CLIError.usage(error.description)
    }
    for diagnostic in settings.diagnostics { StandardError.write("\(diagnostic)\n") }
    // `digest -`: the digest comes through stdin, the keys from /dev/tty (as less does).
    let keys: NcursesTerminal.KeySource =
      input.paths.contains("-") ? .controllingTerminal : .standardInput
    guard NcursesTerminal.isAvailable(keys: keys) else {
      throw CLIError.usage(
        "the reader needs a terminal (stdin and stdout must be a TTY); use `digest list` in scripts"
      )
    }
    let result = try input.load(fallBackToSample: true, config: settings.config)
    let store: any MarkStore
    let marks: Marks
    do {
      // The store is opened (and a file that is not state refused) before the terminal is
      // taken over, so its error is one plain line on a normal screen.
      store = try openMarkStore(at: stateOptions.stateURL)
      marks = try store.marks()
    } catch let error as StateStoreError {
      throw CLIError.usage(error.description)
    } catch {
      throw CLIError.usage("\(stateOptions.stateURL.path): \(error)")
    }
    let today = DigestDay(date: Date())
    var state = ReaderState(
      papers: ReaderState.dayOrdered(
        result.library.papers, newestFirst: settings.config.newestDayFirst),
      marks: marks, today: today, isReadOnly: store.isReadOnly)
    if result.usedSample {
      let folder = DigestLoader().defaultFolder.path
      _ = state.reduce(
        .showStatus("the bundled sample: your digests go in \(folder) (or run digest fetch)"))
    } else if let note = ReadCommand.status(forNotes: result.notes) {
      _ = state.reduce(.showStatus(note))
    } else if let store = store as? SQLiteMarkStore, let folder = store.readOnlyFolder {
      _ = state.reduce(
        .showStatus("\(StateStoreError.readOnlyFolder(path: store.path, folder: folder))"))
    } else if store.isReadOnly {
      _ = state.reduce(.showStatus("the state file is read-only: marks cannot be changed"))
    }
    settings.configure(&state)
    let environment = ProcessInfo.processInfo.environment
    let browser = BrowserLauncher(
      environment: environment, isTerminalBrowser: settings.config.browserNeedsTerminal)
    let runner = EffectRunner(store: store, browser: browser)
    if settings.config.resume, let position = runner.savedPosition() {
      state.resume(at: position)
    }
    let problems = LoadProblems(library: result.library)
    _ = state.reduce(.reportLoadProblems(problems.lines, files: problems.files))
    if let first = settings.diagnostics.first {
      let count = settings.diagnostics.count
      _ = state.reduce(
        .showStatus(count == 1 ? "\(first)" : "\(first) (and \(count - 1) more: digest config)"))
    }
    let terminal: NcursesTerminal
    do {
      let environment = ProcessInfo.processInfo.environment
      terminal = try NcursesTerminal.open(
        term: environment["TERM"], environment: environment, mouse: settings.config.mouse,
        keys: keys)
    } catch {
      throw CLIError.usage(error.description)
    }
    defer { terminal.close() }
    let session = Session(
      state: state, terminal: terminal, runner: runner,
      keymap: settings.keymap, theme: settings.theme, themes: settings.themes,
      layout: settings.config.layout)
    session.clipboard = Clipboard(command: settings.config.copyCommand)
    session.showsHyperlinks = settings.config.hyperlinks.isEnabled(environment: environment)
    session.marksWatcher = MarksWatcher(store: store)
    let input = self.input
    let config = settings.config
    if !input.paths.contains("-") {
      // Standard input cannot be read twice: `R` says reloading is not available then.
      session.reloadDigests = { @Sendable () throws -> ([Paper], LoadProblems) in
        let reloaded = try input.load(fallBackToSample: true, config: config)
        return (
          ReaderState.dayOrdered(reloaded.library.papers, newestFirst: config.newestDayFirst),
          LoadProblems(library: reloaded.library)
        )
      }
      session.digestWatcher = DigestFolderWatcher(paths: input.watchedPaths(config: config))
    }
    session.run(
      otherPapers: RankingSources.otherPapers(
        digestPaths: input.trainingFolders(config: settings.config), stateURL: stateOptions.stateURL))
    terminal.close()
    // Stopped by a signal: the shell convention 128 + signal number.
    if let signal = terminal.stopSignal { throw ExitCode(128 + signal) }
  }

  /// The status line for inputs left out: the note itself when there is one, else a count.
  static func status(forNotes notes: [String]) -> String? {
    switch notes.count {
    case 0: return nil
    case 1: return notes[0]
    default: return "\(notes[0]) (and \(notes.count - 1) more inputs left out)"
    }
  }
}
