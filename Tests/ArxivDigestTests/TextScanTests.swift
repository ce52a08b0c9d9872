import TestSupport
import Testing

@testable import ArxivDigest

/// The vector fast path that decides whether text needs cleaning agrees with a byte-by-byte
/// statement of the rule at every length and alignment (seeded random text: set
/// `DIGEST_TEST_SEED` to replay another seed), and on every line of every fixture.
@Suite struct TextScanTests {
  /// The rule, one byte at a time: no `<`, `&`, control character, DEL or double space, and
  /// any non-ASCII bytes plain UTF-8.
  static func reference(_ bytes: [UInt8]) -> TextCleaner.ScanResult {
    var nonASCII = false
    for (index, byte) in bytes.enumerated() {
      if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {
        return .needsWork
      }
      if byte == 0x20, index > 0, bytes[index - 1] == 0x20 { return .needsWork }
      if byte >= 0x80 { nonASCII = true }
    }
    if nonASCII {
      let plain = bytes.withUnsafeBufferPointer { TextCleaner.isPlainUTF8($0) }
      if !plain { return .needsWork }
    }
    return .plain
  }

  @Test func agreesWithTheByteRule() {
    let alphabet: [UInt8] = [
      0x61, 0x61, 0x61, 0x61, 0x20, 0x20, 0x3C, 0x26, 0x0A, 0x09, 0x7F, 0x1B, 0xC3, 0xA9, 0xC2,
      0x85, 0xE2, 0x80, 0x94, 0xFF,
    ]
    var generator = SeededGenerator(defaultSeed: 0x7E57_5CA9)
    for length in 0..<80 {
      for _ in 0..<200 {
        var bytes = (0..<length).map { _ in
          alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
        }
        // Mostly plain text with one odd byte, so the fast path runs long.
        if length > 0, Bool.random(using: &generator) {
          bytes = Array(repeating: 0x61, count: length)
          let odd = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
          let at = Int.random(in: 0..<length, using: &generator)
          bytes[at] = odd
          if odd == 0x20, at + 1 < length, Bool.random(using: &generator) { bytes[at + 1] = 0x20 }
        }
        let scanned = bytes.withUnsafeBufferPointer { TextCleaner.scan($0) }
        #expect(
          scanned == TextScanTests.reference(bytes), "seed \(generator.seed): \(bytes)")
      }
    }
  }

  @Test func agreesWithTheByteRuleOnEveryFixtureLine() {
    for name in Fixtures.digests {
      for line in Fixtures.bytes(name).split(separator: 0x0A) {
        let bytes = Array(line)
        let scanned = bytes.withUnsafeBufferPointer { TextCleaner.scan($0) }
        #expect(scanned == TextScanTests.reference(bytes), "\(name): \(bytes)")
      }
    }
  }
}
