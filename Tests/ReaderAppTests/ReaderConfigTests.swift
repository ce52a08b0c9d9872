import ArxivDigest
import DigestQuery
import Foundation
import ReaderApp
import ReaderCore
import ReaderUI
import Testing

/// The config file: settings, diagnostics with lines, and the commented default.
@Suite struct ReaderConfigTests {
  @Test func yankLinkAndMouseSettingsAreRead() {
    let config = ReaderConfig(
      parsing: """
        copy_command = "wl-copy"
        hyperlinks = "never"
        mouse = false
        browser_needs_terminal = true
        """, path: "config.toml")
    #expect(config.diagnostics == [])
    #expect(config.copyCommand == "wl-copy")
    #expect(config.hyperlinks == .never)
    #expect(config.mouse == false)
    #expect(config.browserNeedsTerminal == true)
    let defaults = ReaderConfig(parsing: "", path: "config.toml")
    #expect(defaults.copyCommand == nil)
    #expect(defaults.hyperlinks == .auto)
    #expect(defaults.mouse == true)
    #expect(defaults.browserNeedsTerminal == false)
  }

  @Test func badYankLinkAndMouseSettingsAreReportedWithTheirLines() {
    let config = ReaderConfig(
      parsing: "copy_command = 3\nhyperlinks = \"sometimes\"\nmouse = \"yes\"\n",
      path: "config.toml")
    #expect(
      config.diagnostics.map(\.description) == [
        "config.toml:1: warning: copy_command takes a command in quotes, e.g. \"wl-copy\"",
        "config.toml:2: warning: hyperlinks takes \"auto\", \"always\" or \"never\"",
        "config.toml:3: warning: mouse takes true or false",
      ])
  }

  struct HyperlinkCase: CustomTestStringConvertible, Sendable {
    var name: String
    var setting: HyperlinkSetting
    var environment: [String: String]
    var isEnabled: Bool
    var testDescription: String { name }
  }

  @Test(arguments: [
    HyperlinkCase(
      name: "never", setting: .never, environment: ["TERM": "xterm-kitty"], isEnabled: false),
    HyperlinkCase(name: "always", setting: .always, environment: ["TERM": "dumb"], isEnabled: true),
    HyperlinkCase(
      name: "auto in kitty", setting: .auto, environment: ["TERM": "xterm-kitty"], isEnabled: true),
    HyperlinkCase(
      name: "auto in WezTerm", setting: .auto,
      environment: ["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"], isEnabled: true),
    HyperlinkCase(
      name: "auto in GNOME Terminal", setting: .auto,
      environment: ["TERM": "xterm-256color", "VTE_VERSION": "7200"], isEnabled: true),
    HyperlinkCase(
      name: "auto in an old VTE", setting: .auto,
      environment: ["TERM": "xterm-256color", "VTE_VERSION": "4800"], isEnabled: false),
    HyperlinkCase(
      name: "auto in tmux", setting: .auto,
      environment: ["TERM": "tmux-256color", "TMUX": "/tmp/x", "TERM_PROGRAM": "tmux"],
      isEnabled: false),
    HyperlinkCase(
      name: "auto in an unknown xterm", setting: .auto, environment: ["TERM": "xterm-256color"],
      isEnabled: false),
  ])
  func hyperlinksFollowTheSettingAndTheTerminal(_ testCase: HyperlinkCase) {
    #expect(testCase.setting.isEnabled(environment: testCase.environment) == testCase.isEnabled)
  }

  @Test func settingsAreRead() {
    let config = ReaderConfig(
      parsing: """
        theme = "nord"
        mark_read_on_open = false
        digests = ["~/digests", "more", "/abs"]

        [layout]
        split_ratio = 0.3
        side_by_side_width = 100

        [filters]
        tracking = "tracking -medical is:unread"
        starred = "is:starred"
        """, path: "/home/me/.config/digest/config.toml", home: "/home/me")
    #expect(config.diagnostics == [])
    #expect(config.theme == "nord")
    #expect(config.markReadOnOpen == false)
    #expect(
      config.digests == ["/home/me/digests", "/home/me/.config/digest/more", "/abs"])
    #expect(config.layout == LayoutSettings(splitRatio: 0.3, sideBySideWidth: 100))
    #expect(
      config.filters == [
        SavedFilter(name: "tracking", query: "tracking -medical is:unread"),
        SavedFilter(name: "starred", query: "is:starred"),
      ])
  }

  @Test func badLinesAreReportedWithTheirLineAndTheRestApplies() {
    let config = ReaderConfig(
      parsing: """
        them = "nord"
        mark_read_on_open = "yes"
        theme = "gruvbox"
        oops = = 3

        [layout]
        split_rato = 0.4
        side_by_side_width = 90

        [filters]
        broken = "ti:(tracking"
        fine = "cat:cs.CV"
        """, path: "config.toml")
    #expect(
      config.diagnostics.map(\.description) == [
        "config.toml:1: warning: unknown key \"them\", did you mean \"theme\"?; ignored",
        "config.toml:2: warning: mark_read_on_open takes true or false",
        "config.toml:4: warning: Error while parsing value: could not determine value type; line ignored",
        "config.toml:7: warning: unknown key \"split_rato\" in [layout], did you mean \"split_ratio\"?; ignored",
        "config.toml:11: warning: saved filter \"broken\": column 1: missing value after \"ti:\"",
      ])
    #expect(config.theme == "gruvbox")
    #expect(config.layout.sideBySideWidth == 90)
    #expect(config.filters.map(\.name) == ["broken", "fine"])
  }

  @Test func defaultConfigReadsBackWithEveryDefaultAndNoDiagnostics() {
    let config = ReaderConfig(parsing: ReaderConfig.defaultText, path: "default.toml")
    #expect(config.diagnostics == [])
    #expect(config.theme == "default-dark")
    #expect(config.markReadOnOpen == true)
    #expect(config.layout == .default)
    #expect(config.keys == [])
    #expect(config.keymap().0 == Keymap.default)
    #expect(config.categories == ["cs.CV"])
    #expect(config.include == [.new, .cross])
    #expect(config.fetchFolder == nil)
  }

  @Test func fetchSettingsAreReadAndBadValuesReported() {
    let config = ReaderConfig(
      parsing: """
        categories = ["cs.CV", "math.AG", "hep-th", "CS.cv", "cs.CV+cs.AI"]
        include = ["new", "Replace-Cross", "withdrawn"]
        fetch_folder = "~/papers/arxiv"
        """, path: "/home/me/.config/digest/config.toml", home: "/home/me")
    #expect(
      config.diagnostics.map(\.description) == [
        "/home/me/.config/digest/config.toml:1: warning: \"CS.cv\" is not an arXiv category "
          + "(such as \"cs.CV\"); ignored",
        "/home/me/.config/digest/config.toml:1: warning: \"cs.CV+cs.AI\" is not an arXiv "
          + "category (such as \"cs.CV\"); ignored",
        "/home/me/.config/digest/config.toml:2: warning: unknown announce type \"withdrawn\", "
          + "expected new, cross, replace or replace-cross; ignored",
      ])
    #expect(config.categories == ["cs.CV", "math.AG", "hep-th"])
    #expect(config.include == [.new, .replaceCross])
    #expect(config.fetchFolder == "/home/me/papers/arxiv")
  }

  @Test func everyActionNameInTheDefaultConfigRebindsToItsDefaultKeys() {
    let keysSection = ReaderConfig.defaultText.components(separatedBy: "[keys]\n")[1]
    let uncommented =
      "[keys]\n" + keysSection.replacingOccurrences(of: "# ", with: "")
    let config = ReaderConfig(parsing: uncommented, path: "all.toml")
    let (keymap, diagnostics) = config.keymap()
    #expect(config.diagnostics.map(\.description) == [])
    #expect(diagnostics.map(\.description) == [])
    #expect(config.keys.count == Keymap.default.actionNames.count)
    for pane in Pane.allCases {
      for key in [Key.character("j"), .down, .enter, .escape, .character("s"), .control("r")] {
        #expect(keymap.action(for: key, in: pane) == Keymap.default.action(for: key, in: pane))
      }
    }
  }
}
