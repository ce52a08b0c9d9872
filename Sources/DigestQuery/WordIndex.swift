import Foundation

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
///
/// Built from ``WordIndex/Builder``s, one per run of consecutive papers, merged in order.
struct WordIndex: Sendable {
  /// All words, each preceded by a `0` byte, plus a final `0`.
  let vocabulary: [UInt8]
  /// Where each word starts in ``vocabulary``.
  let starts: [Int]
  /// Word `id`'s postings are `entries[offsets[id]..<offsets[id + 1]]`.
  let offsets: [Int]
  /// Papers (increasing indices) of each word, as `paper << 2 | fields`, where fields has
  /// bit 1 for the title and bit 2 for the abstract.
  let entries: [UInt32]

  /// Joins `parts`, each over papers that all come after the previous part's.
  init(merging parts: [Builder]) {
    var table = WordTable()
    var counts: [Int] = []
    var remaps: [[Int32]] = []
    remaps.reserveCapacity(parts.count)
    let partCounts = parts.map { $0.postingCounts() }
    for (part, localCounts) in zip(parts, partCounts) {
      var remap: [Int32] = []
      remap.reserveCapacity(part.keys.count)
      part.vocabulary.withUnsafeBufferPointer { words in
        guard let base = words.baseAddress else { return }
        for local in part.keys.indices {
          let start = part.starts[local]
          let end = local + 1 < part.starts.count ? part.starts[local + 1] - 1 : words.count - 1
          let id = table.id(key: part.keys[local], base + start, end - start)
          if id == counts.count { counts.append(0) }
          counts[id] += localCounts[local]
          remap.append(Int32(id))
        }
      }
      remaps.append(remap)
    }
    var offsets: [Int] = []
    offsets.reserveCapacity(counts.count + 1)
    var total = 0
    for count in counts {
      offsets.append(total)
      total += count
    }
    offsets.append(total)
    // Where each part's postings of each word go: after those of the parts before it.
    var cursors: [[Int]] = []
    var next = offsets
    for (localCounts, remap) in zip(partCounts, remaps) {
      var cursor: [Int] = []
      cursor.reserveCapacity(remap.count)
      for (local, id) in remap.enumerated() {
        cursor.append(next[Int(id)])
        next[Int(id)] += localCounts[local]
      }
      cursors.append(cursor)
    }
    let partCursors = cursors
    entries = [UInt32](unsafeUninitializedCapacity: total) { buffer, initialized in
      let target = SharedBuffer(buffer)
      DispatchQueue.concurrentPerform(iterations: parts.count) { index in
        let part = parts[index]
        var cursor = partCursors[index]
        for (word, entry) in zip(part.words, part.entries) {
          let local = Int(word)
          guard local >= 0, local < cursor.count else { continue }
          let position = cursor[local]
          guard position < target.buffer.count else { continue }
          target.buffer[position] = entry
          cursor[local] += 1
        }
      }
      initialized = total
    }
    self.offsets = offsets
    vocabulary = table.vocabulary
    starts = table.starts
  }

  /// Collects the words of consecutive papers' titles and abstracts.
  ///
  /// Used by one thread at a time; its tables live in memory it manages, so the per-byte and
  /// per-word loops run without copy-on-write or bounds checks.
  final class Builder: @unchecked Sendable {
    /// Distinct words, as in ``WordTable``.
    fileprivate private(set) var vocabulary: [UInt8] = [0]
    fileprivate private(set) var starts: [Int] = []
    fileprivate private(set) var keys: [UInt64] = []
    /// A word's place in the table, with what the word's postings need: the key (`0`: empty
    /// slot), the id, 1 + the last paper it was seen in, that posting's position, and the
    /// number of postings. One cache line holds all a word costs.
    private struct Slot {
      var key: UInt64 = 0
      var id: Int32 = -1
      var lastPaper: UInt32 = 0
      var lastEntry: Int32 = 0
      var count: Int32 = 0
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var slotCount = 1 << 12
    private var shift: UInt64 = 64 - 12
    /// Postings in the order found (so by increasing paper): the word and `paper << 2 | fields`.
    fileprivate private(set) var words: [Int32] = []
    fileprivate private(set) var entries: [UInt32] = []
    /// Per byte: its ``SearchIndex/maskBit(_:)``, with bit 63 set for every word byte.
    private let classes: UnsafeMutablePointer<UInt64>

