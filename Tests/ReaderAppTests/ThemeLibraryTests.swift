import Foundation
import ReaderApp
import ReaderUI
import Testing

/// Theme files: inheritance, palettes, and bad lines reported with their line.
@Suite struct ThemeLibraryTests {
  static let library = ThemeLibrary(
    userFolder: nil,
    bundled: [
      (
        "base",
        """
        "list.read" = { fg = "green" }
        star = { fg = "blue", modifiers = ["bold"] }
        """
      ),
      (
        "child",
        """
        inherits = "base"
        star = { fg = "accent", mono = ["underline"] }

        [palette]
        accent = "#ff0000"
        """
      ),
      (
        "bad",
        """
        star = { fg = "blue" }
        "list.red" = { fg = "red" }
        match = { fg = "navy", bg = "yellow" }
        header = { modifiers = ["blink", "bold"] }
        divider = { fg = }
        list.unread = { fg = "cyan", size = 3 }
        inherits = "nowhere"
        """
      ),
      ("loop-a", #"inherits = "loop-b""#),
      ("loop-b", #"inherits = "loop-a""#),
    ])

  @Test func childThemeOverridesOnlyWhatItNamesAndUsesItsPalette() throws {
    let (theme, diagnostics) = try Self.library.theme(named: "child")
    #expect(diagnostics.isEmpty)
    #expect(
      theme.style(for: .star)
        == Style(foreground: TerminalColor(red: 255, green: 0, blue: 0), monochrome: [.underline]))
    #expect(theme.style(for: .listRead) == Style(foreground: .green, monochrome: []))
    #expect(theme.style(for: .header) == Theme.default.style(for: .header))
  }

  @Test func badLinesAreReportedWithTheirLineAndTheRestApplies() throws {
    let (theme, diagnostics) = try Self.library.theme(named: "bad")
    #expect(
      diagnostics.map(\.description) == [
        "Themes/bad.toml:2: warning: unknown style role \"list.red\", did you mean \"list.read\"?",
        "Themes/bad.toml:3: warning: unknown colour \"navy\" in \"match\" (a name, 0-255, #rrggbb or a [palette] name)",
        "Themes/bad.toml:4: warning: unknown modifier \"blink\" in \"header\" (bold, dim, italic, underline, reverse)",
        "Themes/bad.toml:5: warning: Error while parsing key-value pair: expected value, saw '}'; line ignored",
        "Themes/bad.toml:6: warning: unknown key \"size\" in \"list.unread\" (fg, bg, modifiers, mono)",
        "Themes/bad.toml:7: warning: inherits unknown theme \"nowhere\"; the built-in default is used",
      ])
    #expect(theme.style(for: .star) == Style(foreground: .blue, monochrome: [.bold]))
    #expect(
      theme.style(for: .match)
        == Style(foreground: .black, background: .yellow, monochrome: [.underline]))
    #expect(theme.style(for: .header).attributes == [.bold])
    #expect(theme.style(for: .listUnread).foreground == .cyan)
    #expect(theme.style(for: .divider) == Theme.default.style(for: .divider))
  }

  @Test func inheritanceCycleIsReportedAndStops() throws {
    let (theme, diagnostics) = try Self.library.theme(named: "loop-a")
    #expect(
      diagnostics.map(\.description) == [
        "Themes/loop-b.toml:1: warning: inherits \"loop-a\" makes a cycle; inheriting stops here"
      ])
    #expect(theme.styles == Theme.default.styles)
  }

  @Test func unknownThemeNameListsTheThemes() {
    #expect(throws: ThemeLibrary.UnknownTheme.self) { try Self.library.theme(named: "nope") }
    do {
      _ = try Self.library.theme(named: "nope")
    } catch {
      #expect(
        error.description == "unknown theme \"nope\"; themes: bad, base, child, loop-a, loop-b")
    }
  }
}

/// User theme files that cannot be read are reported, not silently left out.
@Suite struct ThemeLibraryProblemTests {
  @Test func aThemeFileThatIsNotTextIsReported() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-themes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("broken.toml")
    try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: file)
    let library = ThemeLibrary(userFolder: folder, bundled: [])
    #expect(library.problems == ["\(file.path): not UTF-8 text; theme ignored"])
    #expect(library.origin(of: "broken") == nil)
  }

  @Test func aMissingUserFolderIsNoProblem() {
    let library = ThemeLibrary(userFolder: URL(fileURLWithPath: "/nonexistent/themes"), bundled: [])
    #expect(library.problems.isEmpty)
  }
}
