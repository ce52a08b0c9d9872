import ArgumentParser
import ArxivDigest
import DigestExport
import DigestQuery
import DigestState
import Foundation

/// `digest export`: the starred papers (or a filter, or ids) as Markdown, BibTeX, CSV, JSON or
/// RIS.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the starred papers (or a filter, or ids) to a file or stdout.",
    discussion: """
      Papers come from the given digests, or the user's digest folder; a starred paper whose \
      digest is not loaded is exported from what the state remembers of it.

      Output goes to stdout unless -o names a file, which is written atomically and never \
      overwritten without --force. A path that is not a regular file (/dev/stdout, a FIFO) \
      is written directly. --append (markdown, bibtex) adds to an existing file, skipping \
      papers already in it.

      Prints `exported N papers to PATH` on stderr. Exit status 2 for a bad format, a bad \
      path or an empty selection (nothing is written then).
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions

  @Flag(help: "Export the starred papers (the default).")
  var starred = false

  @Option(help: ArgumentHelp("Export the papers matching a filter query.", valueName: "query"))
  var filter: String?

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "Export these papers: arXiv ids, a version suffix ignored (give digest paths first).",
      valueName: "id"))
  var ids: [String] = []

  @Option(
    help: ArgumentHelp(
      "markdown, bibtex, csv, json or ris (default: from the -o file's extension).",
      valueName: "format"),
    completion: .list(["markdown", "bibtex", "csv", "json", "ris"]))
  var format: String?

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Write to this file (- for stdout, the default).", valueName: "file"),
    completion: .file())
  var output: String?

  @Flag(help: "Replace an existing file.")
  var force = false

  @Flag(help: "Add to an existing markdown or bibtex file, skipping papers already in it.")
  var append = false

  func run() throws {
    let exportFormat = try resolvedFormat()
    let path = output ?? "-"
    if append && !exportFormat.supportsAppend {
      throw CLIError.usage(ExportError.appendUnsupported(exportFormat).description)
    }
    if append && path == "-" { throw CLIError.usage("--append needs -o FILE") }
    let selection = try select(needsMarks: exportFormat == .csv)
    guard !selection.papers.isEmpty else {
      throw CLIError.usage("nothing to export: \(selection.emptyReason); nothing written")
    }
    if path == "-" {
      // Standard output goes through the one writer, flushed before the summary so that a
      // failed write is the only line on stderr.
      let text = Exporter.document(
        for: selection.papers, format: exportFormat, marks: selection.marks)
      try StandardOutput.shared.write(text)
      try StandardOutput.shared.flush()
      let summary = ExportSummary(exported: selection.papers.count, destination: "stdout")
      StandardError.write(summary.description + "\n")
      return
    }
    do {
      let summary = try ExportWriter.write(
        papers: selection.papers, format: exportFormat, to: path, force: force, append: append,
        marks: selection.marks)
      StandardError.write(summary.description + "\n")
    } catch .fileExists(let path) {
      throw CLIError.usage(
        "\(ExportError.fileExists(path)) (--force overwrites it, --append adds to it)")
    } catch {
      throw CLIError.usage(error.description)
    }
  }

  // MARK: - Options

  private func resolvedFormat() throws -> ExportFormat {
    if let format {
      guard let parsed = ExportFormat(rawValue: format.lowercased()) else {
        throw CLIError.usage("unknown format '\(format)' (expected \(ExportFormat.names))")
      }
      return parsed
    }
    if let output, output != "-", let dot = output.lastIndex(of: "."),
      let parsed = ExportFormat(fileExtension: String(output[output.index(after: dot)...]))
    {
      return parsed
    }
    throw CLIError.usage("missing --format (expected \(ExportFormat.names))")
  }

  // MARK: - Selection

  private struct Selection {
    var papers: [Paper]
    var marks: Marks
    var emptyReason: String
  }

  /// - Parameter needsMarks: The export shows marks (CSV), so read them even when the
  ///   selection does not need them. The state is opened only when something needs it.
  private func select(needsMarks: Bool) throws -> Selection {
    let chosen = [starred, filter != nil, !ids.isEmpty].filter { $0 }.count
    guard chosen <= 1 else {
      throw CLIError.usage("--starred, --filter and --ids cannot be combined; choose one")
    }
    let library = try input.load(fallBackToSample: false).library
    let state = StateAccess(url: stateOptions.stateURL)
    if !ids.isEmpty { return try selectIDs(library, state, needsMarks: needsMarks) }
    if let filter { return try selectFilter(filter, library, state) }
    return try selectStarred(library, state)
  }

  private func selectStarred(_ library: Library, _ state: StateAccess) throws -> Selection {
    let marks = try state.marks()
    let papers = try ExportSelection.starred(
      in: library.papers, marks: marks, remembered: state.rememberedPapers)
    return Selection(papers: papers, marks: marks, emptyReason: "no starred papers")
  }

  private func selectFilter(
    _ text: String, _ library: Library, _ state: StateAccess
  ) throws -> Selection {
    let query = try FilterQuery.parse(text)
    let marks = try state.marks()
    return Selection(
      papers: FilterQuery.papers(library.papers, matching: query, marks: marks), marks: marks,
      emptyReason: "no paper matches '\(text)'")
  }

  private func selectIDs(
    _ library: Library, _ state: StateAccess, needsMarks: Bool
  ) throws -> Selection {
    var wanted: [ArxivID] = []
    for text in ids {
      guard let (id, _) = ArxivID.parse(text) else {
        throw CLIError.usage("\(text): not an arXiv id (expected e.g. 1912.11474 or cs/0412069)")
      }
      wanted.append(id)
    }
    let found = try ExportSelection.papers(
      withIDs: wanted, in: library.papers, remembered: state.rememberedPapers)
    guard found.missing.isEmpty else {
      let names = found.missing.map(\.rawValue).joined(separator: ", ")
      throw CLIError.usage("\(names): not in the given digests nor remembered by the state")
    }
    let marks = needsMarks ? try state.marks() : Marks()
    return Selection(papers: found.papers, marks: marks, emptyReason: "no paper")
  }

  // MARK: - State

  /// The state store, opened on first use: exporting given ids to JSON never touches it.
  /// Its failures are usage errors naming the file (exit status 2).
  private final class StateAccess {
    private let url: URL
    private var store: (any MarkStore)?

    init(url: URL) { self.url = url }

    private func opened() throws -> any MarkStore {
      if let store { return store }
      do {
        let opened = try openMarkStore(at: url)
        if let sqlite = opened as? SQLiteMarkStore, let folder = sqlite.readOnlyFolder {
          StandardError.write(
            "digest: \(StateStoreError.readOnlyFolder(path: sqlite.path, folder: folder))\n")
        }
        store = opened
        return opened
      } catch {
        throw CLIError.usage("\(error)")
      }
    }

    func marks() throws -> Marks {
      let store = try opened()
      do {
        return try store.marks()
      } catch {
        throw CLIError.usage("\(error)")
      }
    }

    func rememberedPapers(_ ids: [ArxivID]) throws -> [Paper] {
      let store = try opened()
      do {
        return try store.rememberedPapers(ids)
      } catch {
        throw CLIError.usage("\(error)")
      }
    }
  }
}
