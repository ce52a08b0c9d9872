/// An open-addressing table from 64-bit term hashes to dense ids, faster than `Dictionary` on
/// the tokenizer's hot path.
struct HashTable {
  private var keys: [UInt64]
  private var ids: [Int32]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 1 << 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = Array(repeating: 0, count: size)
    ids = Array(repeating: -1, count: size)
    mask = size - 1
  }

  /// The id of `key`, or `nil`.
  func id(of key: UInt64) -> Int32? {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while true {
      let id = ids[slot]
      if id < 0 { return nil }
      if keys[slot] == key { return id }
      slot = (slot + 1) & mask
    }
  }

  /// The id of `key`, inserting it with the next id when new; `inserted` tells which.
  mutating func insert(_ key: UInt64) -> (id: Int32, inserted: Bool) {
    if (count + 1) * 2 > keys.count { grow() }
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    while true {
      let id = ids[slot]
      if id < 0 {
        keys[slot] = key
        ids[slot] = Int32(count)
        count += 1
        return (Int32(count - 1), true)
      }
      if keys[slot] == key { return (id, false) }
      slot = (slot + 1) & mask
    }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldIDs = ids
    let size = keys.count * 2
    keys = Array(repeating: 0, count: size)
    ids = Array(repeating: -1, count: size)
    mask = size - 1
    for (slot, id) in oldIDs.enumerated() where id >= 0 {
      let key = oldKeys[slot]
      var target = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
      while ids[target] >= 0 { target = (target + 1) & mask }
      keys[target] = key
      ids[target] = id
    }
  }
}
