import Testing

@testable import DigestRank

@Suite("LinearSolver and embedding")
struct SolverTests {
  struct SeparableCase: CustomTestStringConvertible, Sendable {
    var name: String
    /// Column of each row's single feature; label +1 for column 0, -1 for column 1.
    var columns: [Int32]
    var testDescription: String { name }
  }

  @Test(
    "the SVM puts a positive weight on the positives' feature and a negative one on the others'",
    arguments: [
      SeparableCase(name: "balanced", columns: [0, 0, 1, 1]),
      SeparableCase(name: "more negatives", columns: [0, 1, 1, 1, 1, 1]),
    ])
  func separable(_ test: SeparableCase) {
    let rows = SparseRows(
      rowStart: Array(0...test.columns.count), columns: test.columns,
      values: Array(repeating: 1, count: test.columns.count))
    let examples = test.columns.enumerated().map {
      LinearSolver.Example(row: $0.offset, label: $0.element == 0 ? 1 : -1, cost: 1)
    }
    let solution = LinearSolver.trainL2LossSVM(rows: rows, featureCount: 2, examples: examples)
    #expect(solution.weights.count == 3)
    #expect(solution.weights[0] > 0)
    #expect(solution.weights[1] < 0)
    #expect(solution.alpha.allSatisfy { $0 >= 0 })
  }

  @Test("a warm start reaches the same ranking as a cold one")
  func warmStart() {
    let corpus = RankCorpus(documents: TinyCorpus.documents)
    let examples = [0, 1, 2].map { LinearSolver.Example(row: $0, label: 1, cost: 1) }
      + [5, 6, 10, 11].map { LinearSolver.Example(row: $0, label: -1, cost: 1) }
    let cold = LinearSolver.trainL2LossSVM(
      rows: corpus.rows, featureCount: corpus.featureCount, examples: examples, epsilon: 1e-6,
      maxIterations: 10_000)
    var warmExamples = examples
    for i in warmExamples.indices { warmExamples[i].alpha = cold.alpha[i] / 2 }
    let warm = LinearSolver.trainL2LossSVM(
      rows: corpus.rows, featureCount: corpus.featureCount, examples: warmExamples,
      epsilon: 1e-6, maxIterations: 10_000)
    for (a, b) in zip(cold.weights, warm.weights) { #expect(abs(a - b) < 1e-3) }
  }

  @Test("papers of one topic are closer in the embedding than papers of two")
  func embeddingTopics() {
    let corpus = RankCorpus(documents: TinyCorpus.documents)
    #expect(corpus.featureCount > corpus.terms.count)
    func embedding(_ row: Int) -> [Double] {
      var out = [Double](repeating: 0, count: corpus.featureCount - corpus.terms.count)
      for k in corpus.rows.range(row) where Int(corpus.rows.columns[k]) >= corpus.terms.count {
        out[Int(corpus.rows.columns[k]) - corpus.terms.count] = Double(corpus.rows.values[k])
      }
      return out
    }
    func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    #expect(dot(embedding(5), embedding(6)) > dot(embedding(5), embedding(10)))
  }

  @Test("the eigensolver finds a symmetric matrix's eigenvalues")
  func jacobi() {
    let (values, _) = Embedding.jacobiEigen([2, 1, 1, 2], size: 2)
    let sorted = values.sorted()
    #expect(abs(sorted[0] - 1) < 1e-9)
    #expect(abs(sorted[1] - 3) < 1e-9)
  }
}
