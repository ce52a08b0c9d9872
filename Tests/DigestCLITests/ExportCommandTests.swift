import Foundation
import Testing

/// `digest export` refusals: each exits 2 with one clear line and writes nothing.
@Suite(.timeLimit(.minutes(5))) struct ExportCommandTests {
  /// A fresh folder for outputs, state and the user's (empty) digest folder.
  final class Sandbox {
    let path: String
    init() throws {
      path = FileManager.default.temporaryDirectory
        .appendingPathComponent("digest-export-cli-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { "\(path)/\(name)" }
    var environment: [String: String] { ["XDG_DATA_HOME": path, "DIGEST_STATE": file("state")] }

    /// Runs `digest export` with `arguments` plus `--state` in the sandbox.
    func export(_ arguments: [String]) throws -> DigestBinary.Run {
      try DigestBinary.run(
        ["export"] + arguments + ["--state", file("state.sqlite")], environment: environment)
    }

    var contents: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
        .filter { !$0.hasPrefix("state") }.sorted()
    }
  }

  struct RefusalCase: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var message: String
    var testDescription: String { name }
  }

  static let refusals: [RefusalCase] = [
    RefusalCase(
      name: "no starred paper", arguments: ["--format", "bibtex", "-o", "OUT/x.bib"],
      message: "digest: nothing to export: no starred papers; nothing written\n"),
    RefusalCase(
      name: "unknown format", arguments: ["--format", "xml", "-o", "OUT/x.xml"],
      message: "digest: unknown format 'xml' (expected markdown, bibtex, csv, json, ris)\n"),
    RefusalCase(
      name: "no format and no extension", arguments: ["-o", "OUT/x"],
      message: "digest: missing --format (expected markdown, bibtex, csv, json, ris)\n"),
    RefusalCase(
      name: "append to csv", arguments: ["--format", "csv", "--append", "-o", "OUT/x.csv"],
      message: "digest: cannot append to csv: appending works with markdown and bibtex\n"),
    RefusalCase(
      name: "append to stdout", arguments: ["--format", "bibtex", "--append"],
      message: "digest: --append needs -o FILE\n"),
    RefusalCase(
      name: "two selections", arguments: ["--starred", "--ids", "1912.11474", "-o", "OUT/x.md"],
      message: "digest: --starred, --filter and --ids cannot be combined; choose one\n"),
    RefusalCase(
      name: "malformed id", arguments: ["--ids", "12345", "-o", "OUT/x.md"],
      message: "digest: 12345: not an arXiv id (expected e.g. 1912.11474 or cs/0412069)\n"),
    RefusalCase(
      name: "unknown id", arguments: ["--ids", "1912.99999", "-o", "OUT/x.md"],
      message: "digest: 1912.99999: not in the given digests nor remembered by the state\n"),
  ]

  @Test(arguments: refusals)
  func badRequestsExitTwoWithOneLineAndWriteNothing(_ test: RefusalCase) throws {
    let sandbox = try Sandbox()
    let arguments = test.arguments.map { $0.replacingOccurrences(of: "OUT", with: sandbox.path) }
    let run = try sandbox.export(arguments)
    #expect(run.status == 2)
    #expect(run.stderr == test.message)
    #expect(run.stdout == "")
    #expect(sandbox.contents == [])
  }
}
