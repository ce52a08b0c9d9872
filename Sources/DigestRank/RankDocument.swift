/// The text of one paper as the ranker sees it.
public struct RankDocument: Hashable, Sendable {
  public var title: String
  public var abstract: String
  public var authors: [String]
  public var comments: String?

  public init(title: String, abstract: String, authors: [String] = [], comments: String? = nil) {
    self.title = title
    self.abstract = abstract
    self.authors = authors
    self.comments = comments
  }
}

/// A paper near another one in feature space.
public struct RankNeighbour: Hashable, Sendable {
  /// The paper's position in the corpus.
  public var index: Int
  /// Cosine similarity of the two papers' feature vectors (0…1).
  public var similarity: Double

  public init(index: Int, similarity: Double) {
    self.index = index
    self.similarity = similarity
  }
}

/// The reader's marks, as corpus positions.
public struct RankLabels: Hashable, Sendable {
  /// Starred papers.
  public var positives: Set<Int>
  /// Papers read one at a time and not starred: seen and passed over.
  public var passedOver: Set<Int>

  public init(positives: Set<Int>, passedOver: Set<Int>) {
    self.positives = positives
    self.passedOver = passedOver
  }
}
