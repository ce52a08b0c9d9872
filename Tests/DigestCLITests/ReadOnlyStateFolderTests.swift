import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A state file whose folder cannot be written (mode 555): read, never changed, with the reason
/// said. Root writes any folder, so as root the binary runs as `nobody` through `setpriv`.
@Suite struct ReadOnlyStateFolderTests {
  static let setpriv = "/usr/bin/setpriv"
  /// Whether the folder can be refused here; under CI (`CI=true`) always, so a missing
  /// `setpriv` fails the tests instead of skipping them.
  static var canRunUnprivileged: Bool {
    UnprivilegedRun.unavailableReason == nil
  }

  /// A state folder `nobody` can read but not write, holding a state with one read and one
  /// starred paper.
  struct Folder {
    let root: URL
    var state: String { root.appendingPathComponent("state/state.sqlite").path }
    var folder: String { root.appendingPathComponent("state").path }

    init() throws {
      root = URL(fileURLWithPath: "/tmp")
        .appendingPathComponent("digest-read-only-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(
        atPath: root.appendingPathComponent("state").path, withIntermediateDirectories: true)
      chmod(root.path, 0o755)
      chmod(folder, 0o755)
    }

    /// Runs `digest` as `nobody` when root, as the user otherwise.
    func digest(_ arguments: [String]) throws -> DigestBinary.Run {
      let environment = [
        "DIGEST_STATE": state, "XDG_DATA_HOME": root.appendingPathComponent("data").path,
        "XDG_CONFIG_HOME": root.appendingPathComponent("config").path, "HOME": root.path,
      ]
      guard getuid() == 0 else { return try DigestBinary.run(arguments, environment: environment) }
      return try DigestBinary.run(
        via: ReadOnlyStateFolderTests.setpriv,
        ["--reuid=65534", "--regid=65534", "--clear-groups", DigestBinary.url.path] + arguments,
        environment: environment)
    }

    func remove() {
      chmod(folder, 0o755)
      try? FileManager.default.removeItem(at: root)
    }
  }

  /// The seed fixture, copied where `nobody` can read it (the build folder may sit inside a
  /// folder only its owner can enter, as a fresh `mktemp -d` clone does).
  static let seed: String = {
    let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")
    let copy = "/tmp/digest-read-only-seed-\(UUID().uuidString).md"
    do {
      try FileManager.default.copyItem(atPath: fixture, toPath: copy)
      chmod(copy, 0o644)
      return copy
    } catch {
      return fixture
    }
  }()

  /// The line every command says of the folder.
  static func reason(_ folder: Folder) -> String {
    "digest: state folder \(folder.folder) is read-only: marks cannot be saved\n"
  }

  struct Reading: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    /// A part of what the command prints.
    var stdout: String
    /// What stderr says after the reason.
    var stderr = ""
    var testDescription: String { arguments.prefix(2).joined(separator: " ") }
  }

  static let readers: [Reading] = [
    Reading(arguments: ["stats", seed], stdout: "read all time:  1\nstarred:        1"),
    Reading(arguments: ["list", "--json", "--read", seed], stdout: "\"1912.11474\""),
    Reading(arguments: ["state", "export"], stdout: "\"1912.11474\""),
    Reading(
      arguments: ["export", "--format", "json", seed], stdout: "1912.11474",
      stderr: "exported 1 paper to stdout\n"),
    Reading(arguments: ["similar", "1912.11474", seed], stdout: "  2019-12-25  cs.CV  "),
  ]

  static func prepared() throws -> Folder {
    let folder = try Folder()
    let setUp = [
      ["mark", "--read", "1912.11474"], ["mark", "--star", "--digest", seed, "1912.11474"],
    ]
    for arguments in setUp {
      let run = try DigestBinary.run(arguments, environment: ["DIGEST_STATE": folder.state])
      try #require(run.status == 0, "\(run.stderr)")
    }
    // The log checkpointed into the file, as after any clean exit; then the folder locked.
    try? FileManager.default.removeItem(atPath: folder.state + "-wal")
    try? FileManager.default.removeItem(atPath: folder.state + "-shm")
    chmod(folder.state, 0o644)
    chmod(folder.folder, 0o555)
    return folder
  }

  @Test(
    .enabled(if: canRunUnprivileged, "root without setpriv cannot be refused a folder"),
    arguments: readers)
  func readingCommandsReadAndSayWhy(_ reading: Reading) throws {
    let folder = try ReadOnlyStateFolderTests.prepared()
    defer { folder.remove() }
    let run = try folder.digest(reading.arguments)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr == ReadOnlyStateFolderTests.reason(folder) + reading.stderr)
    #expect(run.stdout.contains(reading.stdout), "\(run.stdout)")
  }

  @Test(.enabled(if: canRunUnprivileged, "root without setpriv cannot be refused a folder"))
  func showReadsWithoutTheState() throws {
    let folder = try ReadOnlyStateFolderTests.prepared()
    defer { folder.remove() }
    let run = try folder.digest(["show", "1912.11474", Self.seed])
    #expect(run.status == 0)
    #expect(run.stderr == "")
  }

  @Test(
    .enabled(if: canRunUnprivileged, "root without setpriv cannot be refused a folder"),
    arguments: [["mark", "--read", "1912.11475"], ["undo"], ["redo"], ["mark", "--unread", "-"]])
  func changingCommandsFailWithTheReason(_ arguments: [String]) throws {
    let folder = try ReadOnlyStateFolderTests.prepared()
    defer { folder.remove() }
    let run = try folder.digest(arguments)
    #expect(run.status == 2)
    #expect(run.stderr == ReadOnlyStateFolderTests.reason(folder))
    #expect(!FileManager.default.fileExists(atPath: folder.state + "-wal"))
  }

  @Test(.enabled(if: canRunUnprivileged, "root without setpriv cannot be refused a folder"))
  func markingIntoAReadOnlyFolderWithoutStateSaysWhy() throws {
    let folder = try Folder()
    defer { folder.remove() }
    chmod(folder.folder, 0o555)
    let run = try folder.digest(["mark", "--read", "1912.11475"])
    #expect(run.status == 2)
    #expect(run.stderr == ReadOnlyStateFolderTests.reason(folder))
  }
}

extension DigestBinary {
  /// Runs `tool` (such as `setpriv`) with `arguments`, which start the binary.
  static func run(
    via tool: String, _ arguments: [String], environment: [String: String]
  ) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "enable=no"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    return try DigestBinary.capture(process)
  }
}
