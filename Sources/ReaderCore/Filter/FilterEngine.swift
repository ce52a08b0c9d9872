import ArxivDigest
import DigestQuery

/// Runs filter queries over the loaded papers, building the search index on first use.
///
/// Building the index folds every title and abstract, which takes a while for 50,000 papers,
/// so it is deferred until the user first filters; the first screen does not wait for it.
public final class FilterEngine: @unchecked Sendable {
  private let papers: [Paper]
  private var index: SearchIndex?

  /// Creates an engine over `papers`; nothing is indexed yet.
  public init(papers: [Paper]) { self.papers = papers }

  /// Indices of the papers matching `query`, in order.
  ///
  /// - Complexity: O(n) in the number of papers; O(n) more the first time (indexing).
  public func matches(_ query: Query, marks: Marks, today: DigestDay) -> [Int] {
    let index = self.index ?? SearchIndex(papers: papers)
    self.index = index
    return index.filter(query, marks: marks, today: today)
  }
}
