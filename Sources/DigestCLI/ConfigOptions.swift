import ArgumentParser
import Foundation
import ReaderApp

/// `--config PATH`: the config file (default `$XDG_CONFIG_HOME/digest/config.toml`).
struct ConfigOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The config file (default $XDG_CONFIG_HOME/digest/config.toml).", valueName: "path"),
    completion: .file(extensions: ["toml"]))
  var config: String?

  /// The config file to read.
  var configURL: URL {
    if let config { return URL(fileURLWithPath: config) }
    return AppPaths().configHome.appendingPathComponent("config.toml")
  }

  /// Reads the config; a missing default file gives every default.
  ///
  /// - Throws: ``CLIError/usage(_:)`` when `--config` names a missing or unreadable file.
  func load() throws -> ReaderConfig {
    do {
      return try ReaderConfig.load(
        from: configURL, required: config != nil, home: ProcessInfo.processInfo.environment["HOME"])
    } catch {
      throw CLIError.usage(error.description)
    }
  }

  /// The themes: bundled ones and the user's in `$XDG_CONFIG_HOME/digest/themes`.
  static var themeLibrary: ThemeLibrary {
    ThemeLibrary(userFolder: AppPaths().configHome.appendingPathComponent("themes"))
  }
}
