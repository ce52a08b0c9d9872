/// A fixed-size set of paper indices, one bit each: the unit the filter computes with.
struct Bitset: Hashable, Sendable {
  private(set) var words: [UInt64]
  let count: Int

  /// An empty set over `count` papers, or a full one.
  init(count: Int, full: Bool = false) {
    self.count = count
    let wordCount = (count + 63) / 64
    words = [UInt64](repeating: full ? ~0 : 0, count: wordCount)
    if full { clearTail() }
  }

  private mutating func clearTail() {
    let extra = words.count * 64 - count
    if extra > 0, !words.isEmpty { words[words.count - 1] &= ~0 >> UInt64(extra) }
  }

  @inline(__always) func contains(_ index: Int) -> Bool {
    words[index >> 6] & (1 << UInt64(index & 63)) != 0
  }

  @inline(__always) mutating func insert(_ index: Int) {
    words[index >> 6] |= 1 << UInt64(index & 63)
  }

  mutating func formIntersection(_ other: Bitset) {
    for index in words.indices { words[index] &= other.words[index] }
  }

  mutating func formUnion(_ other: Bitset) {
    for index in words.indices { words[index] |= other.words[index] }
  }

  mutating func subtract(_ other: Bitset) {
    for index in words.indices { words[index] &= ~other.words[index] }
  }

  var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

  /// Number of members.
  var population: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  /// Calls `body` with each member in increasing order.
  func forEach(_ body: (Int) -> Void) {
    for (wordIndex, word) in words.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        body(wordIndex << 6 | bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
  }

  /// Calls `body` with each member in `range`, in increasing order.
  func forEach(in range: Range<Int>, _ body: (Int) -> Void) {
    let lower = max(0, range.lowerBound)
    let upper = min(count, range.upperBound)
    guard lower < upper else { return }
    for wordIndex in (lower >> 6)...((upper - 1) >> 6) {
      var bits = words[wordIndex]
      let first = wordIndex << 6
      if first < lower { bits &= ~0 << UInt64(lower - first) }
      if first + 64 > upper { bits &= ~0 >> UInt64(first + 64 - upper) }
      while bits != 0 {
        body(first | bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
  }

  /// Members in increasing order.
  var indices: [Int] {
    var result: [Int] = []
    result.reserveCapacity(population)
    forEach { result.append($0) }
    return result
  }
}
