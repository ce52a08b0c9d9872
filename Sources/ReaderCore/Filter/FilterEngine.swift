import ArxivDigest
import DigestQuery
import Foundation

/// Runs filter queries over the loaded papers.
///
/// Building the search index folds every title and abstract, which takes a while for 50,000
/// papers, so it is deferred: the first screen does not wait for it. The shell calls
/// ``prepare()`` on another thread after the first screen. A filter that arrives before the
/// index is ready is never kept waiting: ``currentMatches(_:marks:today:)`` answers at once
/// from an index of the first papers (a screenful of matches and more), says the answer is
/// partial, and the shell filters again when the full index is ready, ending with exactly its
/// answer.
public final class FilterEngine: @unchecked Sendable, Equatable {
  /// Engines are caches over the papers (which states compare on their own): any two are equal.
  public static func == (lhs: FilterEngine, rhs: FilterEngine) -> Bool { true }

  /// Papers the partial index covers, from the first.
  public static let prefixCount = 4_096

  private let papers: [Paper]
  private let lock = NSLock()
  private var index: SearchIndex?
  private var prefix: SearchIndex?
  private var isBuilding = false
  private let built = NSCondition()

  /// Creates an engine over `papers`; nothing is indexed yet.
  public init(papers: [Paper]) { self.papers = papers }

  /// Indices of the papers matching `query`, in order, from the full index (built now if no
  /// one else is building it; waited for otherwise).
  ///
  /// - Complexity: O(n) in the number of papers; O(n) more the first time (indexing).
  public func matches(_ query: Query, marks: Marks, today: DigestDay) -> [Int] {
    searchIndex().filter(query, marks: marks, today: today)
  }

  /// The papers matching `query` now: from the full index when it is ready (`isComplete`), else
  /// from the first ``prefixCount`` papers without waiting (`isComplete` only when that is
  /// every paper).
  public func currentMatches(
    _ query: Query, marks: Marks, today: DigestDay
  ) -> (indices: [Int], isComplete: Bool) {
    if let ready = readyIndex() { return (ready.filter(query, marks: marks, today: today), true) }
    if papers.count <= FilterEngine.prefixCount {
      return (searchIndex().filter(query, marks: marks, today: today), true)
    }
    return (prefixIndex().filter(query, marks: marks, today: today), false)
  }

  /// `true` once the full index is built.
  public var isReady: Bool { readyIndex() != nil }

  /// Builds the index now if it is not built yet. Safe to call from any thread.
  public func prepare() { _ = searchIndex() }

  private func readyIndex() -> SearchIndex? {
    lock.lock()
    defer { lock.unlock() }
    return index
  }

  private func prefixIndex() -> SearchIndex {
    lock.lock()
    defer { lock.unlock() }
    if let prefix { return prefix }
    let built = SearchIndex(papers: Array(papers.prefix(FilterEngine.prefixCount)))
    prefix = built
    return built
  }

  /// The full index: built here, or waited for while another thread builds it.
  private func searchIndex() -> SearchIndex {
    built.lock()
    while true {
      if let index = readyIndex() {
        built.unlock()
        return index
      }
      if !isBuilding { break }
      built.wait()
    }
    isBuilding = true
    built.unlock()
    let fresh = SearchIndex(papers: papers)
    lock.lock()
    index = fresh
    lock.unlock()
    built.lock()
    isBuilding = false
    built.broadcast()
    built.unlock()
    return fresh
  }
}
