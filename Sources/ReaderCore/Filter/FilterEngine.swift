import ArxivDigest
import DigestQuery
import Foundation

/// Runs filter queries over the loaded papers, building the search index on first use.
///
/// Building the index folds every title and abstract, which takes a while for 50,000 papers,
/// so it is deferred: the first screen does not wait for it. The shell may call ``prepare()``
/// on another thread after the first screen; a filter arriving meanwhile waits for that build.
public final class FilterEngine: @unchecked Sendable, Equatable {
  /// Engines are caches over the papers (which states compare on their own): any two are equal.
  public static func == (lhs: FilterEngine, rhs: FilterEngine) -> Bool { true }

  private let papers: [Paper]
  private let lock = NSLock()
  private var index: SearchIndex?

  /// Creates an engine over `papers`; nothing is indexed yet.
  public init(papers: [Paper]) { self.papers = papers }

  /// Indices of the papers matching `query`, in order.
  ///
  /// - Complexity: O(n) in the number of papers; O(n) more the first time (indexing).
  public func matches(_ query: Query, marks: Marks, today: DigestDay) -> [Int] {
    searchIndex().filter(query, marks: marks, today: today)
  }

  /// Builds the index now if it is not built yet. Safe to call from any thread.
  public func prepare() { _ = searchIndex() }

  private func searchIndex() -> SearchIndex {
    lock.lock()
    defer { lock.unlock() }
    if let index { return index }
    let built = SearchIndex(papers: papers)
    index = built
    return built
  }
}
