import ArxivDigest
import Foundation

/// Papers' text normalised once at load (case- and accent-folded, raw and LaTeX-rendered) so
/// that filtering on every keystroke is fast.
///
/// Build it once per loaded library, then filter as often as the query changes:
///
/// ```swift
/// let index = SearchIndex(papers: library.papers)
/// let query = try Query(parsing: "tracking -medical")
/// let rows = index.filter(query, marks: marks, today: today)   // indices into papers
/// ```
///
/// Titles and abstracts are indexed both as written and as ``LaTeXRenderer`` renders them, so
/// `alpha` and `α` both find `$\alpha$`. Bare words are answered from a word index; phrases and
/// fields are checked by a byte search over the folded text of the remaining candidates.
public final class SearchIndex: Sendable {
  /// The papers, in the order given.
  public let papers: [Paper]
  /// Folded text of all papers: per paper, title, abstract and authors segments, each ending
  /// with a `0` byte.
  let text: [UInt8]
  /// Segment starts: paper `i`'s title is `bounds[3i]..<bounds[3i+1]`, abstract up to
  /// `bounds[3i+2]`, authors up to `bounds[3i+3]`.
  let bounds: [Int]
  let words: WordIndex
  /// Per paper, which ASCII letters and digits occur in its title (`2i`) and abstract (`2i+1`).
  let byteMasks: [UInt64]
  /// Days since epoch of each paper's digest day.
  let days: [Int]
  /// Lower-cased ids, each followed by a `0` byte; paper `i`'s starts at `idStarts[i]`.
  let idText: [UInt8]
  let idStarts: [Int]
  /// Papers by lower-cased category (primary and cross-lists).
  let categories: [String: Bitset]
  let indexByID: [ArxivID: Int]

  /// Normalises and indexes `papers`.
  ///
  /// - Complexity: O(total text length); see the benchmark for figures at 50,000 papers.
  public init(papers: [Paper]) {
    self.papers = papers
    let count = papers.count
    // Fold in parallel chunks, then concatenate.
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let chunkCount = count < 2_000 ? 1 : max(1, min(8, cores * 2))
    let chunkSize = (count + chunkCount - 1) / max(1, chunkCount)
    let chunks = SearchIndex.foldChunks(papers, chunkCount: chunkCount, chunkSize: chunkSize)
    var text: [UInt8] = []
    text.reserveCapacity(chunks.reduce(0) { $0 + $1.text.count })
    var bounds: [Int] = []
    bounds.reserveCapacity(3 * count + 1)
    for chunk in chunks {
      let base = text.count
      text.append(contentsOf: chunk.text)
      for start in chunk.starts { bounds.append(base + start) }
    }
    bounds.append(text.count)
    self.text = text
    self.bounds = bounds

    // Words and byte masks per chunk of papers in parallel, then merged in order.
    let parts = SearchIndex.indexWords(
      text, bounds, count: count, chunkCount: chunkCount, chunkSize: chunkSize)
    var words = WordIndex()
    var byteMasks: [UInt64] = []
    byteMasks.reserveCapacity(2 * count)
    for part in parts {
      words.merge(part.words)
      byteMasks.append(contentsOf: part.masks)
    }
    self.words = words
    self.byteMasks = byteMasks

    days = papers.map(\.date.daysSinceEpoch)
    var idText: [UInt8] = []
    var idStarts: [Int] = []
    idStarts.reserveCapacity(count)
    var categories: [String: Bitset] = [:]
    var indexByID: [ArxivID: Int] = [:]
    indexByID.reserveCapacity(count)
    for (index, paper) in papers.enumerated() {
      idStarts.append(idText.count)
      idText.append(contentsOf: paper.id.rawValue.lowercased().utf8)
      idText.append(0)
      var names = Set([paper.category.lowercased()])
      for category in paper.categories ?? [] { names.insert(category.lowercased()) }
      for name in names {
        categories[name, default: Bitset(count: count)].insert(index)
      }
      if indexByID[paper.id] == nil { indexByID[paper.id] = index }
    }
    self.idText = idText
    self.idStarts = idStarts
    self.categories = categories
    self.indexByID = indexByID
  }

  /// The bit of an ASCII letter or digit in ``byteMasks`` (0 for other bytes).
  @inline(__always) static func maskBit(_ byte: UInt8) -> UInt64 {
    if byte >= 97, byte <= 122 { return 1 << UInt64(byte - 97) }
    if byte >= 48, byte <= 57 { return 1 << UInt64(byte - 48 + 26) }
    return 0
  }

  private struct WordChunk: Sendable {
    var words = WordIndex()
    var masks: [UInt64] = []
  }

  private final class WordBox: @unchecked Sendable {
    var chunks: [WordChunk]
    init(_ count: Int) { chunks = Array(repeating: WordChunk(), count: count) }
  }

