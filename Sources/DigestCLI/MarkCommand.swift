import ArgumentParser
import ArxivDigest
import DigestState
import Foundation
import ReaderApp

/// `digest mark --read|--unread|--star|--unstar ID...`: change marks from scripts.
struct MarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: "Mark papers read or unread, starred or unstarred.",
    discussion: """
      The ids of one call are one change, undone together by `digest undo`. An id may carry a \
      version (1912.11474v2); marks are kept per id without version, and the id need not be in \
      any digest. A malformed id is an error (exit status 2) and nothing is written.

      With - as the only id, ids are read from standard input, one per line, and each line is \
      its own change. Each id is printed on standard output once its change is committed, so a \
      script knows exactly which marks are saved even if the command is interrupted. A \
      malformed line stops the command (exit status 2); the lines before it stay saved. With \
      --batch, all the lines are one change (one `digest undo`), committed after the last line \
      (a malformed line then saves nothing), and reads count as bulk reads: "for you" does not \
      take them as papers looked at and passed over.

      Starring remembers the paper's details (from --digest, else the user's digest folder) so \
      that starred papers can be exported without their digest.
      """)

  /// The change to make.
  enum Action: String, EnumerableFlag {
    case read, unread, star, unstar

    static func help(for value: Action) -> ArgumentHelp? {
      switch value {
      case .read: return "Mark the papers read."
      case .unread: return "Mark the papers unread."
      case .star: return "Star the papers."
      case .unstar: return "Remove the papers' stars."
      }
    }

    var kind: MarkKind {
      switch self {
      case .read, .unread: return .read
      case .star, .unstar: return .starred
      }
    }

    var value: Bool {
      switch self {
      case .read, .star: return true
      case .unread, .unstar: return false
      }
    }
  }

  @Flag var action: Action

  @Argument(
    help: ArgumentHelp(
      "arXiv ids (also arXiv:ID or an abs/pdf link), or - to read them from stdin.",
      valueName: "id"),
    completion: .list([]))
  var ids: [String]

  @Option(
    name: .customLong("digest"),
    help: ArgumentHelp(
      "A digest file or folder to take starred papers' details from (repeatable).",
      valueName: "path"),
    completion: .file(extensions: ["md"]))
  var digests: [String] = []

  @Flag(help: "With - : all lines are one change, undone by one `digest undo`.")
  var batch = false

  @OptionGroup var stateOptions: StateOptions

  func validate() throws {
    if ids.contains("-") && ids.count > 1 {
      throw ValidationError("- reads ids from stdin and must be the only id")
    }
    if batch && ids != ["-"] {
      throw ValidationError("--batch needs - (ids on stdin); the ids of one call are one change already")
    }
  }

  func run() throws {
    if ids == ["-"] {
      try markStandardInput()
      return
    }
    var seen = Set<ArxivID>()
    let parsed = try ids.map(MarkCommand.parse).filter { seen.insert($0).inserted }
    let papers = try rememberedDetails(for: parsed)
    let change = MarkChange(action.kind, action.value, ids: parsed, source: .command)
    try StateOptions.reportingStateErrors {
      try stateOptions.openStoreForChanges().apply(change, papers: papers)
    }
    try StandardOutput.shared.line(change.summary)
  }

  /// One change per line of standard input, each id echoed once committed.
  private func markStandardInput() throws {
    let store = try StateOptions.reportingStateErrors { try stateOptions.openStoreForChanges() }
    let papers = action == .star ? try loadDigestPapers() : [:]
    if batch {
      try markStandardInputAsOneChange(store: store, papers: papers)
      return
    }
    try MarkCommand.forEachStandardInputID(whenMalformed: "") { id in
      try StateOptions.reportingStateErrors {
        try store.apply(
          MarkChange(action.kind, action.value, ids: [id], source: .command),
          papers: papers[id].map { [$0] } ?? [])
      }
      // Printed once committed, at once: a script knows which marks are saved.
      try StandardOutput.shared.line(id.rawValue)
      try StandardOutput.shared.flush()
    }
  }

  /// Calls `body` with the id of every non-blank line of standard input, in order; a line that
  /// is not an id stops with a usage error naming it (`whenMalformed` appended).
  private static func forEachStandardInputID(
    whenMalformed suffix: String, _ body: (ArxivID) throws -> Void
  ) throws {
    var lineNumber = 0
    while let line = readLine(strippingNewline: true) {
      lineNumber += 1
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { continue }
      guard let (id, _) = ArxivID.parse(pasted: text) else {
        throw CLIError.usage("stdin:\(lineNumber): \(MarkCommand.malformed(text))\(suffix)")
      }
      try body(id)
    }
  }

  /// `--batch`: every line of standard input, then one change; the ids are printed once it is
  /// committed.
  private func markStandardInputAsOneChange(
    store: any MarkStore, papers: [ArxivID: Paper]
  ) throws {
    var ids: [ArxivID] = []
    var seen = Set<ArxivID>()
    try MarkCommand.forEachStandardInputID(whenMalformed: "; nothing saved") { id in
      if seen.insert(id).inserted { ids.append(id) }
    }
    guard !ids.isEmpty else { return }
    let change = MarkChange(action.kind, action.value, ids: ids, source: .bulk)
    try StateOptions.reportingStateErrors {
      try store.apply(change, papers: ids.compactMap { papers[$0] })
    }
    for id in ids { try StandardOutput.shared.line(id.rawValue) }
  }

  /// The papers of the given digests (or the user's folder) among `ids`, when starring.
  private func rememberedDetails(for ids: [ArxivID]) throws -> [Paper] {
    guard action == .star else { return [] }
    let papers = try loadDigestPapers()
    return ids.compactMap { papers[$0] }
  }

  private func loadDigestPapers() throws -> [ArxivID: Paper] {
    let result: DigestLoader.Result
    do {
      result = try DigestLoader().load(paths: digests, fallBackToSample: false)
    } catch {
      throw CLIError.usage(error.description)
    }
    InputOptions.report(notes: result.notes)
    var papers: [ArxivID: Paper] = [:]
    for paper in result.library.papers { papers[paper.id] = paper }
    return papers
  }

  static func parse(_ text: String) throws -> ArxivID {
    guard let (id, _) = ArxivID.parse(pasted: text) else {
      throw CLIError.usage(malformed(text))
    }
    return id
  }

  static func malformed(_ text: String) -> String {
    "\(PlainText.escaped(text)): not an arXiv id (expected e.g. 1912.11474, 1912.11474v2 or "
      + "cs/0412069)"
  }
}
