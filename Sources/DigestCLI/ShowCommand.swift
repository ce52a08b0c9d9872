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
    help: "The arXiv id (a version suffix such as v2 is ignored).", completion: .list([]))
  var id: String

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions

  @Flag(help: "Print the paper as one JSON object.")
  var json = false

  func run() throws {
    guard let (arxivID, _) = ArxivID.parse(id) else {
      throw CLIError.usage("\(id): not an arXiv id (expected e.g. 1912.11474 or cs/0412069)")
    }
    let result = try input.load(fallBackToSample: true)
    guard let paper = result.library.paper(withID: arxivID) else {
      throw CLIError.usage("\(arxivID): not in the given digests")
    }
    if json {
      print(PaperJSON.object(for: paper))
      return
    }
    var lines: [String] = [paper.title.replacingNewlines(), ""]
    lines.append("id:       \(paper.id)\(paper.version.map { "v\($0)" } ?? "")")
    lines.append("category: \(paper.category)")
    if let categories = paper.categories, !categories.isEmpty {
      lines.append("also:     \(categories.joined(separator: ", "))")
    }
    lines.append("date:     \(paper.date.iso)")
    if let authors = paper.authors, !authors.isEmpty {
      lines.append("authors:  \(authors.joined(separator: ", "))")
    }
    if let comments = paper.comments { lines.append("comments: \(comments)") }
    lines.append("abs:      \(paper.absURL)")
    lines.append("pdf:      \(paper.pdfLink)")
    lines.append("source:   \(paper.source)")
    lines.append("")
    lines.append(paper.abstract.isEmpty ? "(no abstract)" : paper.abstract.replacingOccurrences(of: "\n", with: "\n\n"))
    print(lines.joined(separator: "\n"))
  }
}
