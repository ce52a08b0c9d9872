import ArxivDigest
import Foundation

/// Finds a loaded paper by id, for applying mark changes as deltas. Built on first use and
/// kept: a cache over the papers, so any two compare equal.
final class PaperLookup: @unchecked Sendable, Equatable {
  private let papers: [Paper]
  private let lock = NSLock()
  private var table: [ArxivID: Int]?

  init(papers: [Paper]) { self.papers = papers }

  /// The index of the loaded paper with `id`, if it is loaded.
  func index(of id: ArxivID) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    if let table { return table[id] }
    var built = [ArxivID: Int](minimumCapacity: papers.count)
    for (index, paper) in papers.enumerated() where built[paper.id] == nil {
      built[paper.id] = index
    }
    table = built
    return built[id]
  }

  static func == (lhs: PaperLookup, rhs: PaperLookup) -> Bool { true }
}

extension ReaderState {
  /// Applies a committed change of the marks of `ids` (`update` changes ``marks`` in place)
  /// and keeps the counts by delta: O(k) for k ids, however many papers and marks there are.
  mutating func applyMarkDelta(ids: [ArxivID], message: String, _ update: (inout Marks) -> Void) {
    var before: [(index: Int, read: Bool, starred: Bool)] = []
    before.reserveCapacity(ids.count)
    var seen = Set<ArxivID>()
    for id in ids where seen.insert(id).inserted {
      guard lookup.index(of: id) != nil else { continue }
      before.append((0, marks.isRead(id), marks.isStarred(id)))
      before[before.count - 1].index = lookup.index(of: id) ?? 0
    }
    update(&marks)
    for entry in before {
      let id = papers[entry.index].id
      let read = marks.isRead(id)
      let starred = marks.isStarred(id)
      if read != entry.read { unreadCount += read ? -1 : 1 }
      if starred != entry.starred { starredCount += starred ? 1 : -1 }
    }
    justRead.subtract(seen.filter { marks.isRead($0) })
    status = message
    if watchesMatched, watchesDependOnMarks { matchWatches() }
    refilterAfterMarks()
  }
}
