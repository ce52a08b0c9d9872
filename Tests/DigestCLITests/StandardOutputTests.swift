import FetchTestSupport
import Foundation
import Testing

/// One command whose standard output cannot be written.
struct OutputCase: CustomTestStringConvertible, Sendable {
  var name: String
  var arguments: [String]
  /// Marks to make first, so that `undo` and `redo` have something to print.
  var setUp: [[String]] = []
  var testDescription: String { name }
}

extension DigestBinary {
  /// Runs `digest` with standard output going to `stdout` (standard error is captured).
  static func run(
    _ arguments: [String], stdout: FileHandle, stdin: FileHandle = .nullDevice,
    environment: [String: String]
  ) throws -> Run {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "enable=no"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let err = Pipe()
    process.standardOutput = stdout
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let status =
      process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
    return Run(status: status, stdout: "", stderr: String(decoding: errData, as: UTF8.self))
  }
}

@Suite struct StandardOutputTests {
  static let seed = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")
  static let read = ["mark", "--read", "1912.11474"]

  static let cases: [OutputCase] = [
    OutputCase(name: "list", arguments: ["list", seed]),
    OutputCase(name: "list --json", arguments: ["list", "--json", seed]),
    OutputCase(name: "list --count", arguments: ["list", "--count", seed]),
    OutputCase(name: "check", arguments: ["check", seed]),
    OutputCase(name: "show", arguments: ["show", "1912.11474", seed]),
    OutputCase(name: "show --json", arguments: ["show", "--json", "1912.11474", seed]),
    OutputCase(name: "similar", arguments: ["similar", "1912.11474", seed]),
    OutputCase(name: "mark", arguments: read),
    OutputCase(name: "mark -", arguments: ["mark", "--read", "-"]),
    OutputCase(name: "undo", arguments: ["undo"], setUp: [read]),
    OutputCase(name: "redo", arguments: ["redo"], setUp: [read, ["undo"]]),
    OutputCase(name: "stats", arguments: ["stats", seed]),
    OutputCase(name: "stats --json", arguments: ["stats", "--json", seed]),
    OutputCase(name: "state export", arguments: ["state", "export"], setUp: [read]),
    OutputCase(
      name: "export", arguments: ["export", "--ids", "1912.11474", "--format", "bibtex", seed]),
    OutputCase(name: "themes", arguments: ["themes"]),
    OutputCase(name: "config", arguments: ["config"]),
    OutputCase(name: "config --print-default", arguments: ["config", "--print-default"]),
    OutputCase(name: "--help", arguments: ["--help"]),
    OutputCase(name: "list --help", arguments: ["list", "--help"]),
  ]

  static func environment(_ folder: StateTestFolder) -> [String: String] {
    [
      "DIGEST_STATE": folder.state, "XDG_DATA_HOME": folder.path("data"),
      "XDG_CONFIG_HOME": folder.path("config"), "HOME": folder.url.path,
    ]
  }

  @Test(arguments: cases)
  func aFullDiskIsOneLineOnStderrAndStatus1(_ output: OutputCase) throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let environment = StandardOutputTests.environment(folder)
    for arguments in output.setUp {
      let run = try DigestBinary.run(arguments, environment: environment)
      try #require(run.status == 0, "\(arguments): \(run.stderr)")
    }
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    defer { try? full.close() }
    // `mark -` reads ids from stdin: the first one's line fails to be written.
    let input = folder.path("ids.txt")
    try Data("1912.11474\n1912.11475\n".utf8).write(to: URL(fileURLWithPath: input))
    let ids = try #require(FileHandle(forReadingAtPath: input))
    defer { try? ids.close() }
    let run = try DigestBinary.run(
      output.arguments, stdout: full, stdin: ids, environment: environment)
    #expect(run.stderr == "digest: stdout: no space left on device\n")
    #expect(run.status == 1)
  }

  @Test func fetchToAFullDiskIsOneLineOnStderrAndStatus1() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-weekday.rss"), etag: #""a""#)]
    ])
    defer { server.stop() }
    let folder = try StateTestFolder()
    defer { folder.remove() }
    var environment = StandardOutputTests.environment(folder)
    environment["DIGEST_ARXIV_RSS"] = server.baseURL + "/rss"
    environment["DIGEST_ARXIV_API"] = server.baseURL + "/api/query"
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    defer { try? full.close() }
    let run = try DigestBinary.run(
      ["fetch", "cs.CV", "--request-interval", "0.2"], stdout: full, environment: environment)
    #expect(run.stderr == "digest: stdout: no space left on device\n")
    #expect(run.status == 1)
  }

  struct PipeCase: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var testDescription: String { name }
  }

  static let pipeCases: [PipeCase] = [
    PipeCase(name: "list", arguments: ["list", seed]),
    PipeCase(name: "list --json", arguments: ["list", "--json", seed]),
    PipeCase(name: "config --print-default", arguments: ["config", "--print-default"]),
  ]

  /// `digest list | head -1`: the reader has gone before anything is written.
  @Test(arguments: pipeCases)
  func aClosedPipeEndsQuietlyWithStatus0(_ output: PipeCase) throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    let run = try DigestBinary.run(
      output.arguments, stdout: pipe.fileHandleForWriting,
      environment: StandardOutputTests.environment(folder))
    #expect(run.stderr == "")
    #expect(run.status == 0)
  }

  /// No command writes to standard output but through `StandardOutput`.
  @Test func noCommandBypassesTheOneWriter() throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/DigestCLI")
    let files = try FileManager.default.contentsOfDirectory(atPath: sources.path)
      .filter { $0.hasSuffix(".swift") && $0 != "StandardOutput.swift" }
    #expect(files.count > 10)
    for file in files {
      let text = try String(
        contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      let forbidden = ["print(", "FileHandle.standardOutput", "STDOUT_FILENO", "putchar", "puts("]
      for forbidden in forbidden {
        #expect(!text.contains(forbidden), "\(file) writes to stdout with \(forbidden)")
      }
    }
  }
}
