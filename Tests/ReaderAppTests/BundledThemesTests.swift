import Foundation
import ReaderApp
import ReaderUI
import Testing

/// The themes in the top-level `Themes/` folder, as embedded in the executable.
@Suite struct BundledThemesTests {
  /// The package's top-level `Themes/` folder.
  static let themesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes")

  static let library = ThemeLibrary(userFolder: nil)

  @Test func eightThemesAreBundled() {
    #expect(
      Self.library.names == [
        "default-dark", "default-light", "gruvbox", "high-contrast", "monochrome", "nord",
        "solarized-dark", "solarized-light",
      ])
  }

  @Test(arguments: BundledThemes.files.map(\.name))
  func bundledThemeLoadsWithoutDiagnosticsAndStylesEveryRole(_ name: String) throws {
    let (theme, diagnostics) = try Self.library.theme(named: name)
    #expect(diagnostics.map(\.description) == [])
    for element in ThemeElement.allCases {
      #expect(theme.styles[element.rawValue] != nil, "\(name) has no style for \(element)")
    }
  }

  @Test func defaultDarkFileIsTheBuiltInDefault() throws {
    let (theme, _) = try Self.library.theme(named: "default-dark")
    #expect(theme.styles == Theme.default.styles)
  }

  @Test func monochromeUsesNoColour() throws {
    let (theme, _) = try Self.library.theme(named: "monochrome")
    for element in ThemeElement.allCases {
      #expect(theme.style(for: element).foreground == nil)
      #expect(theme.style(for: element).background == nil)
    }
  }

  @Test func embeddedThemesEqualTheThemesFolderByteForByte() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
      .filter { $0.hasSuffix(".toml") }.sorted()
    var texts: [String] = []
    for file in files {
      texts.append(
        try String(contentsOf: Self.themesFolder.appendingPathComponent(file), encoding: .utf8))
    }
    // A theme file added after the last build plan and then edited is seen once the plan is
    // made again (any change to Package.swift); a clean build always embeds the folder.
    let hint = "Themes/ changed since the build plan was made: touch Package.swift, build again"
    #expect(BundledThemes.files.map(\.name) == files.map { String($0.dropLast(5)) }, "\(hint)")
    #expect(BundledThemes.files.map(\.text) == texts, "\(hint)")
  }

  @Test func userThemesAddToAndReplaceBundledOnes() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-themes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try #"star = { fg = "red" }"#.write(
      to: folder.appendingPathComponent("nord.toml"), atomically: true, encoding: .utf8)
    try #"inherits = "nord""#.write(
      to: folder.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
    let library = ThemeLibrary(userFolder: folder)
    #expect(library.origin(of: "nord") == .userOverride)
    #expect(library.origin(of: "mine") == .user)
    #expect(library.origin(of: "gruvbox") == .bundled)
    let (theme, diagnostics) = try library.theme(named: "mine")
    #expect(diagnostics.isEmpty)
    #expect(theme.style(for: .star).foreground == .red)
    #expect(theme.name == "mine")
  }
}
