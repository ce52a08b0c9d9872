import Foundation

/// Text to tf-idf vectors: words and word pairs of the title, abstract and comments (lowercased,
/// English stop words removed, pairs formed after removal as scikit-learn does) and authors,
/// with sublinear term frequency, smooth idf over the whole corpus, and l2 normalisation.
struct FeatureBuilder {
  /// A term must occur in at least this many papers (fewer for tiny corpora).
  var minDocumentFrequency = 2
  /// A term in more than this fraction of papers carries no signal (applied from 100 papers on).
  var maxDocumentFraction = 0.5
  /// Title words count this many times.
  var titleWeight = 2
  /// Word vectors learnt from the corpus (see ``Embedding``); `nil` for tf-idf alone.
  var embedding: Embedding? = Embedding()
  /// Weight of a paper's embedding beside its tf-idf vector (both unit length before).
  var embeddingWeight: Float = 0.3

  struct Output {
    var rows: SparseRows
    /// Names of the tf-idf columns; columns from `terms.count` on are embedding dimensions.
    var terms: [String]
    var idf: [Float]
    var documentFrequency: [Int32]
    var columnCount: Int
  }

  /// Terms of every document, before the vocabulary is chosen.
  struct Counter {
    /// Words and authors (by the hash of their text); word pairs (by their two words' ids).
    /// The word table stays small enough for the cache; only pairs miss it.
    var words = HashTable(capacity: 1 << 14)
    var pairs = HashTable(capacity: 1 << 16)
    var stop = HashTable(capacity: 512)
    var names: [String] = []
    var isWord: [Bool] = []
    var rowStart: [Int] = [0]
    var ids: [Int32] = []
    var counts: [Float] = []
    var document: Int32 = 0
    var utf8: [UInt8] = []
    /// Keeps the prefetching loads of ``HashTable/touch(_:)`` from being optimised away.
    var sink: UInt64 = 0

    init() {
      for hash in StopWords.hashes.sorted() { _ = stop.insert(hash) }
    }

    @inline(__always)
    mutating func add(
      _ hash: UInt64, word: Bool, pair: Bool = false, times: Float, _ name: () -> String
    ) -> Int32 {
      let position = Int32(ids.count)
      let next = Int32(names.count)
      let (id, inserted, previous) =
        pair
        ? pairs.visit(hash, document: document, position: position, newID: next)
        : words.visit(hash, document: document, position: position, newID: next)
      if inserted {
        names.append(name())
        isWord.append(word)
      }
      if let previous {
        counts[Int(previous)] += times
      } else {
        ids.append(id)
        counts.append(times)
      }
      return id
    }

    mutating func addText(_ text: String, times: Float) {
      // A local buffer (reused across calls): the name closures read it while `add` mutates self.
      var utf8 = self.utf8
      self.utf8 = []
      defer {
        utf8.removeAll(keepingCapacity: true)
        self.utf8 = utf8
      }
      utf8.append(contentsOf: text.utf8)
      utf8.append(0x20)
      // Words first (their table stays in cache), then the pairs, whose table does not:
      // their slots are touched together beforehand so the cache misses overlap.
      var found: [(id: Int32, word: Range<Int>)] = []
      var start = 0
      for i in 0..<utf8.count {
        let byte = utf8[i]
        switch byte {
        case 0x41...0x5A:
          utf8[i] = byte | 0x20
          continue
        case 0x61...0x7A, 0x30...0x39, 0x80...0xFF: continue
        default: break
        }
        defer { start = i + 1 }
        guard i - start >= 2 else { continue }
        let word = start..<i
        let hash = Hashing.fnv1a(utf8[word])
        guard stop.id(of: hash) == nil else { continue }
        let id = add(hash, word: true, times: times) {
          String(decoding: utf8[word], as: UTF8.self)
        }
        found.append((id, word))
      }
      guard found.count >= 2 else { return }
      var keys: [UInt64] = []
      keys.reserveCapacity(found.count - 1)
      for k in 1..<found.count {
        keys.append(UInt64(UInt32(found[k - 1].id)) << 32 | UInt64(UInt32(found[k].id)))
      }
      sink &+= pairs.touch(keys)
      for k in 1..<found.count {
        let first = found[k - 1].word
        let second = found[k].word
        _ = add(keys[k - 1], word: false, pair: true, times: times) {
          String(decoding: utf8[first], as: UTF8.self) + " "
            + String(decoding: utf8[second], as: UTF8.self)
        }
      }
    }

    mutating func addAuthor(_ author: String) {
      let name = author.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { return }
      let key = Array(("au:" + name.lowercased()).utf8)[...]
      _ = add(Hashing.fnv1a(key), word: false, times: 1) { name }
    }

    mutating func endDocument() {
      rowStart.append(ids.count)
      document += 1
    }
  }

