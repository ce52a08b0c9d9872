import Foundation
import TestSupport
import Testing

@testable import DigestQuery

/// The hand-optimised kernels of the index agree with plain statements of what they compute,
/// on every fixture line and on seeded random input (set `DIGEST_TEST_SEED` to replay another
/// seed).
@Suite struct KernelDifferentialTests {
  /// Every line of every fixture digest.
  static let fixtureLines: [String] = Fixtures.digests.flatMap { name in
    String(decoding: Fixtures.bytes(name), as: UTF8.self).split(separator: "\n").map(String.init)
  }

  // MARK: - ByteSearch

  /// The first start of `needle` in `haystack[range]`, trying every offset.
  static func referenceIndex(_ needle: [UInt8], in haystack: [UInt8], _ range: Range<Int>)
    -> Int?
  {
    guard !needle.isEmpty else { return range.lowerBound }
    guard range.count >= needle.count else { return nil }
    for start in range.lowerBound...(range.upperBound - needle.count)
    where haystack[start..<start + needle.count].elementsEqual(needle) {
      return start
    }
    return nil
  }

  @Test func byteSearchAgreesWithTryingEveryOffsetOnRandomBytes() {
    var generator = SeededGenerator(defaultSeed: 0xB17E_5EA2)
    let alphabet: [UInt8] = Array("aab c.e".utf8) + [0xC3, 0xA9]
    for _ in 0..<4_000 {
      let haystack = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator) ?? 0x61
      }
      let needle = (0..<Int.random(in: 0..<5, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator) ?? 0x61
      }
      let lower = Int.random(in: 0...haystack.count, using: &generator)
      let upper = Int.random(in: lower...haystack.count, using: &generator)
      let found = haystack.withUnsafeBufferPointer {
        ByteSearch(needle).firstIndex(in: $0, lower..<upper)
      }
      let expected = Self.referenceIndex(needle, in: haystack, lower..<upper)
      #expect(
        found == expected,
        "seed \(generator.seed): \(needle) in \(haystack)[\(lower)..<\(upper)]")
    }
  }

  @Test func byteSearchAgreesWithTryingEveryOffsetOnFixtureLines() {
    var generator = SeededGenerator(defaultSeed: 0xF1C5_7E55)
    for line in Self.fixtureLines.prefix(3_000) {
      let haystack = Array(line.utf8)
      guard !haystack.isEmpty else { continue }
      // A needle cut from the line itself (found), and one changed by a byte (mostly not).
      let start = Int.random(in: 0..<haystack.count, using: &generator)
      let length = Int.random(in: 1...min(8, haystack.count - start), using: &generator)
      var needle = Array(haystack[start..<start + length])
      for candidate in [needle, { needle[0] ^= 0x01; return needle }()] {
        let found = haystack.withUnsafeBufferPointer {
          ByteSearch(candidate).firstIndex(in: $0, 0..<haystack.count)
        }
        let expected = Self.referenceIndex(candidate, in: haystack, 0..<haystack.count)
        #expect(found == expected, "seed \(generator.seed): \(candidate) in \(line)")
      }
    }
  }

  // MARK: - TextFolding

  /// Folding one scalar at a time, straight through Foundation for anything not ASCII.
  static func referenceFold(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0: bytes.append(0x20)
      case 65...90: bytes.append(UInt8(scalar.value + 32))
      case 1..<0x80: bytes.append(UInt8(scalar.value))
      default:
        bytes += Array(
          String(Character(scalar)).folding(
            options: [.caseInsensitive, .diacriticInsensitive], locale: nil
          ).lowercased().utf8)
      }
    }
    return bytes
  }

  @Test func foldingAgreesWithFoldingEachScalarOnFixtureLines() {
    var folding = TextFolding()
    for line in Self.fixtureLines {
      #expect(folding.fold(line) == Self.referenceFold(line), "\(line)")
    }
  }

  @Test func foldingAgreesWithFoldingEachScalarOnRandomText() {
    var generator = SeededGenerator(defaultSeed: 0xF01D_ED)
    let pieces = [
      "a", "Z", "q", " ", "\u{0}", "\t", "-", "9", "É", "é", "e\u{301}", "Σ", "ß", "ﬁ", "İ", "日",
      "🎉", "Ω", "\u{2014}", "Ø", "ł", "\u{FEFF}",
    ]
    var folding = TextFolding()
    for _ in 0..<3_000 {
      let count = Int.random(in: 0..<40, using: &generator)
      // Long ASCII runs too, so the eight-bytes-at-a-time path runs.
      let text = (0..<count).map { _ in
        Bool.random(using: &generator)
          ? String(repeating: "Ab", count: Int.random(in: 1...9, using: &generator))
          : pieces.randomElement(using: &generator) ?? "a"
      }.joined()
      #expect(
        folding.fold(text) == Self.referenceFold(text),
        "seed \(generator.seed): \(Array(text.unicodeScalars))")
    }
  }
}
