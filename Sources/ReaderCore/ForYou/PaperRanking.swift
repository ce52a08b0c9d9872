/// The "for you" scores of the loaded papers, as the ranking model last computed them.
///
/// A plain value for the reducer: scores and score levels by paper index, and the reasons
/// behind a paper's score, asked for only when its detail is drawn.
public struct PaperRanking: Hashable, Sendable {
  /// Counts the rankings made, so two of them compare by identity.
  public let generation: Int
  /// The score of each loaded paper (by index into ``ReaderState/papers``); higher is more
  /// relevant.
  public let scores: [Double]
  /// A level from 1 to ``maximumLevel`` for each loaded paper: the score's rank among the
  /// loaded papers not yet read or starred (top tenth 3, next quarter 2, the rest 1).
  public let levels: [UInt8]
  private let explain: Explanation

  /// The highest level.
  public static let maximumLevel: UInt8 = 3

  /// Creates a ranking of the loaded papers.
  ///
  /// - Parameters:
  ///   - generation: Increases with each new ranking.
  ///   - scores: One score per loaded paper.
  ///   - reasons: The words or authors that raised a paper's score most, by paper index.
  ///   - dealtWith: Papers already read or starred: levels are ranks among the others, the
  ///     papers "for you" is choosing from.
  public init(
    generation: Int, scores: [Double], dealtWith: Set<Int> = [],
    reasons: @escaping @Sendable (Int) -> [String] = { _ in [] }
  ) {
    self.generation = generation
    self.scores = scores
    let candidates = scores.indices.filter { !dealtWith.contains($0) }.map { scores[$0] }
    self.levels = PaperRanking.levels(of: scores, among: candidates.isEmpty ? scores : candidates)
    self.explain = Explanation(reasons)
  }

  /// The words or authors that raised the score of the paper at `index` most.
  public func reasons(for index: Int) -> [String] {
    scores.indices.contains(index) ? explain.reasons(index) : []
  }

  /// The score of the paper at `index`, or `-infinity` when it has none.
  public func score(of index: Int) -> Double {
    scores.indices.contains(index) ? scores[index] : -.infinity
  }

  /// The level of the paper at `index` (0 when it has none).
  public func level(of index: Int) -> UInt8 {
    levels.indices.contains(index) ? levels[index] : 0
  }

  /// `▮▮▯` for level 2.
  public static func mark(level: UInt8) -> String {
    let filled = Int(min(level, maximumLevel))
    return String(repeating: "▮", count: filled)
      + String(repeating: "▯", count: Int(maximumLevel) - filled)
  }

  public static func == (lhs: PaperRanking, rhs: PaperRanking) -> Bool {
    lhs.generation == rhs.generation && lhs.scores == rhs.scores
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(generation)
    hasher.combine(scores.count)
  }

  /// Levels by rank among `candidates`: the top tenth 3, the next quarter 2, the rest 1. Ties
  /// share the level of their best rank.
  static func levels(of scores: [Double], among candidates: [Double]) -> [UInt8] {
    guard !candidates.isEmpty else { return scores.map { _ in 1 } }
    let sorted = candidates.sorted(by: >)
    let top = sorted[max(0, (sorted.count + 9) / 10 - 1)]
    let upper = sorted[max(0, (sorted.count * 35 + 99) / 100 - 1)]
    return scores.map { $0 >= top ? 3 : ($0 >= upper ? 2 : 1) }
  }

  /// Holds the closure that explains scores.
  private final class Explanation: Sendable {
    let reasons: @Sendable (Int) -> [String]
    init(_ reasons: @escaping @Sendable (Int) -> [String]) { self.reasons = reasons }
  }
}

/// Where the "for you" ranking stands.
public enum RankingStatus: Hashable, Sendable {
  /// The model is being built: "for you" keeps the previous order until it is ready.
  case training
  /// "For you" cannot rank yet, and why (`star a few papers first`).
  case unavailable(String)
  /// The ranking is ready.
  case ready(PaperRanking)

  /// The ranking when ready.
  public var ranking: PaperRanking? {
    if case .ready(let ranking) = self { return ranking }
    return nil
  }
}

/// The list while it shows the papers similar to one (`m`): what to return to on Esc.
public struct SimilarView: Hashable, Sendable {
  /// The paper the others are similar to (index into ``ReaderState/papers``).
  public var paper: Int
  /// Similarity of each listed paper, by paper index.
  public var similarity: [Int: Double]
  /// The list as it was before.
  var savedVisible: [Int]
  var savedCursor: Int?
  var savedListTop: Int
  var savedFocus: Pane
}
