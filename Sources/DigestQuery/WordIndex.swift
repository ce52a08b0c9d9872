/// The distinct words of all titles and abstracts, each with the papers it occurs in.
///
/// A term made of word bytes occurs in a text exactly when one of the text's words contains
/// it, so scanning the vocabulary (kilobytes) and joining posting lists replaces scanning every
/// paper (tens of megabytes).
struct WordIndex: Sendable {
  /// All words, each preceded by a `0` byte, plus a final `0`.
  private(set) var vocabulary: [UInt8] = [0]
  /// Where each word starts in ``vocabulary``.
  private(set) var starts: [Int] = []
  /// Papers (increasing indices) each word occurs in.
  private(set) var postings: [[UInt32]] = []
  private var slots: [Int32] = [Int32](repeating: -1, count: 1 << 14)

  /// Records that `word` (bytes of `text` in `range`) occurs in paper `paper`.
  ///
  /// Papers must be added in increasing order.
  mutating func add(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, paper: UInt32) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range {
      hash = (hash ^ UInt64(text[index])) &* 0x100_0000_01b3
    }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = Int(slots[slot])
      if id < 0 { break }
      if equals(id, text, range) {
        if postings[id].last != paper { postings[id].append(paper) }
        return
      }
      slot = (slot + 1) & mask
    }
    let id = starts.count
    starts.append(vocabulary.count)
    vocabulary.append(contentsOf: text[range])
    vocabulary.append(0)
    postings.append([paper])
    slots[slot] = Int32(id)
    if starts.count * 2 > slots.count { grow() }
  }

  private func equals(_ id: Int, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let start = starts[id]
    guard vocabulary[start + range.count] == 0 else { return false }
    var offset = 0
    for index in range {
      if vocabulary[start + offset] != text[index] { return false }
      offset += 1
    }
    return true
  }

  private mutating func grow() {
    var bigger = [Int32](repeating: -1, count: slots.count * 2)
    let mask = bigger.count - 1
    for id in starts.indices {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      var index = starts[id]
      while vocabulary[index] != 0 {
        hash = (hash ^ UInt64(vocabulary[index])) &* 0x100_0000_01b3
        index += 1
      }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while bigger[slot] >= 0 { slot = (slot + 1) & mask }
      bigger[slot] = Int32(id)
    }
    slots = bigger
  }

  /// Papers with a word containing `token`, or `nil` when joining their posting lists would
  /// cost more than `limit` entries (scanning is then cheaper).
  func papers(containing token: [UInt8], count: Int, limit: Int) -> Bitset? {
    var matched: [Int] = []
    var total = 0
    let found: Bool = vocabulary.withUnsafeBufferPointer { words in
      token.withUnsafeBufferPointer { needle in
        var from = 0
        while let offset = ByteSearch.firstIndex(words, from..<words.count, needle) {
          let id = wordID(at: offset)
          matched.append(id)
          total += postings[id].count
          if total > limit { return false }
          from = id + 1 < starts.count ? starts[id + 1] : words.count
        }
        return true
      }
    }
    guard found else { return nil }
    var result = Bitset(count: count)
    for id in matched {
      for paper in postings[id] { result.insert(Int(paper)) }
    }
    return result
  }

  /// The word whose bytes include vocabulary offset `offset`.
  private func wordID(at offset: Int) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Number of distinct words.
  var wordCount: Int { starts.count }
}
