import Foundation
import ReaderCore
import Testing

/// The README's key table is the keymap table itself, so the two cannot drift apart.
@Suite struct ReadmeKeymapTests {
  static var readme: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("README.md")
  }

  @Test func readmeHoldsTheDefaultKeymapTable() throws {
    let text = try String(contentsOf: ReadmeKeymapTests.readme, encoding: .utf8)
    let table = Keymap.default.markdownTable
    if ProcessInfo.processInfo.environment["RECORD_README_KEYS"] != nil {
      try table.write(
        toFile: NSTemporaryDirectory() + "/digest-keymap.md", atomically: true, encoding: .utf8)
    }
    #expect(text.contains(table))
  }
}
