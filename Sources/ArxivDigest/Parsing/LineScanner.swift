#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

/// Walks the lines of a byte buffer with `memchr`, without copying.
struct LineScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var position: Int
  private(set) var lineNumber = 0

  /// Starts at `start` (after a byte order mark, when there is one).
  init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int) {
    self.bytes = bytes
    self.position = start
  }

  /// The next line, or `nil` at the end of the input.
  mutating func next() -> ByteLine? {
    let count = bytes.count
    guard position < count, let base = bytes.baseAddress else { return nil }
    let start = position
    let breakOffset: Int
    if let found = memchr(base + start, 0x0A, count - start) {
      breakOffset = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
      position = breakOffset + 1
    } else {
      breakOffset = count
      position = count
    }
    var end = breakOffset
    while end > start {
      let byte = bytes[end - 1]
      guard byte == 0x20 || byte == 0x09 || byte == 0x0D else { break }
      end -= 1
    }
    lineNumber += 1
    return ByteLine(start: start, end: end, number: lineNumber)
  }
}
