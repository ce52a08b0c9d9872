import ArxivDigest
import DigestRank

/// The "for you" model for one command: features built at once, then scores or neighbours.
/// The reader uses ``RankingService``, which does the same off the main thread.
public struct PaperRanker: Sendable {
  /// The papers ranked: the loaded ones first.
  public let inputs: RankingInputs
  /// Their features.
  public let corpus: RankCorpus

  /// Builds the features of `loaded` and `others` (papers only learnt from).
  public init(loaded: [Paper], others: [Paper] = []) {
    inputs = RankingInputs(loaded: loaded, others: others)
    corpus = RankCorpus(documents: inputs.documents())
  }

  /// The model trained on `marks`, or why there is none.
  public func model(marks: Marks) -> Result<RankModel, ColdStart> {
    let labels = inputs.labels(for: marks)
    if let reason = RankingInputs.coldStartReason(starred: labels.positives.count) {
      return .failure(ColdStart(reason: reason))
    }
    guard let model = RankModel.train(on: corpus, labels: labels) else {
      return .failure(ColdStart(reason: "the ranking could not be trained"))
    }
    return .success(model)
  }

  /// The score of each loaded paper (higher is more relevant), or why there is none.
  public func scores(marks: Marks) -> Result<[Double], ColdStart> {
    model(marks: marks).map { Array($0.scores.prefix(inputs.loadedCount)) }
  }

  /// The loaded papers most similar to the paper with `id` (which may be any paper whose text
  /// is known), most similar first; `nil` when its text is unknown.
  public func similar(to id: ArxivID, limit: Int) -> [(paper: Paper, similarity: Double)]? {
    guard let index = inputs.index(of: id) else { return nil }
    return corpus.similar(to: index, limit: limit + (inputs.papers.count - inputs.loadedCount))
      .filter { $0.index < inputs.loadedCount && $0.index != index }
      .prefix(limit)
      .map { (inputs.papers[$0.index], $0.similarity) }
  }

  /// Why "for you" cannot rank: too few stars.
  public struct ColdStart: Error, CustomStringConvertible, Sendable {
    /// One line for the user.
    public var reason: String
    public var description: String { reason }
  }
}
