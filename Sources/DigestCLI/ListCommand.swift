import ArgumentParser
import ArxivDigest
import DigestExport

/// `digest list`: one line (or one JSON object) per paper.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the papers of digests, one per line.",
    discussion: """
      Papers are listed once per arXiv id, in input order (the first occurrence wins).
      Without a path, lists the user's digest folder, or the bundled sample when it is empty.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions

  @Flag(help: "Print JSON Lines: one object per paper.")
  var json = false

  @Flag(help: "Print only the number of papers.")
  var count = false

  func run() throws {
    let result = try input.load(fallBackToSample: true, announceSample: true)
    let papers = result.library.papers
    var out = StandardOutput()
    if count {
      out.write("\(papers.count)\n")
    } else if json {
      for paper in papers { out.write(PaperJSON.object(for: paper) + "\n") }
    } else {
      for paper in papers { out.write(ListCommand.line(for: paper) + "\n") }
    }
    out.flush()
  }

  /// `1912.11474  2019-12-25  cs.CV  Audio-Visual Embodied Navigation`.
  static func line(for paper: Paper) -> String {
    let title = paper.title.replacingNewlines()
    return "\(paper.id.rawValue.padded(to: 10))  \(paper.date.iso)  \(paper.category)  \(title)"
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
