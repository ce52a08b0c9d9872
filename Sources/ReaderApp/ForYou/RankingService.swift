import ArxivDigest
import DigestRank
import Dispatch
import Foundation
import ReaderCore

/// Keeps the "for you" ranking current off the main thread: builds the features once, when
/// the ranking is first asked for (``start(marks:)``), then retrains and rescores after every
/// change of marks, and posts each result to the session as ``ReaderAction/rankingChanged(_:)``.
/// Until it starts, it only reports whether there are enough stars to rank (nothing is built:
/// a reader who never asks for "for you" pays nothing for it).
///
/// Requests that arrive while the model trains are coalesced: only the newest marks are
/// trained on next. The reader never waits for any of it.
public final class RankingService: @unchecked Sendable {
  /// Finds papers beyond the loaded ones, on the service's thread: the digest folder and
  /// what the state remembers of marked papers it is given the ids of.
  public typealias OtherPapers = @Sendable (_ loaded: [Paper], _ marks: Marks) -> [Paper]

  private let queue = DispatchQueue(label: "digest.ranking", qos: .userInitiated)
  private let post: @Sendable (ReaderAction) -> Void
  private let loaded: [Paper]
  private let otherPapers: OtherPapers
  private let lock = NSLock()
  /// The newest marks not trained on yet (guarded by `lock`).
  private var pending: Marks?
  private var isScheduled = false
  /// `true` once ``start(marks:)`` ran (guarded by `lock`).
  private var started = false
  // Owned by `queue`.
  private var ranker: PaperRanker?
  private var generation = 0

  /// Creates a service over the loaded `papers`; nothing runs until ``start(marks:)``.
  ///
  /// - Parameters:
  ///   - papers: The reader's papers, in its order.
  ///   - otherPapers: Papers to learn from beyond the loaded ones.
  ///   - post: Delivers actions to the session (from the service's thread).
  public init(
    papers: [Paper], otherPapers: @escaping OtherPapers = { _, _ in [] },
    post: @escaping @Sendable (ReaderAction) -> Void
  ) {
    self.loaded = papers
    self.otherPapers = otherPapers
    self.post = post
  }

  /// Builds the features in the background, then ranks with `marks`; a second call does
  /// nothing.
  public func start(marks: Marks) {
    lock.lock()
    let first = !started
    started = true
    lock.unlock()
    guard first else { return }
    post(.rankingChanged(.training))
    queue.async { [self] in
      ranker = PaperRanker(loaded: loaded, others: otherPapers(loaded, marks))
    }
    marksChanged(marks)
  }

  /// `true` once ``start(marks:)`` was called: the features are built or being built.
  public var hasStarted: Bool {
    lock.lock()
    defer { lock.unlock() }
    return started
  }

  /// Retrains with `marks` in the background (coalesced with other pending requests). Before
  /// ``start(marks:)`` it only posts whether `marks` hold enough stars to rank: the cold-start
  /// reason, or ``RankingStatus/training`` (ranking waits for its first use).
  public func marksChanged(_ marks: Marks) {
    lock.lock()
    guard started else {
      lock.unlock()
      if let reason = RankingInputs.coldStartReason(starred: marks.starred.count) {
        post(.rankingChanged(.unavailable(reason)))
      } else {
        post(.rankingChanged(.training))
      }
      return
    }
    pending = marks
    let schedule = !isScheduled
    isScheduled = true
    lock.unlock()
    guard schedule else { return }
    queue.async { [self] in
      lock.lock()
      let marks = pending
      pending = nil
      isScheduled = false
      lock.unlock()
      if let marks { train(marks) }
    }
  }

  /// Finds the papers most similar to the loaded paper at `index`, then posts
  /// ``ReaderAction/similarFound(paper:neighbours:)``.
  public func findSimilar(to index: Int, limit: Int = 50) {
    queue.async { [self] in
      guard let ranker else { return }
      // Ask for more than `limit`: neighbours that are not loaded are dropped.
      let neighbours = ranker.corpus.similar(to: index, limit: limit * 4)
        .filter { $0.index < ranker.inputs.loadedCount }
        .prefix(limit)
        .map { SimilarPaper(index: $0.index, similarity: $0.similarity) }
      post(.similarFound(paper: index, neighbours: Array(neighbours)))
    }
  }

  /// Blocks until the work queued so far is done (for tests and benchmarks).
  public func waitUntilIdle() { queue.sync {} }

  private func train(_ marks: Marks) {
    guard let ranker else { return }
    let model: RankModel
    switch ranker.model(marks: marks) {
    case .success(let trained): model = trained
    case .failure(let coldStart):
      post(.rankingChanged(.unavailable(coldStart.reason)))
      return
    }
    generation += 1
    let scores = Array(model.scores.prefix(ranker.inputs.loadedCount))
    var dealtWith = Set<Int>()
    for (index, paper) in loaded.enumerated()
    where marks.isRead(paper.id) || marks.isStarred(paper.id) {
      dealtWith.insert(index)
    }
    let ranking = PaperRanking(generation: generation, scores: scores, dealtWith: dealtWith) {
      index in
      RankingInputs.distinct(model.reasons(for: index, limit: 8), limit: 4)
    }
    post(.rankingChanged(.ready(ranking)))
  }
}
