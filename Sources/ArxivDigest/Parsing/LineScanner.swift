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
  /// Offset where scanning stops.
  let end: Int
  private(set) var position: Int
  private(set) var lineNumber = 0

  /// Scans from `start` (after a byte order mark, when there is one) to `end` (the end of the
  /// buffer by default).
  init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int? = nil) {
    self.bytes = bytes
    self.end = min(end ?? bytes.count, bytes.count)
    self.position = start
  }

  /// The next line, or `nil` at the end of the input.
  mutating func next() -> ByteLine? {
    let count = end
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
