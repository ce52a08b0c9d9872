import ArgumentParser
import Foundation

/// The `digest` command: a terminal reader and a scriptable CLI for arXiv digests.
public struct DigestCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "digest",
    abstract: "Read daily arXiv digests in the terminal.",
    discussion: DigestDiscussion.text,
    version: DigestVersion.current,
    subcommands: [
      ReadCommand.self, ListCommand.self, CheckCommand.self, ShowCommand.self, SimilarCommand.self,
      MarkCommand.self,
      UndoCommand.self, RedoCommand.self, StatsCommand.self, StateCommand.self,
      ExportCommand.self, ThemesCommand.self, ConfigCommand.self, FetchCommand.self,
    ],
    defaultSubcommand: ReadCommand.self)

  public init() {}

  /// Parses the process arguments, runs the command and exits with the contract's status:
  /// 0 success, 1 errors found (`check`), 2 usage errors and unreadable paths.
  public static func runAndExit(_ arguments: [String]? = nil) -> Never {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Foundation.exit(0)
    } catch let error as CLIError {
      switch error {
      case .usage(let message):
        StandardError.write("digest: \(message)\n")
        Foundation.exit(2)
      case .failed:
        Foundation.exit(1)
      }
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))  // --help, --version
        Foundation.exit(0)
      }
      let message = fullMessage(for: error)
      if code.rawValue == 64 || error is ValidationError {
        StandardError.write(message.isEmpty ? "" : message + "\n")
        Foundation.exit(2)
      }
      StandardError.write(message.isEmpty ? "" : "digest: \(message)\n")
      Foundation.exit(code.rawValue == 0 ? 1 : code.rawValue)
    }
  }
}
