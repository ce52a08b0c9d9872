/// An open-addressing table from 64-bit term hashes to dense ids, faster than `Dictionary` on
/// the tokenizer's hot path (key and id side by side: one cache line per probe).
struct HashTable {
  private struct Slot {
    var key: UInt64
    var id: Int32
    /// Bookkeeping for ``visit(_:document:position:newID:)``, kept in the slot so a token costs one
    /// cache miss.
    var lastDocument: Int32 = -1
    var lastPosition: Int32 = 0
    var documentFrequency: Int32 = 0
  }

  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 1 << 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: Slot(key: 0, id: -1), count: size)
    mask = size - 1
  }

  @inline(__always)
  private static func start(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// The id of `key`, or `nil`.
  func id(of key: UInt64) -> Int32? {
    var slot = Self.start(key, mask)
    while true {
      let entry = slots[slot]
      if entry.id < 0 { return nil }
      if entry.key == key { return entry.id }
      slot = (slot + 1) & mask
    }
  }

  /// The id of `key`, inserting it with the next id when new; `inserted` tells which.
  mutating func insert(_ key: UInt64) -> (id: Int32, inserted: Bool) {
    if (count + 1) * 2 > slots.count { grow() }
    let mask = self.mask
    let next = Int32(count)
    let result: (Int32, Bool) = slots.withUnsafeMutableBufferPointer { slots in
      var slot = Self.start(key, mask)
      while true {
        let entry = slots[slot]
        if entry.id < 0 {
          slots[slot] = Slot(key: key, id: next)
          return (next, true)
        }
        if entry.key == key { return (entry.id, false) }
        slot = (slot + 1) & mask
      }
    }
    if result.1 { count += 1 }
    return result
  }

  /// Records an occurrence of `key` in `document`, whose next new term would go at `position`
  /// of its row; a new key gets the id `next`. Returns the term's id, whether the term is new
  /// to the table, and the
  /// position it already holds in this document's row (`nil` when this is its first
  /// occurrence in the document, in which case its document frequency goes up by one).
  @inline(__always)
  mutating func visit(_ key: UInt64, document: Int32, position: Int32, newID next: Int32) -> (
    id: Int32, inserted: Bool, previous: Int32?
  ) {
    if (count + 1) * 2 > slots.count { grow() }
    let mask = self.mask
    let result: (Int32, Bool, Int32?) = slots.withUnsafeMutableBufferPointer { slots in
      var slot = Self.start(key, mask)
      while true {
        let entry = slots[slot]
        if entry.id < 0 {
          slots[slot] = Slot(
            key: key, id: next, lastDocument: document, lastPosition: position,
            documentFrequency: 1)
          return (next, true, nil)
        }
        if entry.key == key {
          if entry.lastDocument == document { return (entry.id, false, entry.lastPosition) }
          slots[slot].lastDocument = document
          slots[slot].lastPosition = position
          slots[slot].documentFrequency += 1
          return (entry.id, false, nil)
        }
        slot = (slot + 1) & mask
      }
    }
    if result.1 { count += 1 }
    return result
  }

  /// Writes the document frequency of every key, as counted by
  /// ``visit(_:document:position:newID:)``, at its id.
  func documentFrequencies(into out: inout [Int32]) {
    for entry in slots where entry.id >= 0 { out[Int(entry.id)] = entry.documentFrequency }
  }

  /// Loads the first slot of each key, independently of one another, so that their cache
  /// misses overlap before the keys are visited one by one. The result means nothing.
  func touch(_ keys: [UInt64]) -> UInt64 {
    var sum: UInt64 = 0
    slots.withUnsafeBufferPointer { slots in
      for key in keys { sum &+= slots[Self.start(key, mask)].key }
    }
    return sum
  }

  private mutating func grow() {
    let old = slots
    let size = slots.count * 2
    slots = Array(repeating: Slot(key: 0, id: -1), count: size)
    mask = size - 1
    for entry in old where entry.id >= 0 {
      var target = Self.start(entry.key, mask)
      while slots[target].id >= 0 { target = (target + 1) & mask }
      slots[target] = entry
    }
  }
}
