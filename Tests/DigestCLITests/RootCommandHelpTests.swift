import Foundation
import ReaderCore
import Testing

@testable import DigestCLI

/// `digest --version` and the sections `--help` (and the man page) carry beyond the options.
@Suite struct RootCommandHelpTests {
  @Test func versionPrintsTheOneVersionConstant() throws {
    let run = try DigestBinary.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout == "0.2.0\n")
    #expect(DigestVersion.current == "0.2.0")
    #expect(FetchCommand.userAgent.hasPrefix("digest/0.2.0 "))
  }

  @Test func helpCarriesKeysFilesEnvironmentAndExitStatus() throws {
    let run = try DigestBinary.run(["--help"])
    #expect(run.status == 0)
    for heading in ["KEYS", "FILES", "ENVIRONMENT", "EXIT STATUS"] {
      #expect(run.stdout.contains("\n\(heading)\n"))
    }
    for code in ["0", "1", "2", "129", "130", "131", "143"] {
      #expect(run.stdout.contains("\n  \(code) "))
    }
  }

  /// Every binding of the default keymap is one line of KEYS (under its panes), and KEYS has
  /// no other key lines.
  @Test func keysAreTheDefaultKeymap() throws {
    let discussion = DigestCommand.configuration.discussion
    let start = try #require(discussion.range(of: "KEYS\n\n"))
    let end = try #require(discussion.range(of: "\n\nFILES"))
    let lines = discussion[start.upperBound..<end.lowerBound].split(separator: "\n")
      .filter { $0.hasPrefix("  ") }
    let expected = Keymap.default.bindings.map { ($0.keyNames, $0.help) }
    #expect(lines.count == expected.count)
    for (keys, help) in expected {
      #expect(
        lines.contains { $0.hasPrefix("  \(keys) ") && $0.hasSuffix(" \(help)") },
        "no KEYS line for \(keys): \(help)")
    }
    #expect(lines.first == "  j ↓          next paper; in the detail or help, scroll down")
  }
}
