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

  struct Output {
    var rows: SparseRows
    var terms: [String]
    var idf: [Float]
    var documentFrequency: [Int32]
  }

  func build(_ documents: [RankDocument]) -> Output {
    var table = HashTable(capacity: 1 << 15)
    var names: [String] = []
    var rowStart: [Int] = [0]
    rowStart.reserveCapacity(documents.count + 1)
    var provisional: [Int32] = []
    var counts: [Float] = []
    provisional.reserveCapacity(documents.count * 120)
    counts.reserveCapacity(documents.count * 120)
    var documentFrequency: [Int32] = []
    var buffer: [Int32] = []
    let stop = StopWords.hashes

    for document in documents {
      buffer.removeAll(keepingCapacity: true)
      func add(_ hash: UInt64, _ name: () -> String) {
        let (id, inserted) = table.insert(hash)
        if inserted {
          names.append(name())
          documentFrequency.append(0)
        }
        buffer.append(id)
      }
      func addText(_ text: String, times: Int) {
        var utf8 = Array(text.utf8)
        utf8.append(0x20)
        var previous: (hash: UInt64, word: Range<Int>)?
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
          guard !stop.contains(hash) else { continue }
          for _ in 0..<times { add(hash) { String(decoding: utf8[word], as: UTF8.self) } }
          if let (previousHash, previousWord) = previous {
            let pairHash = Hashing.pair(previousHash, hash)
            for _ in 0..<times {
              add(pairHash) {
                String(decoding: utf8[previousWord], as: UTF8.self) + " "
                  + String(decoding: utf8[word], as: UTF8.self)
              }
            }
          }
          previous = (hash, word)
        }
      }
      addText(document.title, times: titleWeight)
      addText(document.abstract, times: 1)
      if let comments = document.comments { addText(comments, times: 1) }
      for author in document.authors {
        let name = author.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { continue }
        let key = Array(("au:" + name.lowercased()).utf8)[...]
        add(Hashing.fnv1a(key)) { name }
      }
      buffer.sort()
      var k = 0
      while k < buffer.count {
        var end = k + 1
        while end < buffer.count && buffer[end] == buffer[k] { end += 1 }
        provisional.append(buffer[k])
        counts.append(Float(end - k))
        documentFrequency[Int(buffer[k])] += 1
        k = end
      }
      rowStart.append(provisional.count)
    }

    // Vocabulary: terms frequent enough to generalise, rare enough to discriminate.
    let n = documents.count
    let minDF = Int32(n >= 10 ? minDocumentFrequency : 1)
    let maxDF = n >= 100 ? Int32(maxDocumentFraction * Double(n)) : Int32.max
    var remap = [Int32](repeating: -1, count: names.count)
    var terms: [String] = []
    var idf: [Float] = []
    var keptFrequency: [Int32] = []
    for (id, df) in documentFrequency.enumerated() where df >= minDF && df <= maxDF {
      remap[id] = Int32(terms.count)
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
      // Remapping keeps the order of provisional ids, which need not be the new order.
      if !isSorted(rows.columns[start...]) {
        let pairs = zip(rows.columns[start...], rows.values[start...]).sorted { $0.0 < $1.0 }
        for (offset, pair) in pairs.enumerated() {
          rows.columns[start + offset] = pair.0
          rows.values[start + offset] = pair.1
        }
      }
      rows.rowStart.append(rows.columns.count)
    }
    return Output(rows: rows, terms: terms, idf: idf, documentFrequency: keptFrequency)
  }

  private func isSorted(_ slice: ArraySlice<Int32>) -> Bool {
    var previous = Int32.min
    for value in slice {
      if value < previous { return false }
      previous = value
    }
    return true
  }
}
