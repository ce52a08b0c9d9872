import Foundation
import TestSupport
import Testing

/// A private tmux server running the `digest` binary in one pane: keys in, screen text out.
///
/// The server is a direct child started with `tmux -D` (never a daemon), every client uses
/// `-N` so none starts a server of its own, and each test gets a unique socket. Signals are
/// unblocked for the server because test threads block almost all of them.
final class ReaderTmux {
  let folder: URL
  /// The session's folder, also the reader's `$HOME` with every location variable inside it
  /// (removed with the session).
  private let home: TemporaryHome
  private let socket: String
  private let server: Process

  /// Starts `digest arguments --state <temporary file>` in a `width`×`height` pane, with
  /// `environment` added to the reader's environment.
  ///
  /// The pane runs `sh -c 'echo $$ > pid; exec digest …'` so the test knows the reader's pid,
  /// then writes the exit status to `status` and stays open so the screen can be read after.
  /// `prepare` runs first, with the session's temporary folder (to place a state file there);
  /// `folderArguments` adds arguments naming files in that folder. With `pipedFrom`, the
  /// reader's stdin is `cat <file> |` (the pid file then names the shell). `backtrace` is the
  /// reader's `SWIFT_BACKTRACE`.
  init(
    arguments: [String], width: Int, height: Int, term: String = "tmux-256color",
    environment: [String: String] = [:], prepare: (URL) throws -> Void = { _ in },
    folderArguments: (URL) -> [String] = { _ in [] }, recordsOutput: Bool = false,
    pipedFrom: String? = nil, backtrace: String = "enable=no"
  ) throws {
    home = try TemporaryHome(prefix: "digest-reader")
    folder = home.url
    try prepare(folder)
    socket = folder.appendingPathComponent("tmux.sock").path
    server = Process()
    server.executableURL = URL(fileURLWithPath: ReaderTmux.tmuxPath)
    server.arguments = ["-S", socket, "-f", "/dev/null", "-D"]
    server.environment = ReaderTmux.environment
    server.standardInput = FileHandle.nullDevice
    server.standardOutput = FileHandle.nullDevice
    server.standardError = FileHandle.nullDevice
    try ReaderTmux.withUnblockedSignals { try server.run() }

    let arguments =
      arguments + folderArguments(folder)
      + ["--state", folder.appendingPathComponent("state.sqlite").path]
    let binary = ReaderTmux.quote(DigestBinary.url.path)
    let variables = TemporaryHome.environment(
      overriding: environment.merging(["HOME": environment["HOME"] ?? folder.path]) { $1 })
    let command =
      "env TERM=\(ReaderTmux.quote(term)) LANG=C.UTF-8 "
      + variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(ReaderTmux.quote($0.value)) " }
        .joined()
      + "SWIFT_BACKTRACE=\(ReaderTmux.quote(backtrace)) \(binary) "
      + arguments.map(ReaderTmux.quote).joined(separator: " ")
    // With `recordsOutput`, script(1) sits between tmux and the reader and keeps every byte
    // the reader writes (escape sequences included) in `output.log`.
    let start = pipedFrom.map { "cat \(ReaderTmux.quote($0)) | " } ?? "exec "
    let inner =
      "ulimit -c 0; echo $$ > \(ReaderTmux.quote(path("pid"))); \(start)"
      + (recordsOutput
        ? "script -qfe -c \(ReaderTmux.quote(command)) \(ReaderTmux.quote(path("output.log")))"
        : command)
    // The wrapper outlives keys that signal the whole foreground group (Ctrl-C, Ctrl-\\):
    // a trapped signal is back to its default in the reader.
    let outer =
      "trap : INT QUIT; sh -c \(ReaderTmux.quote(inner)); "
      + "echo $? > \(ReaderTmux.quote(path("status"))); "
      + "exec sleep 120"
    // The socket exists before the server listens: retry until the session starts.
    let deadline = Date().addingTimeInterval(10)
    while true {
      let result = try tmux([
        "new-session", "-d", "-x", String(width), "-y", String(height), "sh", "-c", outer,
      ])
      if result == 0 { break }
      if Date() > deadline { throw Failure(message: "tmux new-session kept failing") }
      usleep(20_000)
    }
  }

