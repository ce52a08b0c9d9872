import ArgumentParser
import ArxivDigest
import DigestState
import Foundation

/// `digest state export|import`: move the reading state between machines as JSON.
struct StateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "state",
    abstract: "Export or import the reading state (marks and their events) as JSON.",
    subcommands: [Export.self, Import.self])

  /// `digest state export [-o FILE]`.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write the marks and the event log as one JSON document.",
      discussion: """
        Writes to standard output unless -o names a file (replaced atomically). A damaged \
        state file is refused (exit status 2) unless --salvage is given: then every mark, \
        event and remembered paper that can still be read is written, row by row, and what \
        could not be read is said on stderr (`skipped 3 rows of mark, 1 of event; table \
        paper unreadable`). The file is never changed.
        Exit status: 0 written (with --salvage: something could be read), 1 --salvage read \
        nothing (nothing is written), 2 the state file is damaged or not state, or the \
        output cannot be written to its file.
        """)

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file.", valueName: "file"))
    var output: String?

    @Flag(help: "Write what a damaged state file still holds, skipping what cannot be read.")
    var salvage = false

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
      let document = try salvage ? salvaged() : exported()
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      var data = try encoder.encode(document)
      data.append(contentsOf: Array("\n".utf8))
      guard let output, output != "-" else {
        try StandardOutput.shared.write(String(decoding: data, as: UTF8.self))
        return
      }
      do {
        try data.write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CLIError.usage("\(output): cannot write the file")
      }
    }

    private func exported() throws -> StateExport {
      try StateOptions.reportingStateErrors {
        if let store = try stateOptions.openStoreForReading() {
          return try store.exportState()
        }
        return StateExport(exported: Timestamp(Date()), marks: [], events: [])
      }
    }

    /// `--salvage`: what can be read; the rest said on stderr.
    private func salvaged() throws -> StateExport {
      let url = stateOptions.stateURL
      let (document, report) = try StateOptions.reportingStateErrors {
        try SQLiteMarkStore.salvage(at: url)
      }
      if !report.isComplete {
        StandardError.write("digest: state file \(url.path): \(report)\n")
      }
      guard !document.marks.isEmpty || !document.events.isEmpty || !document.papers.isEmpty
      else {
        StandardError.write(
          "digest: state file \(url.path): nothing could be read; nothing written\n")
        throw CLIError.failed
      }
      return document
    }
  }

  /// `digest state import FILE`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Merge a state document exported elsewhere.",
      discussion: """
        For each paper, the most recent change of its read mark and of its star wins. Events \
        not yet in the log are added. Importing the same file twice changes nothing.
        """)

    @Argument(
      help: ArgumentHelp("A document written by `digest state export`, or - for stdin.",
        valueName: "file"),
      completion: .file(extensions: ["json"]))
    var file: String

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
      let data: Data
      if file == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
      } else {
        guard let contents = FileManager.default.contents(atPath: file) else {
          throw CLIError.usage("\(file): no such file or not readable")
        }
        data = contents
      }
      let document: StateExport
      do {
        document = try JSONDecoder().decode(StateExport.self, from: data)
        try document.validate()
      } catch let error as StateExport.Invalid {
        throw CLIError.usage("\(file): \(error.description)")
      } catch {
        throw CLIError.usage("\(file): not a digest state document (invalid JSON)")
      }
      let summary = try StateOptions.reportingStateErrors {
        try stateOptions.openStoreForChanges().importState(document)
      }
      try StandardOutput.shared.line(
        "imported \(counted(summary.addedEvents, "event")),"
          + " changed \(counted(summary.changedMarks, "mark")),"
          + " remembered \(counted(summary.rememberedPapers, "paper"))")
    }

    private func counted(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
  }
}

// MARK: - Opening the state store from commands

extension StateOptions {
  /// Opens the store for a command that changes marks, creating the file when missing.
  ///
  /// - Throws: ``StateStoreError/readOnly(path:)`` when the file is read-only,
  ///   ``StateStoreError/readOnlyFolder(path:folder:)`` when its folder is.
  func openStoreForChanges() throws -> SQLiteMarkStore {
    let store = try SQLiteMarkStore(at: stateURL)
    if let folder = store.readOnlyFolder {
      throw StateStoreError.readOnlyFolder(path: store.path, folder: folder)
    }
    guard !store.isReadOnly else { throw StateStoreError.readOnly(path: store.path) }
    return store
  }

  /// Opens the store for a command that only reads; `nil` (and no file created) when there is
  /// no state yet. A read-only file is said so on standard error.
  func openStoreForReading() throws -> SQLiteMarkStore? {
    guard let store = try SQLiteMarkStore.openExisting(at: stateURL) else { return nil }
    if let folder = store.readOnlyFolder {
      StandardError.write(
        "digest: \(StateStoreError.readOnlyFolder(path: store.path, folder: folder))\n")
    } else if store.isReadOnly {
      StandardError.write(
        "digest: \(store.path): the state file is read-only; marks cannot be changed\n")
    }
    return store
  }

  /// The marks, or none when there is no state file yet.
  func marksForReading() throws -> Marks {
    try StateOptions.reportingStateErrors { try openStoreForReading()?.marks() ?? Marks() }
  }

  /// Runs `body`, reporting an unusable state file as a usage error (exit status 2) that names
  /// the file.
  static func reportingStateErrors<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as StateStoreError {
      throw CLIError.usage(error.description)
    }
  }
}
