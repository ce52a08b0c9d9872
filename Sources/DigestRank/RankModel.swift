/// A reader's ranking: a linear SVM (L2-regularised, L2 loss, balanced classes) over the corpus
/// features, trained on the marks with a positive-unlabelled correction.
public struct RankModel: Sendable {
  /// Below this many stars there is nothing to learn from.
  public static let minimumStars = 3

  let corpus: RankCorpus
  /// One weight per feature column, then the bias.
  let weights: [Double]
  /// One score per corpus document, higher = more relevant.
  public private(set) var scores: [Double]

  /// Regularisation: the cost of each class's errors in total is `cost × papers / 2`.
  static let cost = 0.1
  /// At most this many passed-over papers train a model (an evenly hashed sample beyond it,
  /// weighted up to stand for all), so retraining stays fast in a large library.
  static let maximumNegatives = 2500

  /// Trains on the marks; `nil` when there are fewer than ``minimumStars`` stars.
  ///
  /// Starred papers are positives and passed-over papers negatives (a star wins over a read).
  /// When the reader has passed over fewer papers than they starred, the unlabelled papers
  /// stand in as negatives. Classes are balanced.
  ///
  /// Readers star only some of the papers they like, so the passed-over papers hide some
  /// positives (positive-unlabelled learning). A first model finds the passed-over papers most
  /// like the stars — as many as there are stars, i.e. assuming about half of what a reader
  /// likes gets a star — and the final model is trained without them, rather than taught that
  /// they are negatives.
  ///
  /// The result depends only on the sets of marks and the corpus.
  public static func train(on corpus: RankCorpus, labels: RankLabels) -> RankModel? {
    let valid = 0..<corpus.count
    let positives = labels.positives.filter { valid.contains($0) }.sorted()
    guard positives.count >= minimumStars else { return nil }
    let positiveSet = Set(positives)
    var negatives = labels.passedOver.filter { valid.contains($0) && !positiveSet.contains($0) }
      .sorted()
    if negatives.count < positives.count {
      negatives = valid.filter { !positiveSet.contains($0) }
    }
    let allNegatives = negatives.count
    if negatives.count > maximumNegatives {
      // A sample fixed by the papers' positions, not by the order of the marks.
      negatives = negatives.sorted {
        let a = hashPosition($0)
        let b = hashPosition($1)
        return a != b ? a < b : $0 < $1
      }
      .prefix(maximumNegatives).sorted()
    }
    let total = Double(positives.count + allNegatives)

    func fit(_ negatives: [Int], from start: [Int: Double] = [:]) -> LinearSolver.Solution {
      let positiveCost = cost * total / (2 * Double(positives.count))
      let negativeCost = negatives.isEmpty ? 0 : cost * total / (2 * Double(negatives.count))
      let examples =
        positives.map {
          LinearSolver.Example(row: $0, label: 1, cost: positiveCost, alpha: start[$0] ?? 0)
        }
        + negatives.map {
          LinearSolver.Example(row: $0, label: -1, cost: negativeCost, alpha: start[$0] ?? 0)
        }
      return LinearSolver.trainL2LossSVM(
        rows: corpus.rows, featureCount: corpus.featureCount, examples: examples)
    }

    let first = fit(negatives)
    var weights = first.weights
    let hidden = min(positives.count, negatives.count / 4)
    if hidden > 0 {
      let bias = weights.last ?? 0
      let scored: [(index: Int, score: Double)] = weights.withUnsafeBufferPointer { w in
        negatives.map { ($0, corpus.rows.dot($0, w) + bias) }
      }
      let likelyPositive = Set(
        scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
          .prefix(hidden).map(\.index))
      // Warm start from the first model's dual variables (the same optimum, found sooner).
      var start: [Int: Double] = [:]
      for (row, alpha) in zip(positives + negatives, first.alpha) where alpha > 0 {
        start[row] = alpha
      }
      weights = fit(negatives.filter { !likelyPositive.contains($0) }, from: start).weights
    }
    return RankModel(corpus: corpus, weights: weights)
  }

  /// A fixed pseudo-random key for a corpus position.
  static func hashPosition(_ index: Int) -> UInt64 {
    var generator = SplitMix64(state: UInt64(truncatingIfNeeded: index))
    return generator.next()
  }

  init(corpus: RankCorpus, weights: [Double]) {
    self.corpus = corpus
    self.weights = weights
    let bias = weights.last ?? 0
    scores = corpus.rows.dotAll(weights, plus: bias)
  }

  /// The features that raised `document`'s score most (largest weight × value, positive only),
  /// most first: words, word pairs (`"neural radiance"`) and author names.
  public func reasons(for document: Int, limit: Int) -> [String] {
    guard document >= 0, document < corpus.count, limit > 0 else { return [] }
    let rows = corpus.rows
    var contributions: [(column: Int, amount: Double)] = []
    for k in rows.range(document) {
      let column = Int(rows.columns[k])
      guard column < corpus.terms.count else { continue }  // embedding dimensions have no name
      let amount = weights[column] * Double(rows.values[k])
      if amount > 0 { contributions.append((column, amount)) }
    }
    contributions.sort { $0.amount != $1.amount ? $0.amount > $1.amount : $0.column < $1.column }
    return contributions.prefix(limit).map { corpus.terms[$0.column] }
  }
}
