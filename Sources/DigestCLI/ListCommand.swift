import ArgumentParser
import ArxivDigest
import DigestExport
import DigestQuery
import Foundation

/// `digest list`: one line (or one JSON object) per paper.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the papers of digests, one per line.",
    discussion: """
      Papers are listed once per arXiv id, in input order (the first occurrence wins), or as \
      --sort says: relevance ranks them by what you starred (the reader's "for you"; it needs \
      three starred papers). --json adds a "score" key: higher is more relevant, null without \
      enough stars.
      Without a path, lists the user's digest folder, or the bundled sample when it is empty.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions
  @OptionGroup var configOptions: ConfigOptions

  @Flag(help: "Print JSON Lines: one object per paper.")
  var json = false

  @Flag(help: "Print only the number of papers.")
  var count = false

  @Flag(help: "Only papers marked read.")
  var read = false

  @Flag(help: "Only papers not marked read.")
  var unread = false

  @Flag(help: "Only starred papers (combinable with --read or --unread).")
  var starred = false

  @Option(
    help: ArgumentHelp(
      "Only papers matching a filter query (e.g. 'tracking -medical is:unread').",
      valueName: "query"))
  var filter: String?

  @Option(
    help: ArgumentHelp(
      "The order: input (file order), date (by day, oldest first) or relevance (by the for-you score, highest first).",
      valueName: "input|date|relevance"))
  var sort: SortOrder = .input

  @Flag(help: "Reverse the order (with --sort date: newest day first).")
  var reverse = false

  @Option(
    help: ArgumentHelp(
      "Titles and abstracts as written (raw) or with LaTeX rendered to Unicode (unicode).",
      valueName: "raw|unicode"))
  var latex: LaTeXMode = .raw

  /// How `--latex` prints titles and abstracts.
  enum LaTeXMode: String, ExpressibleByArgument, CaseIterable {
    case raw
    case unicode
  }

  /// How `--sort` orders the papers.
  enum SortOrder: String, ExpressibleByArgument, CaseIterable {
    case input
    case date
    case relevance
  }

  func validate() throws {
    if read && unread { throw ValidationError("--read and --unread exclude each other") }
  }

  func run() throws {
    let query = try filter.map { text throws(CLIError) in try FilterQuery.parse(text) }
    let result = try input.load(fallBackToSample: true, announceSample: true)
    var papers = result.library.papers
    let needsScores = !count && (json || sort == .relevance)
    let needsMarks = json || read || unread || starred || query != nil || needsScores
    let marks = needsMarks ? try stateOptions.marksForReading() : Marks()
    var scores: [ArxivID: Double]?
    if needsScores {
      scores = ListCommand.scores(
        of: papers, marks: marks, input: input, state: stateOptions,
        config: try configOptions.load(), explain: sort == .relevance)
    }
    if let query, !query.isEmpty {
      papers = FilterQuery.papers(papers, matching: query, marks: marks)
    }
    if latex == .unicode {
      papers = papers.map { paper in
        var rendered = paper
        rendered.title = LaTeXRenderer.plainText(paper.title)
        rendered.abstract = LaTeXRenderer.plainText(paper.abstract)
        return rendered
      }
    }
    if read { papers = papers.filter { marks.isRead($0.id) } }
    if unread { papers = papers.filter { !marks.isRead($0.id) } }
    if starred { papers = papers.filter { marks.isStarred($0.id) } }
    papers = ListCommand.sorted(papers, by: sort, reverse: reverse, scores: scores)
    let out = StandardOutput.shared
    if count {
      try out.write("\(papers.count)\n")
    } else if json {
      for paper in papers {
        try out.write(
          ListCommand.withScore(PaperJSON.object(for: paper, marks: marks), scores?[paper.id])
            + "\n")
      }
    } else {
      for paper in papers { try out.write(ListCommand.line(for: paper) + "\n") }
    }
  }

  /// `1912.11474  2019-12-25  cs.CV  Audio-Visual Embodied Navigation`.
  static func line(for paper: Paper) -> String {
    let title = PlainText.printable(paper.title.replacingNewlines())
    let category = PlainText.printable(paper.category)
    return "\(paper.id.rawValue.padded(to: 10))  \(paper.date.iso)  \(category)  \(title)"
  }
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  func replacingNewlines() -> String {
    contains("\n") ? split(separator: "\n").joined(separator: " ") : self
  }
}
