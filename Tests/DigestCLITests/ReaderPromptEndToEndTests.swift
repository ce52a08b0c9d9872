import Foundation
import Testing

/// The real binary in tmux: export from the reader, a read-only state file, a state file that
/// is not state.
@Suite(.serialized, .timeLimit(.minutes(5))) struct ReaderPromptEndToEndTests {
  static let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  @Test func eExportsTheStarredPaperToTheHomeFolder() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-home-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let reader = try ReaderTmux(
      arguments: [Self.fixture], width: 120, height: 30, environment: ["HOME": home.path])
    try reader.waitForScreen("the first paper selected") { $0.contains(" 1/26 · ") }
    try reader.send("s")
    try reader.waitForScreen("the star confirmed") { $0.contains("starred 1912.11474") }
    try reader.send("e")
    try reader.waitForScreen("the export prompt") {
      $0.contains("export 1 starred paper as [markdown] bibtex csv json ris")
        && $0.contains("to ~/starred-")
    }
    try reader.send("Tab")
    try reader.waitForScreen("bibtex chosen") { $0.contains("as markdown [bibtex] csv") }
    try reader.send("Enter")
    let screen = try reader.waitForScreen("the export reported") {
      $0.contains("exported 1 paper to ~/starred-")
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: home.path)
    #expect(files.count == 1)
    let name = try #require(files.first)
    #expect(name.hasPrefix("starred-") && name.hasSuffix(".bib"))
    #expect(screen.contains("exported 1 paper to ~/\(name)"))
    let bib = try String(contentsOf: home.appendingPathComponent(name), encoding: .utf8)
    #expect(bib.contains("eprint = {1912.11474}"))
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func aReadOnlyStateFileOpensReadOnlyAndSaysSo() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 120, height: 30) { folder in
      let state = folder.appendingPathComponent("state.sqlite").path
      let mark = try DigestBinary.run(["mark", "--star", "1912.11473", "--state", state])
      guard mark.status == 0 else { throw ReaderTmux.Failure(message: mark.stderr) }
      try FileManager.default.setAttributes(
        [.posixPermissions: NSNumber(value: Int16(0o444))], ofItemAtPath: state)
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: reader.statePath))
    let opened = try reader.waitForScreen("the read-only indicator") {
      $0.contains(" 1/26 · 26 unread · 1 ★ · read-only ")
    }
    #expect(opened.contains("the state file is read-only: marks cannot be changed"))
    try reader.send("s")
    try reader.waitForScreen("the refusal") {
      $0.contains("read-only  state is read-only: marks cannot be changed")
    }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: reader.statePath)) == before)
  }

  @Test func aStateFileThatIsNotStateExitsWithStatusTwoAndOneLine() throws {
    let notes = Data("my reading notes\n".utf8)
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 220, height: 10) { folder in
      try notes.write(to: folder.appendingPathComponent("state.sqlite"))
    }
    #expect(try reader.waitForExit() == 2)
    let screen = try reader.screen()
    #expect(
      screen.contains(
        "digest: \(reader.statePath): not a digest state database (not SQLite);"
          + " the file was left untouched"))
    #expect(try reader.format("#{alternate_on}") == "0")
    #expect(try Data(contentsOf: URL(fileURLWithPath: reader.statePath)) == notes)
  }
}
