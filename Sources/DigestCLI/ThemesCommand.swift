import ArgumentParser
import ArxivDigest
import ReaderApp

/// `digest themes`: the themes the reader can use, and where each comes from.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "List the themes (bundled, and yours in $XDG_CONFIG_HOME/digest/themes).",
    discussion: """
      One line per theme: its name and where it comes from (bundled, user, or user replacing \
      a bundled one); * marks the configured theme. With --check, also loads each theme and \
      prints its problems as path:line diagnostics to stderr (exit 1 when there are any).
      """)

  @OptionGroup var configOptions: ConfigOptions

  @Flag(help: "Load every theme and report problems.")
  var check = false

  func run() throws {
    let library = ConfigOptions.themeLibrary
    let config = try configOptions.load()
    let current = config.theme ?? ThemeLibrary.defaultName
    let width = library.names.map(\.count).max() ?? 0
    let output = StandardOutput.shared
    var problems = check ? library.problems.count : 0
    for problem in library.problems {
      StandardError.write("digest: warning: \(PlainText.printable(problem))\n")
    }
    for name in library.names {
      let origin = library.origin(of: name)?.rawValue ?? ""
      let marker = name == current ? "*" : " "
      try output.write(
        "\(marker) \(name)\(String(repeating: " ", count: width - name.count))  \(origin)\n")
      if check, let (_, diagnostics) = try? library.theme(named: name) {
        for diagnostic in diagnostics { StandardError.write("\(diagnostic)\n") }
        problems += diagnostics.count
      }
    }
    if problems > 0 { throw CLIError.failed }
  }
}
