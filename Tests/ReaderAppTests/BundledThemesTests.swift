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
  /// The generated Swift file embedding them.
  static let generatedFile = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/ReaderApp/Themes/BundledThemes.swift")

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
    var onDisk: [(name: String, text: String)] = []
    for file in files {
      let text = try String(
        contentsOf: Self.themesFolder.appendingPathComponent(file), encoding: .utf8)
      onDisk.append((String(file.dropLast(5)), text))
    }
    let generated = Self.swiftSource(for: onDisk)
    if ProcessInfo.processInfo.environment["RECORD_THEMES"] == "1" {
      try generated.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
      Issue.record("wrote \(Self.generatedFile.path); run the tests again without RECORD_THEMES")
      return
    }
    #expect(BundledThemes.files.map(\.name) == onDisk.map(\.name))
    #expect(BundledThemes.files.map(\.text) == onDisk.map(\.text))
    let checkedIn = try String(contentsOf: Self.generatedFile, encoding: .utf8)
    #expect(checkedIn == generated, "run RECORD_THEMES=1 swift test --filter BundledThemesTests")
  }

  /// The Swift source embedding `files`: what `BundledThemes.swift` must hold.
  static func swiftSource(for files: [(name: String, text: String)]) -> String {
    var lines = [
      "// Generated from the top-level Themes/ folder: do not edit. After changing a theme, run",
      "// `RECORD_THEMES=1 swift test --filter BundledThemesTests` to write this file again.",
      "",
      "/// The theme files of the top-level `Themes/` folder, embedded in the executable so they are",
      "/// found wherever it runs.",
      "public enum BundledThemes {",
      "  /// Each file's name (without `.toml`) and text, byte for byte, sorted by name.",
      "  public static let files: [(name: String, text: String)] = [",
    ]
    for file in files {
      lines += ["    (", "      \"\(file.name)\",", "      ##\"\"\"", file.text + "\n\"\"\"##", "    ),"]
    }
    lines += ["  ]", "}"]
    return lines.joined(separator: "\n") + "\n"
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
