import Foundation
import Testing

/// `digest themes`, `digest config`, `--theme` and `--config`, run on the real binary.
@Suite(.timeLimit(.minutes(5))) struct ThemesCommandTests {
  /// A home with empty config and data folders, so a run never sees the user's own files.
  func emptyHome() throws -> (URL, [String: String]) {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent("config/digest/themes"), withIntermediateDirectories: true)
    return (
      home,
      [
        "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
        "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        "DIGEST_STATE": home.appendingPathComponent("state.sqlite").path,
      ]
    )
  }

  @Test func themesListsBundledAndUserThemesAndMarksTheConfiguredOne() throws {
    let (home, environment) = try emptyHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let config = home.appendingPathComponent("config/digest")
    try #"theme = "nord""#.write(
      to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    try #"inherits = "nord""#.write(
      to: config.appendingPathComponent("themes/mine.toml"), atomically: true, encoding: .utf8)
    try "star = { fg = \"red\" }\n".write(
      to: config.appendingPathComponent("themes/gruvbox.toml"), atomically: true,
      encoding: .utf8)
    let run = try DigestBinary.run(["themes"], environment: environment)
    #expect(run.status == 0)
    #expect(
      run.stdout == """
          default-dark     bundled
          default-light    bundled
          gruvbox          user, replaces bundled
          high-contrast    bundled
          mine             user
          monochrome       bundled
        * nord             bundled
          solarized-dark   bundled
          solarized-light  bundled

        """)
  }

  @Test func themesCheckReportsBadLinesWithTheirFileAndLine() throws {
    let (home, environment) = try emptyHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let theme = home.appendingPathComponent("config/digest/themes/broken.toml")
    try "star = { fg = \"red\" }\nlist.raed = { fg = \"blue\" }\n".write(
      to: theme, atomically: true, encoding: .utf8)
    let run = try DigestBinary.run(["themes", "--check"], environment: environment)
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "\(theme.path):2: warning: unknown style role \"list.raed\", "
        + "did you mean \"list.read\"?\n"
    )
  }

  @Test func printDefaultConfigReadsBackWithoutProblems() throws {
    let (home, environment) = try emptyHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let run = try DigestBinary.run(["config", "--print-default"], environment: environment)
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("# digest configuration: $XDG_CONFIG_HOME/digest/config.toml"))
    #expect(run.stdout.contains("\ntheme = \"default-dark\"\n"))
    #expect(run.stdout.contains("\n# star = \"s\"\n"))
    let file = home.appendingPathComponent("default.toml")
    try run.stdout.write(to: file, atomically: true, encoding: .utf8)
    let check = try DigestBinary.run(["config", "--config", file.path], environment: environment)
    #expect(check.status == 0)
    #expect(check.stderr == "")
    #expect(check.stdout == file.path + "\n")
  }

  @Test func configReportsUnknownKeysAndConflictingBindingsWithTheirLine() throws {
    let (home, environment) = try emptyHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let file = home.appendingPathComponent("config.toml")
    try """
    theme = "nord"
    colour = "red"

    [keys]
    star = "r"
    """.write(to: file, atomically: true, encoding: .utf8)
    let run = try DigestBinary.run(["config", "--config", file.path], environment: environment)
    #expect(run.status == 1)
    #expect(
      run.stderr == """
        \(file.path):2: warning: unknown key "colour"; ignored
        \(file.path):5: warning: "r" for star conflicts with toggle-read in the list pane; dropped

        """)
  }

  @Test func unknownThemeOptionExitsWithStatus2() throws {
    let (home, environment) = try emptyHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let run = try DigestBinary.run(["--theme", "nope"], environment: environment)
    #expect(run.status == 2)
    #expect(
      run.stderr
        == "digest: unknown theme \"nope\"; themes: default-dark, default-light, gruvbox, "
        + "high-contrast, monochrome, nord, solarized-dark, solarized-light\n")
  }

  @Test func missingConfigOptionFileExitsWithStatus2() throws {
    let (home, environment) = try emptyHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let missing = home.appendingPathComponent("none.toml").path
    let run = try DigestBinary.run(["config", "--config", missing], environment: environment)
    #expect(run.status == 2)
    #expect(run.stderr == "digest: \(missing): no such config file\n")
  }

  @Test func configDigestsAreReadWhenNoPathIsGiven() throws {
    let (home, environment) = try emptyHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")
    try "digests = [\"\(fixture)\"]\n".write(
      to: home.appendingPathComponent("config/digest/config.toml"), atomically: true,
      encoding: .utf8)
    let run = try DigestBinary.run(["list", "--count"], environment: environment)
    #expect(run.status == 0)
    #expect(run.stdout == "26\n")
  }
}

/// The bundled themes are inside the executable: a copy elsewhere still has them.
@Suite(.timeLimit(.minutes(5))) struct EmbeddedThemesTests {
  @Test func copiedBinaryStillListsAndUsesTheBundledThemes() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("digest")
    try FileManager.default.copyItem(at: DigestBinary.url, to: copy)
    let process = Process()
    process.executableURL = copy
    process.arguments = ["themes", "--check"]
    process.currentDirectoryURL = folder
    process.environment = [
      "HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self).split(separator: "\n").count == 8)
  }
}
