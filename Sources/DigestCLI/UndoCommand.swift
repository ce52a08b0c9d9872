import ArgumentParser
import ArxivDigest
import Foundation

/// `digest undo`: revert the last change of marks, also one made before a restart.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Revert the last change of marks.",
    discussion: """
      Each paper gets back the value it had before the change. Repeat to go further back. \
      Exit status 1 when there is nothing to undo.
      """)

  @OptionGroup var stateOptions: StateOptions

  func run() throws {
    let change = try StateOptions.reportingStateErrors { () -> MarkChange? in
      guard FileManager.default.fileExists(atPath: stateOptions.stateURL.path) else { return nil }
      return try stateOptions.openStoreForChanges().undo()
    }
    guard let change else {
      StandardError.write("digest: nothing to undo\n")
      throw CLIError.failed
    }
    try StandardOutput.shared.line("undid: \(change.summary)")
  }
}
