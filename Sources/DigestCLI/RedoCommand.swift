import ArgumentParser
import ArxivDigest
import Foundation

/// `digest redo`: re-apply the last change `digest undo` reverted.
struct RedoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redo",
    abstract: "Re-apply the last undone change of marks.",
    discussion: """
      A new change after an undo discards what could be redone. Exit status 1 when there is \
      nothing to redo.
      """)

  @OptionGroup var stateOptions: StateOptions

  func run() throws {
    let change = try StateOptions.reportingStateErrors { () -> MarkChange? in
      guard FileManager.default.fileExists(atPath: stateOptions.stateURL.path) else { return nil }
      return try stateOptions.openStoreForChanges().redo()
    }
    guard let change else {
      StandardError.write("digest: nothing to redo\n")
      throw CLIError.failed
    }
    try StandardOutput.shared.line("redid: \(change.summary)")
  }
}
