#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search for one needle over folded bytes.
///
/// `memchr` finds candidates for the needle's rarest byte (by English letter frequency), then
/// `memcmp` checks the whole needle there.
struct ByteSearch {
  let needle: [UInt8]
  /// Offset in the needle of the byte searched for first.
  private let pivot: Int

  init(_ needle: [UInt8]) {
    self.needle = needle
    var pivot = 0
    var best = Int.max
    for (offset, byte) in needle.enumerated() where ByteSearch.rank(byte) < best {
      pivot = offset
      best = ByteSearch.rank(byte)
    }
    self.pivot = pivot
  }

  /// Whether the needle occurs in `haystack[range]`.
  @inline(__always)
  func occurs(in haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    firstIndex(in: haystack, range) != nil
  }

  /// The first offset (into `haystack`) of the needle within `haystack[range]`, or `nil`.
  func firstIndex(in haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let length = needle.count
    guard length > 0 else { return range.lowerBound }
    guard range.count >= length, let base = haystack.baseAddress else { return nil }
    return needle.withUnsafeBufferPointer { needle -> Int? in
      guard let needleBase = needle.baseAddress else { return nil }
      let pivotByte = Int32(needle[pivot])
      let last = range.upperBound - length  // the last possible start
      var start = range.lowerBound
      while start <= last {
        guard let hit = memchr(base + start + pivot, pivotByte, last - start + 1) else {
          return nil
        }
        let found = UnsafeRawPointer(hit) - UnsafeRawPointer(base) - pivot
        if memcmp(base + found, needleBase, length) == 0 { return found }
        start = found + 1
      }
      return nil
    }
  }

  /// Lower is rarer: letters by English frequency, digits and punctuation rarer, space common.
  private static func rank(_ byte: UInt8) -> Int {
    switch byte {
    case 32: 100
    case 101: 90  // e
    case 116: 89  // t
    case 97: 88  // a
    case 111: 87  // o
    case 105: 86  // i
    case 110: 85  // n
    case 115: 84  // s
    case 114: 83  // r
    case 104: 82  // h
    case 108: 81  // l
    case 100: 80  // d
    case 99: 79  // c
    case 117: 78  // u
    case 109: 77  // m
    case 102: 76  // f
    case 112: 75  // p
    case 103: 74  // g
    case 119: 73  // w
    case 121: 72  // y
    case 98: 71  // b
    case 118: 70  // v
    case 107: 69  // k
    default: 50
    }
  }
}
