import ArgumentParser
import ArxivDigest
import Foundation
import DigestExport

/// `digest show ID`: one paper in full.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one paper in full.")

  @Argument(
    help: """
      The arXiv id, as written or pasted (arXiv:ID, an abs or pdf link); a version is ignored.
      """,
    completion: .list([]))
  var id: String

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions

  @Flag(help: "Print the paper as one JSON object.")
  var json = false

  func run() throws {
    guard let (arxivID, _) = ArxivID.parse(pasted: id) else {
      throw CLIError.usage(ShowCommand.malformed(id))
    }
    let result = try input.load(fallBackToSample: true)
    guard let paper = result.library.paper(withID: arxivID) else {
      throw CLIError.usage("\(arxivID): not in the given digests")
    }
    if json {
      try StandardOutput.shared.line(PaperJSON.object(for: paper))
      return
    }
    try StandardOutput.shared.line(ShowCommand.text(of: paper))
  }

  /// The paper in full as plain text, every field made printable (``PlainText/printable(_:)``).
  static func text(of paper: Paper) -> String {
    let clean = PlainText.printable
    var lines: [String] = [clean(paper.title.replacingNewlines()), ""]
    lines.append("id:       \(paper.id)\(paper.version.map { "v\($0)" } ?? "")")
    lines.append("category: \(clean(paper.category))")
    if let categories = paper.categories, !categories.isEmpty {
      lines.append("also:     \(clean(categories.joined(separator: ", ")))")
    }
    lines.append("date:     \(paper.date.iso)")
    if let authors = paper.authors, !authors.isEmpty {
      lines.append("authors:  \(clean(authors.joined(separator: ", ")))")
    }
    if let comments = paper.comments { lines.append("comments: \(clean(comments))") }
    lines.append("abs:      \(clean(paper.absURL.description))")
    lines.append("pdf:      \(clean(paper.pdfLink.description))")
    lines.append("source:   \(clean(paper.source.description))")
    lines.append("")
    lines.append(
      paper.abstract.isEmpty
        ? "(no abstract)"
        : paper.abstract.split(separator: "\n", omittingEmptySubsequences: false)
          .map { clean(String($0)) }.joined(separator: "\n\n"))
    return lines.joined(separator: "\n")
  }

  /// The usage error for an argument that names no arXiv paper, the argument escaped.
  static func malformed(_ text: String) -> String {
    "\(PlainText.escaped(text)): not an arXiv id (expected e.g. 1912.11474 or cs/0412069)"
  }
}
