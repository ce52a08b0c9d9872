import Foundation
import Testing

/// Themes, saved filters and rebound keys in the real binary in a real pseudo-terminal.
@Suite(.serialized, .timeLimit(.minutes(5))) struct ReaderThemesEndToEndTests {
  static let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  /// A config file in a fresh folder.
  static func config(_ text: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("config.toml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  /// `true` when a captured screen sets a foreground or background colour.
  static func hasColor(_ styled: String) -> Bool {
    styled.contains("[38;") || styled.contains("[48;") || styled.contains(";38;")
      || styled.contains(";48;")
      || styled.range(of: "\u{1b}\\[[0-9;]*3[0-7]m", options: .regularExpression) != nil
  }

  @Test func monochromeUsesAttributesOnlyAndTSwitchesToAColourTheme() throws {
    let config = try Self.config("")
    defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
    let reader = try ReaderTmux(
      arguments: ["--theme", "monochrome", "--config", config.path, Self.fixture], width: 100,
      height: 30, environment: ["NO_COLOR": ""])
    try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    let mono = try reader.styledScreen()
    #expect(mono.contains("\u{1b}[7m"))
    #expect(!Self.hasColor(mono))
    try reader.send("t")
    try reader.waitForScreen("the next theme") { $0.contains("theme nord") }
    let colored = try reader.styledScreen()
    #expect(Self.hasColor(colored))
    // nord's selected row, #eceff4 on #5e81ac, as the nearest xterm-256 colours.
    #expect(colored.contains("\u{1b}[38;5;255m\u{1b}[48;5;67m"))
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func directColourTerminalWithCOLORTERMGetsExactColours() throws {
    let config = try Self.config("")
    defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
    let reader = try ReaderTmux(
      arguments: ["--theme", "nord", "--config", config.path, Self.fixture], width: 100,
      height: 30, term: "xterm-direct", environment: ["NO_COLOR": "", "COLORTERM": "truecolor"])
    try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    // nord's selected row, #eceff4 on #5e81ac, exactly.
    #expect(
      try reader.styledScreen().contains("\u{1b}[38;2;236;239;244m\u{1b}[48;2;94;129;172m"))
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func noColorShowsAColourThemeWithAttributesOnly() throws {
    let config = try Self.config("")
    defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
    let reader = try ReaderTmux(
      arguments: ["--theme", "nord", "--config", config.path, Self.fixture], width: 100,
      height: 30, environment: ["NO_COLOR": "1"])
    try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    let styled = try reader.styledScreen()
    #expect(styled.contains("\u{1b}[7m"))
    #expect(!Self.hasColor(styled))
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func savedFiltersListWithCountsAndApplyWithEnter() throws {
    let config = try Self.config(
      """
      [filters]
      tracking = "tracking"
      nothing = "zzzzzz"

      [keys]
      first = "g g"
      """)
    defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
    let reader = try ReaderTmux(
      arguments: ["--config", config.path, Self.fixture], width: 100, height: 30)
    try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    try reader.send("F")
    let list = try reader.waitForScreen("the saved filters") { $0.contains("Saved filters") }
    #expect(list.contains("▶ tracking  "))
    #expect(list.contains("  nothing   0  zzzzzz"))
    try reader.send("Enter")
    try reader.waitForScreen("the filter applied") { $0.contains("filter tracking: ") }
    try reader.send("j", "g", "g")
    try reader.waitForScreen("back at the first match") { $0.contains(" 1/") }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }
}
