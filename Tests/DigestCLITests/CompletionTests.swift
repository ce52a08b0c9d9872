import Foundation
import Testing

/// The shell completion scripts and the custom completion behind `--theme`.
@Suite struct CompletionTests {
  struct Script: CustomTestStringConvertible, Sendable {
    var shell: String
    /// What the script must say for `--theme`: a call back into digest.
    var theme: String
    /// What it must say for the id of `show`: an empty word list (no `*.md` files).
    var showID: String
    var testDescription: String { shell }
  }

  static let scripts = [
    Script(
      shell: "bash",
      theme: #"__digest_custom_complete ---completion read -- --theme "${COMP_CWORD}""#,
      showID: "    1)\n        __digest_add_completions -W ''\n"),
    Script(
      shell: "zsh",
      theme: #"{__digest_custom_complete ---completion read -- --theme "${current_word_index}""#,
      showID: "local -ar _id=()\n"),
    Script(
      shell: "fish",
      theme: "(__digest_custom_completion ---completion read -- --theme",
      showID: #"positional "digest show" -eq 1' -fka ''"#),
  ]

  @Test(arguments: scripts)
  func scriptsCompleteThemesByNameAndIDsWithNothing(_ script: Script) throws {
    let run = try DigestBinary.run(["--generate-completion-script", script.shell])
    #expect(run.status == 0)
    #expect(run.stdout.contains(script.theme))
    #expect(run.stdout.contains(script.showID))
  }

  @Test func themeCompletionListsBundledAndUserThemesByPrefix() throws {
    let config = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-completion-\(UUID().uuidString)")
    let themes = config.appendingPathComponent("digest/themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    try Data("[list]\n".utf8).write(to: themes.appendingPathComponent("solarized-mine.toml"))
    defer { try? FileManager.default.removeItem(at: config) }
    let run = try DigestBinary.run(
      ["---completion", "read", "--", "--theme", "3", "2", "digest", "read", "--theme", "so"],
      environment: ["XDG_CONFIG_HOME": config.path])
    #expect(run.status == 0)
    #expect(run.stdout == "solarized-dark\nsolarized-light\nsolarized-mine\n")
  }
}
