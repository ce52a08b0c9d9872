import Foundation

/// Opens a URL in the user's browser without a shell: `$BROWSER` when set, else `xdg-open`.
///
/// `$BROWSER` may list several commands separated by `:`; the first is used. A `%s` in it is
/// replaced by the URL, else the URL is appended. The browser's output is discarded and the
/// reader does not wait for it.
public struct BrowserLauncher: Sendable {
  /// The environment `$BROWSER` is read from.
  public var environment: [String: String]

  /// `true` when the config says the browser runs in the terminal
  /// (`browser_needs_terminal = true`).
  public var isTerminalBrowser: Bool

  /// Creates a launcher.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    isTerminalBrowser: Bool = false
  ) {
    self.environment = environment
    self.isTerminalBrowser = isTerminalBrowser
  }

  /// Browsers that draw in the terminal: the reader hands them the terminal and waits.
  public static let textModeBrowsers: Set<String> = [
    "w3m", "lynx", "links", "links2", "elinks", "browsh", "carbonyl",
  ]

  /// `true` when the browser needs the terminal: the config says so, or `$BROWSER` is a
  /// text-mode browser (w3m, lynx, links, …).
  public var needsTerminal: Bool {
    if isTerminalBrowser { return true }
    guard isConfigured, let program = command(for: "").first else { return false }
    let name = program.split(separator: "/").last.map(String.init) ?? program
    return BrowserLauncher.textModeBrowsers.contains(name)
  }

  /// Runs the browser on `url` through `run` (the terminal hands itself over and waits) and
  /// returns the status-bar message.
  public func open(
    _ url: String, in run: (_ executable: String, _ arguments: [String]) throws -> Int32
  ) -> String {
    let command = self.command(for: url)
    guard let program = command.first, let executable = resolve(program) else {
      let fix = isConfigured ? "check $BROWSER" : "set $BROWSER to a browser"
      return "cannot open \(url): \(command.first ?? "") not found; \(fix)"
    }
    do {
      let status = try run(executable.path, Array(command.dropFirst()))
      return status == 0 ? "opened \(url)" : "\(program) exited with status \(status)"
    } catch {
      return "cannot open \(url): \(error)"
    }
  }

  /// `true` when `$BROWSER` names a program (else `xdg-open` is used).
  public var isConfigured: Bool {
    !(environment["BROWSER"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty
  }

  /// The command line that opens `url`: program first.
  public func command(for url: String) -> [String] {
    let browser = environment["BROWSER"]?.split(separator: ":").first.map(String.init) ?? ""
    let words = browser.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard !words.isEmpty else { return ["xdg-open", url] }
    if words.contains(where: { $0.contains("%s") }) {
      return words.map { $0.replacingOccurrences(of: "%s", with: url) }
    }
    return words + [url]
  }

  /// Starts the browser on `url`.
  ///
  /// - Throws: ``NotFound`` when the program is not on `$PATH`, or the error starting it.
  public func open(_ url: String) throws {
    let command = self.command(for: url)
    guard let program = command.first, let executable = resolve(program) else {
      throw NotFound(program: command.first ?? "")
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = Array(command.dropFirst())
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
  }

  /// The program to run could not be found.
  public struct NotFound: Error, Hashable, CustomStringConvertible {
    /// The program looked for.
    public var program: String
    /// Creates the error for `program`.
    public init(program: String) { self.program = program }
    /// `xdg-open not found`.
    public var description: String { "\(program) not found" }
  }

  /// The executable for `program`: a path as given, else the first match on `$PATH`.
  func resolve(_ program: String) -> URL? {
    let fileManager = FileManager.default
    if program.contains("/") {
      return fileManager.isExecutableFile(atPath: program) ? URL(fileURLWithPath: program) : nil
    }
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = String(folder) + "/" + program
      if fileManager.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
    }
    return nil
  }
}
