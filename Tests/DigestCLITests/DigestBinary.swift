import Foundation
import TestSupport

/// The built `digest` executable, found beside the test bundle in the build folder.
enum DigestBinary {
  /// `.build/<triple>/debug/digest` (the folder `swift test` builds into).
  static var url: URL {
    let bundle = Bundle.main.bundleURL
    var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("digest").path) {
      folder = bundle.deletingLastPathComponent()
    }
    return folder.appendingPathComponent("digest")
  }

  /// The output and status of one run of the binary.
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `digest` with `arguments`, feeding `stdin`, and waits for it to exit.
  static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]
  ) throws -> Run {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    // A home of its own for every run (removed on return): every location variable the
    // test does not set points inside it, never at the files of whoever runs the tests.
    let home = try TemporaryHome(prefix: "digest-run")
    var env = ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "enable=no"
    let locations = TemporaryHome.environment(
      overriding: environment.merging(["HOME": environment["HOME"] ?? home.url.path]) { $1 })
    for (key, value) in locations { env[key] = value }
    for (key, value) in environment { env[key] = value }
    process.environment = env
    defer { withExtendedLifetime(home) {} }
    return try capture(process, stdin: stdin)
  }

  /// Starts `process` with its output and error streams piped, feeds it `stdin` (then end of
  /// input), reads both streams concurrently so a full pipe never blocks the child, and waits
  /// for it to exit.
  static func capture(_ process: Process, stdin: String? = nil) throws -> Run {
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fixture file: this target's `Fixtures` folder first, then the shared fixtures.
  static func fixture(_ name: String) -> String {
    let base = Bundle.module.resourceURL ?? Bundle.module.bundleURL
    let own = base.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    return FileManager.default.fileExists(atPath: own) ? own : Fixtures.url(name).path
  }
}
