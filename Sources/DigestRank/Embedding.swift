import Foundation

/// Word vectors learnt from the whole library: the positive pointwise mutual information of
/// words appearing in the same paper, reduced to a few dimensions by a truncated
/// eigendecomposition (Levy, Goldberg & Dagan 2015: PPMI + SVD, vectors scaled by the square
/// root of the eigenvalue). A paper's embedding is the tf-idf-weighted sum of its words'
/// vectors, so papers that use related words (not only the same ones) come out close, which
/// is what a reader's handful of stars needs to generalise.
struct Embedding {
  /// Words kept: the most frequent ones (by document frequency).
  var vocabularySize = 2000
  var dimensions = 64
  /// Papers used to count co-occurrences (an evenly spaced sample beyond this).
  var sampleSize = 5000
  var powerIterations = 7
  var oversampling = 16

  /// Word vectors, `dimensions` per word, row-major, for `words` (column ids of the tf-idf
  /// rows) in the order given.
  func wordVectors(rows: SparseRows, words: [Int32], columnCount: Int) -> [Float] {
    let v = words.count
    let k = min(dimensions, v)
    guard k > 0 else { return [] }
    var slot = [Int32](repeating: -1, count: columnCount)
    for (index, column) in words.enumerated() { slot[Int(column)] = Int32(index) }

    // Co-occurrence counts within a paper (dense upper triangle, v × v; the sample is small
    // enough for 16-bit counts).
    var counts = [UInt16](repeating: 0, count: v * v)
    let n = rows.rowCount
    let stride = max(1, (n + sampleSize - 1) / sampleSize)
    var present: [Int] = []
    counts.withUnsafeMutableBufferPointer { counts in
      for row in Swift.stride(from: 0, to: n, by: stride) {
        present.removeAll(keepingCapacity: true)
        for k in rows.range(row) {
          let s = slot[Int(rows.columns[k])]
          if s >= 0 { present.append(Int(s)) }
        }
        present.sort()
        for a in 0..<present.count {
          let base = present[a] * v
          for b in (a + 1)..<present.count where b < present.count {
            counts[base + present[b]] &+= 1
          }
        }
      }
    }
    var marginal = [Double](repeating: 0, count: v)
    var total = 0.0
    for i in 0..<v {
      for j in (i + 1)..<v where j < v {
        let c = Double(counts[i * v + j])
        marginal[i] += c
        marginal[j] += c
      }
    }
    for i in 0..<v { total += marginal[i] }
    guard total > 0 else { return [Float](repeating: 0, count: v * k) }

    // PPMI, kept sparse (both triangles).
    var lists = [[(Int32, Float)]](repeating: [], count: v)
    for i in 0..<v {
      for j in (i + 1)..<v where j < v {
        let c = Double(counts[i * v + j])
        guard c > 0 else { continue }
        let pmi = log(c * total / (marginal[i] * marginal[j]))
        if pmi > 0 {
          lists[i].append((Int32(j), Float(pmi)))
          lists[j].append((Int32(i), Float(pmi)))
        }
      }
    }
    var matrix = SparseRows(rowStart: [0], columns: [], values: [])
    for list in lists {
      for (column, value) in list {
        matrix.columns.append(column)
        matrix.values.append(value)
      }
      matrix.rowStart.append(matrix.columns.count)
    }

    // Subspace iteration for the leading eigenvectors of the symmetric PPMI matrix.
    let p = min(v, k + oversampling)
    var generator = SplitMix64(state: 0xE1BE_D)
    var basis = (0..<(v * p)).map { _ in
      Double(generator.next() >> 11) / Double(1 << 53) * 2 - 1
    }
    Self.orthonormalise(&basis, rows: v, columns: p)
    for _ in 0..<powerIterations {
      basis = Self.multiply(matrix, basis, columns: p)
      Self.orthonormalise(&basis, rows: v, columns: p)
    }
    let product = Self.multiply(matrix, basis, columns: p)
    // B = Qᵀ M Q.
    var small = [Double](repeating: 0, count: p * p)
    for i in 0..<v {
      for a in 0..<p {
        let q = basis[i * p + a]
        if q == 0 { continue }
        for b in 0..<p { small[a * p + b] += q * product[i * p + b] }
      }
    }
    for a in 0..<p {
      for b in (a + 1)..<p {
        let mean = (small[a * p + b] + small[b * p + a]) / 2
        small[a * p + b] = mean
        small[b * p + a] = mean
      }
    }
    let (eigenvalues, eigenvectors) = Self.jacobiEigen(small, size: p)
    let order = (0..<p).sorted {
      abs(eigenvalues[$0]) != abs(eigenvalues[$1])
        ? abs(eigenvalues[$0]) > abs(eigenvalues[$1]) : $0 < $1
    }
    var vectors = [Float](repeating: 0, count: v * k)
    for (d, e) in order.prefix(k).enumerated() {
      let scale = abs(eigenvalues[e]).squareRoot()
      for i in 0..<v {
        var sum = 0.0
        for a in 0..<p { sum += basis[i * p + a] * eigenvectors[a * p + e] }
        vectors[i * k + d] = Float(sum * scale)
      }
    }
    return vectors
  }

