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
  /// Folded text of all papers, in parts of consecutive papers (``partSize`` each, the last
  /// maybe fewer), kept as folded in parallel: per paper, title, abstract and authors segments,
  /// each ending with a `0` byte.
  let texts: [[UInt8]]
  /// Papers per part of ``texts``.
  let partSize: Int
  /// Where each part of ``texts`` would start if the parts were joined.
  let partBases: [Int]
  /// Segment starts, as if the parts were joined: paper `i`'s title is
  /// `bounds[3i]..<bounds[3i+1]`, abstract up to `bounds[3i+2]`, authors up to `bounds[3i+3]`;
  /// subtract its part's base for offsets into its part.
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
  /// Runs of consecutive papers are folded and their words collected in parallel, alongside
  /// the ids and categories; the parts are then joined in order.
  ///
  /// - Complexity: O(total text length); see the benchmark for figures at 50,000 papers.
  public init(papers: [Paper]) {
    self.papers = papers
    let count = papers.count
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let chunkCount = count < 2_000 ? 1 : max(1, min(8, cores * 2))
    let chunkSize = (count + chunkCount - 1) / max(1, chunkCount)
    let folded = ParallelResults<FoldedChunk>(count: chunkCount)
    let indexed = ParallelResults<Metadata>(count: 1)
    // Iteration 0 indexes ids and categories; the others each fold and index one chunk.
    DispatchQueue.concurrentPerform(iterations: chunkCount + 1) { iteration in
      if iteration == 0 {
        indexed.set(0, SearchIndex.metadata(papers))
        return
      }
      let chunkIndex = iteration - 1
      let lower = min(count, chunkIndex * chunkSize)
      let upper = min(count, lower + chunkSize)
      folded.set(chunkIndex, SearchIndex.foldChunk(papers, lower..<upper))
    }
    let chunks = folded.take()

    var bounds: [Int] = []
    bounds.reserveCapacity(3 * count + 1)
    var bases: [Int] = []
    var total = 0
    for chunk in chunks {
      bases.append(total)
      for start in chunk.starts { bounds.append(total + start) }
      total += chunk.text.count
    }
    bounds.append(total)
    self.bounds = bounds
    partBases = bases
    partSize = max(1, chunkSize)
    texts = chunks.map(\.text)
    words = WordIndex(merging: chunks.map(\.words))
    var byteMasks: [UInt64] = []
    byteMasks.reserveCapacity(2 * count)
    for chunk in chunks { byteMasks.append(contentsOf: chunk.masks) }
    self.byteMasks = byteMasks

    let metadata = indexed.take().first ?? SearchIndex.metadata(papers)
    days = metadata.days
    idText = metadata.idText
    idStarts = metadata.idStarts
    categories = metadata.categories
    indexByID = metadata.indexByID
  }

  /// The bit of an ASCII letter or digit in ``byteMasks`` (0 for other bytes).
  @inline(__always) static func maskBit(_ byte: UInt8) -> UInt64 {
    if byte >= 97, byte <= 122 { return 1 << UInt64(byte - 97) }
    if byte >= 48, byte <= 57 { return 1 << UInt64(byte - 48 + 26) }
    return 0
  }

  /// Days, ids and categories of all papers.
  private struct Metadata: Sendable {
    var days: [Int] = []
    var idText: [UInt8] = []
    var idStarts: [Int] = []
    var categories: [String: Bitset] = [:]
    var indexByID: [ArxivID: Int] = [:]
  }

  private static func metadata(_ papers: [Paper]) -> Metadata {
    let count = papers.count
    var metadata = Metadata()
    metadata.days = papers.map(\.date.daysSinceEpoch)
    metadata.idStarts.reserveCapacity(count)
    metadata.indexByID.reserveCapacity(count)
    var lowercased: [String: String] = [:]
    func lower(_ name: String) -> String {
      if let known = lowercased[name] { return known }
      let folded = name.lowercased()
      lowercased[name] = folded
      return folded
    }
    var names: [String] = []
    for (index, paper) in papers.enumerated() {
      metadata.idStarts.append(metadata.idText.count)
      let id = paper.id.rawValue.utf8
      if id.allSatisfy({ $0 < 0x80 }) {
        for byte in id { metadata.idText.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
      } else {
        metadata.idText.append(contentsOf: paper.id.rawValue.lowercased().utf8)
      }
      metadata.idText.append(0)
      names.removeAll(keepingCapacity: true)
      names.append(lower(paper.category))
      for category in paper.categories ?? [] {
        let name = lower(category)
        if !names.contains(name) { names.append(name) }
      }
      for name in names {
        metadata.categories[name, default: Bitset(count: count)].insert(index)
      }
      if metadata.indexByID[paper.id] == nil { metadata.indexByID[paper.id] = index }
    }
    return metadata
  }

  /// Folded text, segment starts, words and byte masks of a run of consecutive papers.
  private struct FoldedChunk: Sendable {
    var text: [UInt8] = []
    var starts: [Int] = []
    var words = WordIndex.Builder()
    var masks: [UInt64] = []
  }

  /// Folds papers `range` and collects the words of their titles and abstracts.
  private static func foldChunk(_ papers: [Paper], _ range: Range<Int>) -> FoldedChunk {
    var chunk = FoldedChunk()
    var folding = TextFolding()
    chunk.masks.reserveCapacity(2 * range.count)
    var estimate = 0
    for paper in papers[range] {
      estimate += paper.title.utf8.count + paper.abstract.utf8.count + 64
    }
    chunk.text.reserveCapacity(estimate + estimate / 8)
    for index in range {
      let paper = papers[index]
      for field in 1...2 {
        let start = chunk.text.count
        chunk.starts.append(start)
        foldTextAndRendering(field == 1 ? paper.title : paper.abstract, &folding, &chunk.text)
        let mask = chunk.text.withUnsafeBufferPointer { bytes in
          chunk.words.addField(
            bytes, start..<bytes.count, paper: UInt32(truncatingIfNeeded: index),
            field: UInt32(field))
        }
        chunk.masks.append(mask)
      }
      chunk.starts.append(chunk.text.count)
      for author in paper.authors ?? [] {
        folding.fold(author, into: &chunk.text)
        chunk.text.append(0)
      }
      if paper.authors?.isEmpty ?? true { chunk.text.append(0) }
    }
    return chunk
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
  public var foldedByteCount: Int { texts.reduce(0) { $0 + $1.count } }
}
