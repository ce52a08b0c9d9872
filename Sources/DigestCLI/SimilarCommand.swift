import ArgumentParser
import ArxivDigest
import DigestExport
import Foundation
import ReaderApp

/// `digest similar ID`: the papers most like one, by the "for you" model's features.
struct SimilarCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "similar",
    abstract: "List the papers most similar to one.",
    discussion: """
      Similarity is the cosine of the papers' word features (the ones "for you" ranks with), \
      from 0 to 1. The paper may be in the given digests, the digest folder, or remembered by \
      the state; the similar papers listed are those of the given digests.
      """)

  @Argument(
    help: "The arXiv id (a version suffix such as v2 is ignored).", completion: .list([]))
  var id: String

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions
  @OptionGroup var configOptions: ConfigOptions

  @Option(help: ArgumentHelp("How many papers to list.", valueName: "n"))
  var limit = 10

  @Flag(help: "Print JSON Lines: one paper object per line, with a \"similarity\" key.")
  var json = false

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    guard let (arxivID, _) = ArxivID.parse(pasted: id) else {
      throw CLIError.usage(ShowCommand.malformed(id))
    }
    let result = try input.load(fallBackToSample: true, announceSample: true)
    let papers = result.library.papers
    let marks = try stateOptions.marksForReading()
    var others: [Paper] = []
    if result.library.paper(withID: arxivID) == nil {
      // The paper may be one the user read elsewhere: look in the folder and the state.
      let lookup = RankingSources.otherPapers(
        digestPaths: input.trainingFolders(config: try configOptions.load()),
        stateURL: stateOptions.stateURL)
      var withTarget = marks
      withTarget.read.insert(arxivID)
      others = lookup(papers, withTarget)
    }
    let ranker = PaperRanker(loaded: papers, others: others)
    guard let neighbours = ranker.similar(to: arxivID, limit: limit) else {
      throw CLIError.usage("\(arxivID): not in the given digests, the digest folder or the state")
    }
    let out = StandardOutput.shared
    for (paper, similarity) in neighbours {
      if json {
        var object = String(PaperJSON.object(for: paper, marks: marks).dropLast())
        object += ",\"similarity\":" + ListCommand.jsonNumber(similarity) + "}"
        try out.write(object + "\n")
      } else {
        try out.write(String(format: "%.3f  ", similarity) + ListCommand.line(for: paper) + "\n")
      }
    }
  }
}
