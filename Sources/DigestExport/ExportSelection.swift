import ArxivDigest

/// Which papers an export holds, chosen the same way by the CLI and the reader.
///
/// ```swift
/// let papers = try ExportSelection.starred(
///   in: library.papers, marks: marks, remembered: store.rememberedPapers)
/// ```
public enum ExportSelection {
  /// The starred papers, loaded or, when their digest is not loaded, as the state store
  /// remembers them, in digest order: by day, category and entry number (then id).
  ///
  /// The order does not depend on which digests are loaded, so the same stars always export
  /// the same file.
  ///
  /// - Parameters:
  ///   - papers: The loaded papers.
  ///   - marks: The user's marks.
  ///   - remembered: Looks up the papers the store remembers for starred ids not among
  ///     `papers`; it is not called when every starred paper is loaded.
  /// - Returns: Empty when nothing is starred. A starred id neither loaded nor remembered is
  ///   left out.
  /// - Complexity: O(n + s log s) for n loaded and s starred papers, plus the look-up.
  public static func starred(
    in papers: [Paper], marks: Marks, remembered: ([ArxivID]) throws -> [Paper]
  ) rethrows -> [Paper] {
    var selected = papers.filter { marks.isStarred($0.id) }
    let loaded = Set(selected.map(\.id))
    let missing = marks.starred.subtracting(loaded).sorted()
    if !missing.isEmpty {
      selected += try remembered(missing).filter {
        marks.isStarred($0.id) && !loaded.contains($0.id)
      }
    }
    return selected.sorted {
      ($0.date, $0.category, $0.number, $0.id) < ($1.date, $1.category, $1.number, $1.id)
    }
  }

  /// The papers with these ids, in the order given (repeats dropped): loaded ones first
  /// looked up in `papers`, the others from `remembered`.
  ///
  /// - Returns: The papers found, and the ids found in neither place (empty when all were).
  public static func papers(
    withIDs ids: [ArxivID], in papers: [Paper], remembered: ([ArxivID]) throws -> [Paper]
  ) rethrows -> (papers: [Paper], missing: [ArxivID]) {
    var wanted: [ArxivID] = []
    var seen = Set<ArxivID>()
    for id in ids where seen.insert(id).inserted { wanted.append(id) }
    var byID: [ArxivID: Paper] = [:]
    for paper in papers where seen.contains(paper.id) && byID[paper.id] == nil {
      byID[paper.id] = paper
    }
    let absent = wanted.filter { byID[$0] == nil }
    if !absent.isEmpty {
      for paper in try remembered(absent) where byID[paper.id] == nil { byID[paper.id] = paper }
    }
    return (wanted.compactMap { byID[$0] }, wanted.filter { byID[$0] == nil })
  }
}
