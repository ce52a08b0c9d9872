/// Many digests at once: one paper per arXiv id across all inputs, in input order.
///
/// The first occurrence of an id wins; later ones are reported as duplicates (a warning at the
/// later entry's location). Built for 50,000 papers: lookups by id are O(1).
///
/// ```swift
/// let library = Library(files: [try DigestFile(contentsOf: url)])
/// library.papers.count
/// library.paper(withID: ArxivID("1912.11474")!)
/// ```
public struct Library: Sendable {
  /// One run of consecutive papers of the same category and day (the reader's day header).
  public struct Section: Hashable, Sendable {
    public var category: String
    public var day: DigestDay
    /// Indices into ``Library/papers``.
    public var range: Range<Int>
  }

  /// Distinct papers in input order.
  public private(set) var papers: [Paper]
  /// Every diagnostic of every file, then the duplicates, in input order.
  public private(set) var diagnostics: [Diagnostic]
  /// Paths of the inputs, in order.
  public private(set) var paths: [String]
  /// Number of input files given.
  public private(set) var fileCount: Int
  private var indexByID: [ArxivID: Int]

  /// Merges parsed files in the given order.
  ///
  /// - Complexity: O(n) in the total number of papers.
  public init(files: [DigestFile]) {
    papers = []
    diagnostics = []
    paths = []
    fileCount = files.count
    indexByID = [:]
    let total = files.reduce(0) { $0 + $1.digests.reduce(0) { $0 + $1.papers.count } }
    papers.reserveCapacity(total)
    indexByID.reserveCapacity(total)
    var duplicates: [Diagnostic] = []
    for file in files {
      paths.append(file.path)
      diagnostics.append(contentsOf: file.diagnostics)
      for digest in file.digests {
        // Papers are appended in runs between duplicates, so the common case (no duplicate)
        // is one bulk append per day rather than one copy per paper.
        let list = digest.papers
        var runStart = list.startIndex
        for index in list.indices {
          let id = list[index].id
          // One hash per paper: claim the slot, or learn who holds it.
          let position = papers.count + (index - runStart)
          var first = -1
          Library.claim(&indexByID[id, default: -1], for: position, holder: &first)
          if first >= 0 {
            papers.append(contentsOf: list[runStart..<index])
            runStart = index + 1
            duplicates.append(
              Diagnostic(
                .warning, "duplicate paper \(id); first listed at \(papers[first].source)",
                at: list[index].source))
          }
        }
        papers.append(contentsOf: list[runStart...])
      }
    }
    diagnostics.append(contentsOf: duplicates)
  }

  private static func claim(_ slot: inout Int, for position: Int, holder: inout Int) {
    if slot < 0 {
      slot = position
    } else {
      holder = slot
    }
  }

  /// The paper with this id, or `nil` when no input lists it.
  public func paper(withID id: ArxivID) -> Paper? {
    indexByID[id].map { papers[$0] }
  }

  /// The position of the paper with this id in ``papers``.
  public func index(of id: ArxivID) -> Int? { indexByID[id] }

  /// Consecutive runs of papers sharing category and day, in order.
  ///
  /// - Complexity: O(n).
  public var sections: [Section] {
    var result: [Section] = []
    var start = 0
    for index in papers.indices {
      let paper = papers[index]
      let next = index + 1
      if next == papers.count || papers[next].category != paper.category
        || papers[next].date != paper.date
      {
        result.append(Section(category: paper.category, day: paper.date, range: start..<next))
        start = next
      }
    }
    return result
  }

  /// Count of errors among ``diagnostics``.
  public var errorCount: Int { diagnostics.lazy.filter { $0.severity == .error }.count }
  /// Count of warnings among ``diagnostics``.
  public var warningCount: Int { diagnostics.lazy.filter { $0.severity == .warning }.count }
}