  /// `matrix` (v × v, sparse) times `dense` (v × columns, row-major), eight columns at a time.
  static func multiply(_ matrix: SparseRows, _ dense: [Double], columns p: Int) -> [Double] {
    let v = matrix.rowCount
    let blocks = (p + 7) / 8
    var packed = [SIMD8<Double>](repeating: .zero, count: v * blocks)
    for i in 0..<v {
      for j in 0..<p { packed[i * blocks + j / 8][j % 8] = dense[i * p + j] }
    }
    var product = [SIMD8<Double>](repeating: .zero, count: v * blocks)
    product.withUnsafeMutableBufferPointer { out in
      packed.withUnsafeBufferPointer { dense in
        matrix.columns.withUnsafeBufferPointer { columns in
          matrix.values.withUnsafeBufferPointer { values in
            for i in 0..<v {
              let base = i * blocks
              for k in matrix.rowStart[i]..<matrix.rowStart[i + 1] {
                let m = SIMD8<Double>(repeating: Double(values[k]))
                let other = Int(columns[k]) * blocks
                for j in 0..<blocks { out[base + j] += m * dense[other + j] }
              }
            }
          }
        }
      }
    }
    var out = [Double](repeating: 0, count: v * p)
    for i in 0..<v {
      for j in 0..<p { out[i * p + j] = product[i * blocks + j / 8][j % 8] }
    }
    return out
  }

  /// Modified Gram–Schmidt on the columns of a row-major matrix (done on its transpose, so
  /// each column is contiguous).
  static func orthonormalise(_ a: inout [Double], rows: Int, columns p: Int) {
    var t = [Double](repeating: 0, count: rows * p)
    for i in 0..<rows { for j in 0..<p { t[j * rows + i] = a[i * p + j] } }
    t.withUnsafeMutableBufferPointer { t in
      for j in 0..<p {
        let column = j * rows
        for previous in 0..<j {
          let other = previous * rows
          var dot = 0.0
          for i in 0..<rows { dot += t[column + i] * t[other + i] }
          for i in 0..<rows { t[column + i] -= dot * t[other + i] }
        }
        var norm = 0.0
        for i in 0..<rows { norm += t[column + i] * t[column + i] }
        norm = norm.squareRoot()
        let scale = norm > 1e-12 ? 1 / norm : 0
        for i in 0..<rows { t[column + i] *= scale }
      }
    }
    for i in 0..<rows { for j in 0..<p { a[i * p + j] = t[j * rows + i] } }
  }

  /// Eigenvalues and eigenvectors (columns, row-major) of a small symmetric matrix by cyclic
  /// Jacobi rotations.
  static func jacobiEigen(_ input: [Double], size n: Int) -> ([Double], [Double]) {
    var a = input
    var vectors = [Double](repeating: 0, count: n * n)
    for i in 0..<n { vectors[i * n + i] = 1 }
    for _ in 0..<50 {
      var off = 0.0
      for i in 0..<n { for j in (i + 1)..<n where j < n { off += a[i * n + j] * a[i * n + j] } }
      if off < 1e-22 { break }
      for p in 0..<n {
        for q in (p + 1)..<n where q < n {
          let apq = a[p * n + q]
          if abs(apq) < 1e-300 { continue }
          let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
          let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot()
          let s = t * c
          for k in 0..<n {
            let akp = a[k * n + p]
            let akq = a[k * n + q]
            a[k * n + p] = c * akp - s * akq
            a[k * n + q] = s * akp + c * akq
          }
          for k in 0..<n {
            let apk = a[p * n + k]
            let aqk = a[q * n + k]
            a[p * n + k] = c * apk - s * aqk
            a[q * n + k] = s * apk + c * aqk
          }
          for k in 0..<n {
            let vkp = vectors[k * n + p]
            let vkq = vectors[k * n + q]
            vectors[k * n + p] = c * vkp - s * vkq
            vectors[k * n + q] = s * vkp + c * vkq
          }
        }
      }
    }
    return ((0..<n).map { a[$0 * n + $0] }, vectors)
  }
}