    init() {
      slots = .allocate(capacity: slotCount)
      slots.initialize(repeating: Slot(), count: slotCount)
      classes = .allocate(capacity: 256)
      for byte in 0..<256 {
        let value = UInt8(byte)
        classes[byte] =
          TextFolding.isWordByte(value) ? SearchIndex.maskBit(value) | 1 << 63 : 0
      }
    }

    deinit {
      slots.deallocate()
      classes.deallocate()
    }

    /// Number of postings of each word, by id.
    fileprivate func postingCounts() -> [Int] {
      var counts = [Int](repeating: 0, count: starts.count)
      for slot in 0..<slotCount {
        let id = Int(slots[slot].id)
        if slots[slot].key != 0, id >= 0, id < counts.count { counts[id] = Int(slots[slot].count) }
      }
      return counts
    }

    /// Records the words of `text[range]`, which is field `field` (1 title, 2 abstract) of
    /// paper `paper`; returns which ASCII letters and digits occur in it (see
    /// ``SearchIndex/maskBit(_:)``). Papers must be added in increasing order.
    func addField(
      _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, paper: UInt32, field: UInt32
    ) -> UInt64 {
      guard let base = text.baseAddress, range.lowerBound >= 0, range.upperBound <= text.count
      else { return 0 }
      // At most one new word per two bytes: make room so nothing grows inside the loop.
      let most = (range.count + 1) / 2
      while (starts.count + most) * 4 > slotCount * 3 { grow() }
      if entries.capacity < entries.count + most {
        let capacity = max(entries.count + most, 2 * entries.capacity)
        entries.reserveCapacity(capacity)
        words.reserveCapacity(capacity)
      }
      let classes = self.classes
      let slots = self.slots
      let slotMask = slotCount - 1
      let shift = self.shift
      // Worked on as locals (no access checks per word), put back at the end.
      var entries = self.entries
      var words = self.words
      self.entries = []
      self.words = []
      defer {
        self.entries = entries
        self.words = words
      }
      var mask: UInt64 = 0
      var index = range.lowerBound
      let end = range.upperBound
      while index < end {
        var kind = classes[Int(base[index])]
        guard kind != 0 else {
          index += 1
          continue
        }
        let start = index
        var key: UInt64 = 0
        var keyShift: UInt64 = 0
        while true {
          mask |= kind
          if keyShift < 64 { key |= UInt64(base[index]) << keyShift }
          keyShift &+= 8
          index += 1
          guard index < end else { break }
          kind = classes[Int(base[index])]
          guard kind != 0 else { break }
        }
        let length = index - start
        if length > 8 { key = WordTable.longKey(base + start, length) }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) & slotMask
        while true {
          let found = slots[slot].key
          if found == 0 {
            insert(key: key, base + start, length, at: slot)
            break
          }
          if found == key, length <= 8 || equals(Int(slots[slot].id), base + start, length) {
            break
          }
          slot = (slot + 1) & slotMask
        }
        if slots[slot].lastPaper == paper &+ 1 {
          entries[Int(slots[slot].lastEntry)] |= field
        } else {
          slots[slot].lastPaper = paper &+ 1
          slots[slot].lastEntry = Int32(truncatingIfNeeded: entries.count)
          slots[slot].count &+= 1
          words.append(slots[slot].id)
          entries.append(paper << 2 | field)
        }
      }
      return mask & ~(1 << 63)
    }

    /// Adds the word `word[0..<length]` with key `key` in the empty slot `slot`.
    private func insert(key: UInt64, _ word: UnsafePointer<UInt8>, _ length: Int, at slot: Int) {
      let id = starts.count
      starts.append(vocabulary.count)
      vocabulary.append(contentsOf: UnsafeBufferPointer(start: word, count: length))
      vocabulary.append(0)
      keys.append(key)
      slots[slot] = Slot(key: key, id: Int32(truncatingIfNeeded: id))
    }

    private func equals(_ id: Int, _ word: UnsafePointer<UInt8>, _ length: Int) -> Bool {
      WordTable.vocabulary(vocabulary, holds: word, length, at: starts[id])
    }

