import ArgumentParser
import ReaderApp

/// `digest config`: where the config is, its problems, or the commented default.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Check the config file, or print a commented default one.",
    discussion: """
      Without a flag, reads the config (default $XDG_CONFIG_HOME/digest/config.toml), prints \
      its problems as path:line diagnostics to stderr and its path to stdout; exit 1 when it \
      has problems. --print-default prints the commented default config: \
      `digest config --print-default > ~/.config/digest/config.toml` starts one.
      """)

  @OptionGroup var configOptions: ConfigOptions

  @Flag(help: "Print the commented default config to stdout.")
  var printDefault = false

  func run() throws {
    if printDefault {
      try StandardOutput.shared.write(ReaderConfig.defaultText)
      return
    }
    let config = try configOptions.load()
    var diagnostics = config.diagnostics + config.keymap().1
    if let theme = config.theme {
      do {
        let (_, themeDiagnostics) = try ConfigOptions.themeLibrary.theme(named: theme)
        diagnostics += themeDiagnostics
      } catch {
        diagnostics.append(
          ConfigDiagnostic(path: config.path, line: config.themeLine, message: error.description))
      }
    }
    for diagnostic in diagnostics.sorted(by: { $0.line < $1.line }) {
      StandardError.write("\(diagnostic)\n")
    }
    try StandardOutput.shared.line(configOptions.configURL.path)
    if !diagnostics.isEmpty { throw CLIError.failed }
  }
}
