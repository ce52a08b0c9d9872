/// A deterministic pseudo-random generator (SplitMix64) for the solver's visiting order.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// LIBLINEAR's dual coordinate-descent solver for the L2-regularised L2-loss linear SVM
/// (Hsieh et al., ICML 2008; `-s 1`, with its shrinking heuristic), with a per-example cost
/// and a regularised bias feature of value 1 (`-B 1`).
///
/// Written in Swift rather than linked from Debian's `liblinear-dev` so that DigestRank stays
/// pure Swift + Foundation with no system library to install, the solver works directly on the
/// corpus's sparse rows without copying them into LIBLINEAR's structures on every star, and its
/// visiting order comes from a fixed seed, which makes training reproducible.
enum LinearSolver {
  struct Example {
    var row: Int
    /// +1 or -1.
    var label: Double
    /// The example's cost C_i.
    var cost: Double
    /// Starting value of the example's dual variable (a warm start; the optimum is the same).
    var alpha: Double = 0
  }

  struct Solution {
    /// One weight per feature, then the bias.
    var weights: [Double]
    /// The dual variables, one per example.
    var alpha: [Double]
  }

  /// The weights (one per feature, then the bias) minimising
  /// ½‖w‖² + Σ C_i max(0, 1 − y_i w·x_i)².
  static func trainL2LossSVM(
    rows: SparseRows, featureCount: Int, examples: [Example], epsilon: Double = 0.1,
    maxIterations: Int = 30
  ) -> Solution {
    var w = [Double](repeating: 0, count: featureCount + 1)
    let biasIndex = featureCount
    let n = examples.count
    guard n > 0 else { return Solution(weights: w, alpha: []) }
    var alpha = examples.map { max($0.alpha, 0) }
    var diagonal = [Double](repeating: 0, count: n)
    var qd = [Double](repeating: 0, count: n)
    for (i, example) in examples.enumerated() {
      diagonal[i] = 0.5 / example.cost
      qd[i] = rows.squaredNorm(example.row) + 1 + diagonal[i]
      if alpha[i] > 0 {
        let step = alpha[i] * example.label
        for k in rows.range(example.row) {
          w[Int(rows.columns[k])] += step * Double(rows.values[k])
        }
        w[biasIndex] += step
      }
    }
    var index = Array(0..<n)
    var generator = SplitMix64(state: 0x5EED)
    rows.rowStart.withUnsafeBufferPointer { rowStart in
      rows.columns.withUnsafeBufferPointer { columns in
        rows.values.withUnsafeBufferPointer { values in
          w.withUnsafeMutableBufferPointer { w in
            var activeSize = n
            var maxOld = Double.infinity
            var minOld = -Double.infinity
            var iteration = 0
            while iteration < maxIterations {
              var maxNew = -Double.infinity
              var minNew = Double.infinity
              for s in 0..<activeSize {
                let j = s + Int(generator.next() % UInt64(activeSize - s))
                index.swapAt(s, j)
              }
              var s = 0
              while s < activeSize {
                let i = index[s]
                let example = examples[i]
                let range = rowStart[example.row]..<rowStart[example.row + 1]
                var dot = w[biasIndex]
                for k in range { dot += Double(values[k]) * w[Int(columns[k])] }
                let g = example.label * dot - 1 + diagonal[i] * alpha[i]
                var pg = 0.0
                if alpha[i] == 0 {
                  if g > maxOld {
                    // Shrink: at its bound and likely to stay there.
                    activeSize -= 1
                    index.swapAt(s, activeSize)
                    continue
                  } else if g < 0 {
                    pg = g
                  }
                } else {
                  pg = g
                }
                maxNew = max(maxNew, pg)
                minNew = min(minNew, pg)
                if abs(pg) > 1e-12 {
                  let old = alpha[i]
                  alpha[i] = max(old - g / qd[i], 0)
                  let step = (alpha[i] - old) * example.label
                  for k in range { w[Int(columns[k])] += step * Double(values[k]) }
                  w[biasIndex] += step
                }
                s += 1
              }
              iteration += 1
              if maxNew - minNew <= epsilon {
                if activeSize == n { break }
                // Converged on the active set: check everything once more.
                activeSize = n
                maxOld = .infinity
                minOld = -.infinity
                continue
              }
              maxOld = maxNew <= 0 ? .infinity : maxNew
              minOld = minNew >= 0 ? -.infinity : minNew
            }
            _ = minOld
          }
        }
      }
    }
    return Solution(weights: w, alpha: alpha)
  }
}