    /// Doubles the slots.
    private func grow() {
      let old = slots
      let oldCount = slotCount
      slotCount *= 2
      shift -= 1
      let mask = slotCount - 1
      slots = .allocate(capacity: slotCount)
      slots.initialize(repeating: Slot(), count: slotCount)
      for index in 0..<oldCount where old[index].key != 0 {
        let key = old[index].key
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) & mask
        while slots[slot].key != 0 { slot = (slot + 1) & mask }
        slots[slot] = old[index]
      }
      old.deallocate()
    }
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
        guard id + 1 < offsets.count else { return true }
        matched.append(id)
        total += offsets[id + 1] - offsets[id]
        if total > limit { return false }
        from = id + 1 < starts.count ? starts[id + 1] : words.count
      }
      return true
    }
    guard found else { return nil }
    var result = Bitset(count: count)
    entries.withUnsafeBufferPointer { entries in
      for id in matched {
        for entry in entries[offsets[id]..<offsets[id + 1]] where entry & fields != 0 {
          result.insert(Int(entry >> 2))
        }
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

/// A mutable buffer that concurrent tasks write to at disjoint positions.
private struct SharedBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// Distinct words and their ids, by open addressing on a 64-bit key: a word of up to 8 bytes
/// is its own key (its bytes, little-endian; never `0` as word bytes are not), a longer one a
/// hash with a zero low byte (so the two kinds never meet), checked against the bytes.
struct WordTable: Sendable {
  /// All words, each preceded by a `0` byte, plus a final `0`.
  private(set) var vocabulary: [UInt8] = [0]
  /// Where each word starts in ``vocabulary``.
  private(set) var starts: [Int] = []
  /// Each word's key.
  private(set) var keys: [UInt64] = []
  private var slotKeys = [UInt64](repeating: 0, count: 1 << 12)
  private var slotIDs = [Int32](repeating: -1, count: 1 << 12)
  private var shift: UInt64 = 64 - 12

  /// The key of a word longer than 8 bytes.
  static func longKey(_ word: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
    var offset = 0
    let raw = UnsafeRawPointer(word)
    while offset + 8 <= length {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      offset += 8
    }
    var tail: UInt64 = 0
    var tailShift: UInt64 = 0
    while offset < length {
      tail |= UInt64(word[offset]) << tailShift
      tailShift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 29
    let key = hash << 8
    return key == 0 ? 0x100 : key
  }

  /// The id of the word `word[0..<length]` with key `key`, added when new (ids count up).
  @inline(__always)
  mutating func id(key: UInt64, _ word: UnsafePointer<UInt8>, _ length: Int) -> Int {
    let mask = slotKeys.count - 1
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) & mask
    while true {
      let found = slotKeys[slot]
      if found == 0 { break }
      if found == key {
        let id = Int(slotIDs[slot])
        if length <= 8 || equals(id, word, length) { return id }
      }
      slot = (slot + 1) & mask
    }
    let id = starts.count
    starts.append(vocabulary.count)
    vocabulary.append(contentsOf: UnsafeBufferPointer(start: word, count: length))
    vocabulary.append(0)
    keys.append(key)
    slotKeys[slot] = key
    slotIDs[slot] = Int32(truncatingIfNeeded: id)
    if starts.count * 2 > slotKeys.count { grow() }
    return id
  }

  private func equals(_ id: Int, _ word: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    WordTable.vocabulary(vocabulary, holds: word, length, at: starts[id])
  }

  /// Whether the word of `vocabulary` starting at `start` is exactly `word` (`length` bytes,
  /// then the `0` that ends every word).
  static func vocabulary(
    _ vocabulary: [UInt8], holds word: UnsafePointer<UInt8>, _ length: Int, at start: Int
  ) -> Bool {
    vocabulary.withUnsafeBufferPointer { words in
      guard start + length < words.count, words[start + length] == 0,
        let base = words.baseAddress
      else { return false }
      return memcmp(base + start, word, length) == 0
    }
  }

  private mutating func grow() {
    let size = slotKeys.count * 2
    shift -= 1
    var biggerKeys = [UInt64](repeating: 0, count: size)
    var biggerIDs = [Int32](repeating: -1, count: size)
    let mask = size - 1
    for (id, key) in keys.enumerated() {
      var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) & mask
      while biggerKeys[slot] != 0 { slot = (slot + 1) & mask }
      biggerKeys[slot] = key
      biggerIDs[slot] = Int32(truncatingIfNeeded: id)
    }
    slotKeys = biggerKeys
    slotIDs = biggerIDs
  }
}
