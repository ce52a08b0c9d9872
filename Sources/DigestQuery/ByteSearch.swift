#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search over folded bytes.
///
/// `memchr` finds candidates for the needle's rarest byte (by English letter frequency), then
/// `memcmp` checks the whole needle there.
enum ByteSearch {
  /// Whether `needle` occurs in `haystack[range]`.
  @inline(__always)
  static func contains(
    _ haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    _ needle: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    firstIndex(haystack, range, needle) != nil
  }

  /// The first offset (into `haystack`) of `needle` within `haystack[range]`, or `nil`.
  static func firstIndex(
    _ haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    _ needle: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    guard !needle.isEmpty else { return range.lowerBound }
    guard range.count >= needle.count, let base = haystack.baseAddress,
      let needleBase = needle.baseAddress
    else { return nil }
    // The needle's rarest byte, searched for at its own offset.
    var pivot = 0
    var pivotRank = rank(needle[0])
    for offset in 1..<needle.count {
      let candidate = rank(needle[offset])
      if candidate < pivotRank {
        pivot = offset
        pivotRank = candidate
      }
    }
    let pivotByte = Int32(needle[pivot])
    let last = range.upperBound - needle.count  // last possible start
    var start = range.lowerBound
    while start <= last {
      let from = base + start + pivot
      guard let hit = memchr(from, pivotByte, last - start + 1) else { return nil }
      let found = UnsafeRawPointer(hit) - UnsafeRawPointer(base) - pivot
      if memcmp(base + found, needleBase, needle.count) == 0 { return found }
      start = found + 1
    }
    return nil
  }

  /// Lower is rarer: letters by English frequency, digits and punctuation rare, space common.
  @inline(__always) private static func rank(_ byte: UInt8) -> Int {
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
