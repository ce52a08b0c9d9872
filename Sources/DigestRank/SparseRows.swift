/// Rows of a sparse matrix in compressed form: row `r` holds `columns[rowStart[r]..<rowStart[r+1]]`
/// (each column once, in no particular order) with `values` alongside.
struct SparseRows: Sendable {
  var rowStart: [Int]
  var columns: [Int32]
  var values: [Float]

  var rowCount: Int { rowStart.count - 1 }

  func range(_ row: Int) -> Range<Int> { rowStart[row]..<rowStart[row + 1] }

  /// The dot product of row `row` with a dense vector.
  func dot(_ row: Int, _ dense: UnsafeBufferPointer<Double>) -> Double {
    var sum = 0.0
    columns.withUnsafeBufferPointer { columns in
      values.withUnsafeBufferPointer { values in
        for k in range(row) { sum += Double(values[k]) * dense[Int(columns[k])] }
      }
    }
    return sum
  }

  /// Squared norm of a row.
  func squaredNorm(_ row: Int) -> Double {
    var sum = 0.0
    for k in range(row) { sum += Double(values[k]) * Double(values[k]) }
    return sum
  }

  /// The dot product of every row with `dense`, plus `offset`, in one pass over the storage.
  func dotAll(_ dense: [Double], plus offset: Double) -> [Double] {
    let weights = dense.map { Float($0) }
    return [Double](unsafeUninitializedCapacity: rowCount) { out, initialised in
      rowStart.withUnsafeBufferPointer { rowStart in
        columns.withUnsafeBufferPointer { columns in
          values.withUnsafeBufferPointer { values in
            weights.withUnsafeBufferPointer { w in
              for row in 0..<rowCount {
                var sum: Float = 0
                for k in rowStart[row]..<rowStart[row + 1] { sum += values[k] * w[Int(columns[k])] }
                out[row] = Double(sum) + offset
              }
            }
          }
        }
      }
      initialised = rowCount
    }
  }
}
