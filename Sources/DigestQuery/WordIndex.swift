#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// Papers (increasing indices) each word occurs in, as `paper << 2 | fields`, where fields
  /// has bit 1 for the title and bit 2 for the abstract.
  private(set) var postings: [[UInt32]] = []
  private var slots: [Int32] = [Int32](repeating: -1, count: 1 << 14)

  /// Records that the word in `text[range]` occurs in paper `paper`, in the fields `fields`
  /// (1 title, 2 abstract).
  ///
  /// Papers must be added in increasing order.
  mutating func add(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, paper: UInt32, fields: UInt32
  ) {
    let id = wordID(for: text, range)
    if let last = postings[id].last, last >> 2 == paper {
      postings[id][postings[id].count - 1] = last | fields
    } else {
      postings[id].append(paper << 2 | fields)
    }
  }

  /// Appends the words and postings of `other`, whose papers all come after this index's.
  mutating func merge(_ other: WordIndex) {
    other.vocabulary.withUnsafeBufferPointer { words in
      for id in other.starts.indices {
        let start = other.starts[id]
        var end = start
        while words[end] != 0 { end += 1 }
        postings[wordID(for: words, start..<end)].append(contentsOf: other.postings[id])
      }
    }
  }

  /// The id of the word in `text[range]`, added (with no postings) when new.
  private mutating func wordID(for text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range {
      hash = (hash ^ UInt64(text[index])) &* 0x100_0000_01b3
    }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    let found: Int? = slots.withUnsafeBufferPointer { slots in
      while true {
        let id = Int(slots[slot])
        if id < 0 { return nil }
        if equals(id, text, range) { return id }
        slot = (slot + 1) & mask
      }
    }
    if let found { return found }
    let id = starts.count
    starts.append(vocabulary.count)
    vocabulary.append(contentsOf: text[range])
    vocabulary.append(0)
    postings.append([])
    slots[slot] = Int32(id)
    if starts.count * 2 > slots.count { grow() }
    return id
  }

  private func equals(_ id: Int, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let start = starts[id]
    let length = range.count
    return vocabulary.withUnsafeBufferPointer { words in
      guard start + length < words.count, words[start + length] == 0,
        let wordBase = words.baseAddress, let textBase = text.baseAddress
      else { return false }
      return memcmp(wordBase + start, textBase + range.lowerBound, length) == 0
    }
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

  /// Papers with a word containing `token` in one of `fields` (1 title, 2 abstract), or `nil`
  /// when joining their posting lists would cost more than `limit` entries.
  func papers(containing token: [UInt8], fields: UInt32, count: Int, limit: Int) -> Bitset? {
    var matched: [Int] = []
    var total = 0
    let searcher = ByteSearch(token)
    let found: Bool = vocabulary.withUnsafeBufferPointer { words in
      var from = 0
      while let offset = searcher.firstIndex(in: words, from..<words.count) {
        let id = wordID(at: offset)
        guard id < postings.count else { return true }
        matched.append(id)
        total += postings[id].count
        if total > limit { return false }
        from = id + 1 < starts.count ? starts[id + 1] : words.count
      }
      return true
    }
    guard found else { return nil }
    var result = Bitset(count: count)
    for id in matched {
      postings[id].withUnsafeBufferPointer { entries in
        for entry in entries where entry & fields != 0 { result.insert(Int(entry >> 2)) }
      }
    }
    return result
  }

  /// The word whose bytes include vocabulary offset `offset`.
  private func wordID(at offset: Int) -> Int {
    guard !starts.isEmpty else { return 0 }
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