  private static func indexWords(
    _ text: [UInt8], _ bounds: [Int], count: Int, chunkCount: Int, chunkSize: Int
  ) -> [WordChunk] {
    let box = WordBox(chunkCount)
    let lock = NSLock()
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunkIndex in
      var chunk = WordChunk()
      let lower = min(count, chunkIndex * chunkSize)
      let upper = min(count, lower + chunkSize)
      chunk.masks.reserveCapacity(2 * (upper - lower))
      text.withUnsafeBufferPointer { buffer in
        for paper in lower..<upper {
          for field in 0..<2 {
            var index = bounds[3 * paper + field]
            let end = bounds[3 * paper + field + 1]
            var mask: UInt64 = 0
            while index < end {
              while index < end, !TextFolding.isWordByte(buffer[index]) { index += 1 }
              let start = index
              while index < end, TextFolding.isWordByte(buffer[index]) {
                mask |= maskBit(buffer[index])
                index += 1
              }
              if index > start {
                chunk.words.add(
                  buffer, start..<index, paper: UInt32(paper), fields: UInt32(field + 1))
              }
            }
            chunk.masks.append(mask)
          }
        }
      }
      lock.lock()
      box.chunks[chunkIndex] = chunk
      lock.unlock()
    }
    return box.chunks
  }

  private struct FoldedChunk: Sendable {
    var text: [UInt8] = []
    var starts: [Int] = []
  }

  private final class ChunkBox: @unchecked Sendable {
    var chunks: [FoldedChunk]
    init(_ count: Int) { chunks = Array(repeating: FoldedChunk(), count: count) }
  }

  private static func foldChunks(
    _ papers: [Paper], chunkCount: Int, chunkSize: Int
  ) -> [FoldedChunk] {
    let box = ChunkBox(chunkCount)
    let lock = NSLock()
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunkIndex in
      var chunk = FoldedChunk()
      var folding = TextFolding()
      let lower = min(papers.count, chunkIndex * chunkSize)
      let upper = min(papers.count, lower + chunkSize)
      for paper in papers[lower..<upper] {
        chunk.starts.append(chunk.text.count)
        foldTextAndRendering(paper.title, &folding, &chunk.text)
        chunk.starts.append(chunk.text.count)
        foldTextAndRendering(paper.abstract, &folding, &chunk.text)
        chunk.starts.append(chunk.text.count)
        for author in paper.authors ?? [] {
          folding.fold(author, into: &chunk.text)
          chunk.text.append(0)
        }
        if paper.authors?.isEmpty ?? true { chunk.text.append(0) }
      }
      lock.lock()
      box.chunks[chunkIndex] = chunk
      lock.unlock()
    }
    return box.chunks
  }

  /// Appends folded `text`, then its folded rendering when that differs, each ending in `0`.
  private static func foldTextAndRendering(
    _ text: String, _ folding: inout TextFolding, _ bytes: inout [UInt8]
  ) {
    folding.fold(text, into: &bytes)
    bytes.append(0)
    if LaTeXRenderer.mayContainLaTeX(text) {
      let rendered = LaTeXRenderer.plainText(text)
      if rendered != text {
        folding.fold(rendered, into: &bytes)
        bytes.append(0)
      }
    }
  }

  /// Indices (into ``papers``) of the papers that match, in increasing order.
  ///
  /// - Parameters:
  ///   - query: The parsed query; an empty query matches every paper.
  ///   - marks: Read and starred marks, for `is:`.
  ///   - today: The day `date:<7d` and `today` are relative to.
  /// - Complexity: Proportional to the candidates each term leaves, not to the text size, for
  ///   word terms; a phrase or field term scans the folded text of the remaining candidates.
  public func filter(_ query: Query, marks: Marks, today: DigestDay) -> [Int] {
    var evaluation = Evaluation(index: self, marks: marks, today: today)
    return evaluation.evaluate(query.root, within: Bitset(count: papers.count, full: true)).indices
  }

  /// The subset of `candidates` (indices into ``papers``) that match, in increasing order.
  ///
  /// Use it to re-filter a previous result when the new query can only narrow it (a term was
  /// added or lengthened, see ``Query/narrows(_:)``).
  public func filter(
    _ query: Query, marks: Marks, today: DigestDay, among candidates: [Int]
  ) -> [Int] {
    var within = Bitset(count: papers.count)
    for candidate in candidates where candidate >= 0 && candidate < papers.count {
      within.insert(candidate)
    }
    var evaluation = Evaluation(index: self, marks: marks, today: today)
    return evaluation.evaluate(query.root, within: within).indices
  }

  /// Number of distinct words in the index (for figures).
  public var wordCount: Int { words.wordCount }

  /// Bytes of folded text held (for figures).
  public var foldedByteCount: Int { text.count }
}
