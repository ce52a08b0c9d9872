import ArgumentParser
import ArxivDigest
import Foundation
import ReaderApp

/// Digest paths shared by the commands that read digests.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Digest files, folders (every *.md below, sorted by path) or - for stdin. Default: the user's digest folder.",
      valueName: "path"),
    completion: .file(extensions: ["md"]))
  var paths: [String] = []

  /// Loads the inputs or throws a usage error (exit status 2).
  ///
  /// Without paths, reads the config's `digests` (`config`, else the default config file),
  /// then the data folder.
  func load(
    fallBackToSample: Bool, announceSample: Bool = false, config: ReaderConfig? = nil
  ) throws -> DigestLoader.Result {
    var paths = self.paths
    if paths.isEmpty {
      let config = config ?? InputOptions.defaultConfig()
      paths = config?.digests ?? []
      if let config { paths = InputOptions.addingFetchFolder(to: paths, config: config) }
    }
    do {
      let result = try DigestLoader().load(paths: paths, fallBackToSample: fallBackToSample)
      InputOptions.report(notes: result.notes)
      if result.usedSample && announceSample {
        StandardError.write(
          "digest: no digest in \(DigestLoader().defaultFolder.path); showing the bundled sample\n")
      }
      return result
    } catch {
      throw CLIError.usage(error.description)
    }
  }
}

extension InputOptions {
  /// The default config file, or `nil` when there is none; a config that cannot be read is
  /// reported on stderr (`digest: warning: ...`) and ignored here (`digest config` and the
  /// reader report it fully).
  static func defaultConfig() -> ReaderConfig? {
    do {
      return try ReaderConfig.load(
        from: AppPaths().configHome.appendingPathComponent("config.toml"), required: false,
        home: ProcessInfo.processInfo.environment["HOME"])
    } catch {
      StandardError.write(
        "digest: warning: \(PlainText.printable(error.description)); "
          + "digest folders from the config ignored\n")
      return nil
    }
  }

  /// Prints the loader's notes (inputs left out) on stderr, one line each.
  static func report(notes: [String]) {
    guard !notes.isEmpty else { return }
    StandardError.write(notes.map { $0 + "\n" }.joined())
  }

  /// The user's digest folders when they are not what is loaded: the "for you" model learns
  /// from them too. Empty when no path was given (the folders are what is loaded).
  func trainingFolders(config: ReaderConfig) -> [String] {
    guard !paths.isEmpty else { return [] }
    if !config.digests.isEmpty { return config.digests }
    let folder = DigestLoader().defaultFolder.path
    return FileManager.default.fileExists(atPath: folder) ? [folder] : []
  }
}

/// `--state PATH`, accepted by every command.
struct StateOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The state database (default $DIGEST_STATE, else $XDG_DATA_HOME/digest/state.sqlite).",
      valueName: "path"),
    completion: .file())
  var state: String?

  /// The resolved state file.
  var stateURL: URL { AppPaths().stateFile(override: state) }
}

/// Failures the CLI reports in one line.
enum CLIError: Error, CustomStringConvertible {
  /// A usage problem: bad flag value, missing path, malformed id. Exit status 2.
  case usage(String)
  /// The command ran and found errors (e.g. `check`). Exit status 1, message already printed.
  case failed

  var description: String {
    switch self {
    case .usage(let message): return message
    case .failed: return ""
    }
  }
}

/// Unbuffered writes to standard error.
enum StandardError {
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