  deinit {
    _ = try? tmux(["kill-server"])
    let deadline = Date().addingTimeInterval(5)
    while server.isRunning && Date() < deadline { usleep(10_000) }
    if server.isRunning { server.terminate() }
  }

  struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// The state file the reader was started with.
  var statePath: String { path("state.sqlite") }

  /// A file in the session's temporary folder.
  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Sends keys as tmux names them (`j`, `Enter`, `Escape`, `C-r`).
  func send(_ keys: String...) throws {
    _ = try tmux(["send-keys", "-t", "0"] + keys)
  }

  /// Sends text literally.
  func type(_ text: String) throws {
    _ = try tmux(["send-keys", "-t", "0", "-l", text])
  }

  /// The bytes the reader wrote so far (only with `recordsOutput`).
  func output() -> String {
    (try? String(contentsOfFile: path("output.log"), encoding: .utf8)) ?? ""
  }

  /// Sets a server option (`set-clipboard on`).
  func setServerOption(_ name: String, _ value: String) throws {
    _ = try tmux(["set-option", "-s", name, value])
  }

  /// The top paste buffer (what OSC 52 put there with `set-clipboard on`), or `nil`.
  func pasteBuffer() throws -> String? {
    let result = try run(["show-buffer"])
    return result.status == 0 ? result.output : nil
  }

  /// Resizes the window.
  func resize(width: Int, height: Int) throws {
    _ = try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
  }

  /// The screen as text, one line per row, trailing blanks trimmed.
  func screen() throws -> String {
    try output(["capture-pane", "-p", "-t", "0"])
  }

  /// The screen text with its colours and attributes as escape sequences (`capture-pane -e`).
  func styledScreen() throws -> String {
    try output(["capture-pane", "-p", "-e", "-t", "0"])
  }

  /// A pane format value such as `#{alternate_on}`.
  func format(_ format: String) throws -> String {
    try output(["display-message", "-p", "-t", "0", format]).trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// The pane terminal's modes as `stty -a` prints them (`-ixon` when flow control is off).
  func terminalModes() throws -> String {
    let tty = try format("#{pane_tty}")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/stty")
    process.arguments = ["-F", tty, "-a"]
    let pipe = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Polls the screen until `predicate` holds, or fails after `timeout` seconds with the last
  /// screen in the message.
  @discardableResult
  func waitForScreen(
    timeout: TimeInterval = 10, _ what: String, _ predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if predicate(last) { return last }
      usleep(20_000)
    }
    throw Failure(message: "timed out waiting for \(what); screen:\n\(last)")
  }

  /// Polls until the reader has exited and returns its exit status.
  func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: path("status"), encoding: .utf8),
        let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return status
      }
      usleep(20_000)
    }
    throw Failure(message: "the reader did not exit; screen:\n\((try? screen()) ?? "")")
  }

  /// The reader's process id.
  func readerPID() throws -> pid_t {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: path("pid"), encoding: .utf8),
        let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return pid
      }
      usleep(20_000)
    }
    throw Failure(message: "no pid file")
  }

  // MARK: - Running tmux clients

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> Int32 {
    try run(arguments).status
  }

  private func output(_ arguments: [String]) throws -> String {
    let result = try run(arguments)
    guard result.status == 0 else {
      throw Failure(message: "tmux \(arguments.joined(separator: " ")) failed")
    }
    return result.output
  }

  private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: ReaderTmux.tmuxPath)
    process.arguments = ["-N", "-S", socket] + arguments
    process.environment = ReaderTmux.environment
    let pipe = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try ReaderTmux.withUnblockedSignals { try process.run() }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  // MARK: - Helpers

  static let tmuxPath: String = {
    for folder in ["/usr/bin", "/usr/local/bin", "/bin"] {
      let path = folder + "/tmux"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return "/usr/bin/tmux"
  }()

  static var environment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = "C.UTF-8"
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment.removeValue(forKey: "TMUX")
    return environment
  }

  /// Runs `body` with every signal unblocked on this thread, so children start unblocked.
  static func withUnblockedSignals<T>(_ body: () throws -> T) rethrows -> T {
    var empty = sigset_t()
    var previous = sigset_t()
    sigemptyset(&empty)
    pthread_sigmask(SIG_SETMASK, &empty, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return try body()
  }

  /// `text` in single quotes for `sh`.
  static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