  func build(_ documents: [RankDocument]) -> Output {
    var counter = Counter()
    counter.rowStart.reserveCapacity(documents.count + 1)
    counter.ids.reserveCapacity(documents.count * 150)
    counter.counts.reserveCapacity(documents.count * 150)
    for document in documents {
      counter.addText(document.title, times: Float(titleWeight))
      counter.addText(document.abstract, times: 1)
      if let comments = document.comments { counter.addText(comments, times: 1) }
      for author in document.authors { counter.addAuthor(author) }
      counter.endDocument()
    }
    let names = counter.names
    let isWord = counter.isWord
    var documentFrequency = [Int32](repeating: 0, count: counter.names.count)
    counter.words.documentFrequencies(into: &documentFrequency)
    counter.pairs.documentFrequencies(into: &documentFrequency)
    let rowStart = counter.rowStart
    let provisional = counter.ids
    let counts = counter.counts

    // Vocabulary: terms frequent enough to generalise, rare enough to discriminate.
    let n = documents.count
    let minDF = Int32(n >= 10 ? minDocumentFrequency : 1)
    let maxDF = n >= 100 ? Int32(maxDocumentFraction * Double(n)) : Int32.max
    var remap = [Int32](repeating: -1, count: names.count)
    var terms: [String] = []
    var idf: [Float] = []
    var keptFrequency: [Int32] = []
    var keptIsWord: [Bool] = []
    for (id, df) in documentFrequency.enumerated() where df >= minDF && df <= maxDF {
      remap[id] = Int32(terms.count)
      keptIsWord.append(isWord[id])
      terms.append(names[id])
      idf.append(Float(log(Double(1 + n) / Double(1 + df)) + 1))
      keptFrequency.append(df)
    }

    var rows = SparseRows(rowStart: [0], columns: [], values: [])
    rows.rowStart.reserveCapacity(n + 1)
    rows.columns.reserveCapacity(provisional.count)
    rows.values.reserveCapacity(provisional.count)
    for row in 0..<n {
      let start = rows.columns.count
      var norm: Float = 0
      for k in rowStart[row]..<rowStart[row + 1] {
        let column = remap[Int(provisional[k])]
        guard column >= 0 else { continue }
        let value = (1 + logf(counts[k])) * idf[Int(column)]
        rows.columns.append(column)
        rows.values.append(value)
        norm += value * value
      }
      if norm > 0 {
        let scale = 1 / norm.squareRoot()
        for k in start..<rows.values.count { rows.values[k] *= scale }
      }
      rows.rowStart.append(rows.columns.count)
    }
    var columnCount = terms.count
    if let embedding {
      let minimumDF = Int32(n >= 10 ? 3 : 1)
      var candidates: [Int] = []
      for column in 0..<terms.count
      where keptIsWord[column] && keptFrequency[column] >= minimumDF {
        candidates.append(column)
      }
      candidates.sort { (a: Int, b: Int) -> Bool in
        let fa = keptFrequency[a]
        let fb = keptFrequency[b]
        return fa != fb ? fa > fb : terms[a] < terms[b]
      }
      let words: [Int32] = candidates.prefix(embedding.vocabularySize).map { Int32($0) }
      let vectors = embedding.wordVectors(rows: rows, words: words, columnCount: terms.count)
      if !vectors.isEmpty {
        let dimensions = vectors.count / words.count
        rows = Self.appendingEmbeddings(
          rows, words: words, vectors: vectors, dimensions: dimensions, columnCount: terms.count,
          weight: embeddingWeight)
        columnCount += dimensions
      }
    }
    return Output(
      rows: rows, terms: terms, idf: idf, documentFrequency: keptFrequency,
      columnCount: columnCount)
  }

  /// Each row followed by its paper's embedding (the tf-idf-weighted sum of its words' vectors,
  /// unit length, times `weight`), the whole row then scaled back to unit length.
  static func appendingEmbeddings(
    _ rows: SparseRows, words: [Int32], vectors: [Float], dimensions: Int, columnCount: Int,
    weight: Float
  ) -> SparseRows {
    var slot = [Int32](repeating: -1, count: columnCount)
    for (index, column) in words.enumerated() { slot[Int(column)] = Int32(index) }
    var out = SparseRows(rowStart: [0], columns: [], values: [])
    out.rowStart.reserveCapacity(rows.rowStart.count)
    out.columns.reserveCapacity(rows.columns.count + rows.rowCount * dimensions)
    out.values.reserveCapacity(rows.columns.count + rows.rowCount * dimensions)
    // Word vectors in blocks of 16 lanes (zero-padded) for the weighted sums.
    let blocks = (dimensions + 15) / 16
    var packed = [SIMD16<Float>](repeating: .zero, count: words.count * blocks)
    for w in 0..<words.count {
      for d in 0..<dimensions { packed[w * blocks + d / 16][d % 16] = vectors[w * dimensions + d] }
    }
    var sum = [SIMD16<Float>](repeating: .zero, count: blocks)
    for row in 0..<rows.rowCount {
      for b in 0..<blocks { sum[b] = .zero }
      var any = false
      packed.withUnsafeBufferPointer { packed in
        sum.withUnsafeMutableBufferPointer { sum in
          for k in rows.range(row) {
            let s = Int(slot[Int(rows.columns[k])])
            guard s >= 0 else { continue }
            any = true
            let value = SIMD16<Float>(repeating: rows.values[k])
            for b in 0..<blocks { sum[b] += value * packed[s * blocks + b] }
          }
        }
      }
      var norm: Float = 0
      for b in 0..<blocks { norm += (sum[b] * sum[b]).sum() }
      norm = norm.squareRoot()
      let range = rows.range(row)
      if !any || norm <= 0 {
        out.columns.append(contentsOf: rows.columns[range])
        out.values.append(contentsOf: rows.values[range])
      } else {
        let rescale = 1 / (1 + weight * weight).squareRoot()
        out.columns.append(contentsOf: rows.columns[range])
        out.values.append(contentsOf: rows.values[range].map { $0 * rescale })
        for d in 0..<dimensions {
          out.columns.append(Int32(columnCount + d))
          out.values.append(sum[d / 16][d % 16] / norm * weight * rescale)
        }
      }
      out.rowStart.append(out.columns.count)
    }
    return out
  }
}
