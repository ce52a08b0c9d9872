import ArxivDigest
import Foundation
import ReaderApp

extension ListCommand {
  /// The "for you" score of each loaded paper, or `nil` when there are too few stars to rank
  /// (said on stderr when `explain`: the user asked for `--sort relevance`).
  static func scores(
    of papers: [Paper], marks: Marks, input: InputOptions, state: StateOptions,
    config: ReaderConfig, explain: Bool
  ) -> [ArxivID: Double]? {
    // Too few stars is known without building any features.
    if let reason = RankingInputs.coldStartReason(starred: marks.starred.count) {
      if explain {
        StandardError.write("digest: no relevance order: \(reason); listing in input order\n")
      }
      return nil
    }
    let others = RankingSources.otherPapers(
      digestPaths: input.trainingFolders(config: config),
      stateURL: state.stateURL)(papers, marks)
    switch PaperRanker(loaded: papers, others: others).scores(marks: marks) {
    case .success(let scores):
      return Dictionary(zip(papers.map(\.id), scores), uniquingKeysWith: { first, _ in first })
    case .failure(let coldStart):
      if explain {
        StandardError.write(
          "digest: no relevance order: \(coldStart.reason); listing in input order\n")
      }
      return nil
    }
  }

  /// `papers` in the order `--sort` and `--reverse` ask for. Without scores, relevance keeps
  /// input order.
  static func sorted(
    _ papers: [Paper], by order: SortOrder, reverse: Bool, scores: [ArxivID: Double]?
  ) -> [Paper] {
    let indexed = Array(papers.enumerated())
    let result: [(offset: Int, element: Paper)]
    switch order {
    case .input:
      result = reverse ? indexed.reversed() : indexed
    case .date:
      // Days oldest first (newest first with --reverse); a day's papers keep input order.
      result = indexed.sorted { lhs, rhs in
        if lhs.element.date != rhs.element.date {
          return reverse ? lhs.element.date > rhs.element.date : lhs.element.date < rhs.element.date
        }
        return lhs.offset < rhs.offset
      }
    case .relevance:
      guard let scores else { return reverse ? papers.reversed() : papers }
      result = indexed.sorted { lhs, rhs in
        let left = scores[lhs.element.id] ?? -.infinity
        let right = scores[rhs.element.id] ?? -.infinity
        if left != right { return reverse ? left < right : left > right }
        return lhs.offset < rhs.offset
      }
    }
    return result.map(\.element)
  }

  /// A `list --json` object with its `score` key: a number, or `null` without a ranking.
  static func withScore(_ object: String, _ score: Double?) -> String {
    guard object.hasSuffix("}") else { return object }
    var text = String(object.dropLast())
    text += ",\"score\":" + ListCommand.jsonNumber(score) + "}"
    return text
  }

  /// `score` as a JSON number (`null` when absent or not finite).
  static func jsonNumber(_ score: Double?) -> String {
    guard let score, score.isFinite else { return "null" }
    return String(format: "%.6f", score)
  }
}
