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
  private var index: IDIndex

  /// Merges parsed files in the given order.
  ///
  /// - Complexity: O(n) in the total number of papers.
  public init(files: [DigestFile]) {
    papers = []
    diagnostics = []
    paths = []
    fileCount = files.count
    let total = files.reduce(0) { $0 + $1.digests.reduce(0) { $0 + $1.papers.count } }
    papers.reserveCapacity(total)
    index = IDIndex(capacity: total)
    var duplicates: [Diagnostic] = []
    for file in files {
      paths.append(file.path)
      diagnostics.append(contentsOf: file.diagnostics)
      for digest in file.digests {
        for paper in digest.papers {
          // One probe per paper: claim the slot, or learn who holds it.
          let first = index.claim(paper.id, position: papers.count, in: papers)
          if first < 0 {
            papers.append(paper)
          } else {
            duplicates.append(
              Diagnostic(
                .warning, "duplicate paper \(paper.id); first listed at \(papers[first].source)",
                at: paper.source))
          }
        }
      }
    }
    diagnostics.append(contentsOf: duplicates)
  }

  /// The paper with this id, or `nil` when no input lists it.
  public func paper(withID id: ArxivID) -> Paper? {
    index.position(of: id, in: papers).map { papers[$0] }
  }

  /// The position of the paper with this id in ``papers``.
  public func index(of id: ArxivID) -> Int? { index.position(of: id, in: papers) }

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

/// Positions of papers by id: an open-addressing table of paper positions, probed linearly.
///
/// Each slot holds the position plus one (0 is empty) in its low 32 bits and the high 32 bits
/// of the id's hash, so a probe compares ids only when those bits agree. Ids are short ASCII
/// text, hashed with a multiply-and-rotate over their bytes: much cheaper than `Hasher`, and
/// every id is validated arXiv syntax before it gets here.
private struct IDIndex: Sendable {
  private var slots: [UInt64]
  private var mask: Int

  /// A table for up to `capacity` papers (at most half full).
  init(capacity: Int) {
    var size = 16
    while size < 2 * capacity, size < 1 << 40 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
  }

  private static func hash(_ id: ArxivID) -> UInt64 {
    var text = id.rawValue
    return text.withUTF8 { bytes in
      var value: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
      for byte in bytes {
        value = (value ^ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9
        value = (value << 23) | (value >> 41)
      }
      value ^= value >> 31
      value &*= 0x94D0_49BB_1331_11EB
      return value ^ (value >> 29)
    }
  }

  /// Records `id` at `position` unless `papers` already holds it; returns the position of the
  /// paper that holds it, or -1 when the id was new.
  mutating func claim(_ id: ArxivID, position: Int, in papers: [Paper]) -> Int {
    let hash = IDIndex.hash(id)
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 {
        slots[slot] = tag | UInt64(truncatingIfNeeded: position + 1)
        return -1
      }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let held = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
        if papers[held].id == id { return held }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The position of the paper with `id` in `papers`, if it is indexed.
  func position(of id: ArxivID, in papers: [Paper]) -> Int? {
    let hash = IDIndex.hash(id)
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return nil }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let held = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
        if held < papers.count, papers[held].id == id { return held }
      }
      slot = (slot + 1) & mask
    }
  }
}
