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
  /// 0 success, 1 errors found (`check`) or standard output cannot be written, 2 usage errors
  /// and unreadable paths.
  ///
  /// What the command wrote to ``StandardOutput`` is flushed before the exit. A failed write
  /// is one line on stderr (`digest: stdout: no space left on device`) and status 1; a closed
  /// pipe (`digest list | head -1`) ends quietly with status 0, whatever its size.
  public static func runAndExit(_ arguments: [String]? = nil) -> Never {
    // A closed pipe is an EPIPE write error, handled below, not a kill by SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    let status = run(arguments)
    do {
      try StandardOutput.shared.flush()
    } catch {
      exit(afterOutputFailure: error)
    }
    Foundation.exit(status)
  }

  private static func exit(afterOutputFailure failure: StandardOutput.Failure) -> Never {
    if failure.isClosedPipe { Foundation.exit(0) }
    StandardError.write("digest: \(failure)\n")
    Foundation.exit(1)
  }

  /// Runs the command and returns its exit status, its error said on stderr.
  private static func run(_ arguments: [String]?) -> Int32 {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      return 0
    } catch let error as StandardOutput.Failure {
      exit(afterOutputFailure: error)
    } catch let error as CLIError {
      switch error {
      case .usage(let message):
        StandardError.write("digest: \(message)\n")
        return 2
      case .failed:
        return 1
      }
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        // --help
        do {
          try StandardOutput.shared.line(message)
        } catch let failure {
          exit(afterOutputFailure: failure)
        }
        return 0
      }
      if code.rawValue == 64 || error is ValidationError {
        StandardError.write(message.isEmpty ? "" : message + "\n")
        return 2
      }
      StandardError.write(message.isEmpty ? "" : "digest: \(message)\n")
      return code.rawValue == 0 ? 1 : code.rawValue
    }
  }
}
