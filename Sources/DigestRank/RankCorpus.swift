/// The papers the ranker knows, with their features computed once per load.
///
/// Features are tf-idf vectors of words, word pairs and authors over the whole corpus, each
/// followed by the paper's embedding from word vectors learnt on the same corpus (see
/// ``FeatureBuilder`` and ``Embedding``): the same vectors serve the ranking model and
/// ``similar(to:limit:)``.
public final class RankCorpus: Sendable {
  let rows: SparseRows
  /// Display names of the feature columns (a word, a word pair, or an author).
  let terms: [String]
  let idf: [Float]
  /// Number of feature columns: the named terms, then the embedding dimensions.
  let featureCount: Int

  public convenience init(documents: [RankDocument]) {
    self.init(documents: documents, builder: FeatureBuilder())
  }

  init(documents: [RankDocument], builder: FeatureBuilder) {
    let output = builder.build(documents)
    rows = output.rows
    terms = output.terms
    idf = output.idf
    featureCount = output.columnCount
  }

  /// Number of papers.
  public var count: Int { rows.rowCount }

  /// Bytes the papers' feature rows take (row starts, columns and values), without the
  /// vocabulary.
  public var featureBytes: Int {
    rows.rowStart.count * MemoryLayout<Int>.stride + rows.columns.count * 4
      + rows.values.count * 4
  }

  /// The papers most similar to `document` (cosine of their feature vectors), best first, without
  /// `document` itself and without papers that share no feature with it. Ties go to the earlier
  /// paper.
  public func similar(to document: Int, limit: Int) -> [RankNeighbour] {
    guard document >= 0, document < count, limit > 0 else { return [] }
    var dense = [Double](repeating: 0, count: featureCount)
    for k in rows.range(document) { dense[Int(rows.columns[k])] = Double(rows.values[k]) }
    var found: [RankNeighbour] = []
    dense.withUnsafeBufferPointer { dense in
      for other in 0..<count where other != document {
        let similarity = rows.dot(other, dense)
        if similarity > 0 { found.append(RankNeighbour(index: other, similarity: similarity)) }
      }
    }
    return Array(found.topSorted(limit: limit))
  }
}

extension Array where Element == RankNeighbour {
  /// The `limit` best (highest similarity, then lowest index), in that order.
  func topSorted(limit: Int) -> ArraySlice<RankNeighbour> {
    sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.index < $1.index }
      .prefix(limit)
  }
}
