import TestSupport
import Testing

@testable import ArxivDigest

/// The tidy pass (mojibake repair, control characters, whitespace; sixteen-byte copies of plain
/// runs) agrees with a plain statement of its rules over Unicode scalars, on seeded random
/// text (set `DIGEST_TEST_SEED` to replay another seed) and on every line of every fixture.
@Suite struct TidyDifferentialTests {
  private enum Pending {
    case none, space, paragraph
  }

  /// The rules, one scalar at a time, on valid UTF-8.
  static func reference(_ text: String, singleLine: Bool) -> String {
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var pending = Pending.none
    var index = 0
    func flush() {
      switch pending {
      case .none: return
      case .space: if !output.isEmpty { output.append(" ") }
      case .paragraph: if !output.isEmpty { output.append("\n") }
      }
      pending = .none
    }
    while index < scalars.count {
      var scalar = scalars[index]
      index += 1
      if scalar.value < 0x80 {
        switch scalar.value {
        case 0x0A where singleLine:
          if case .none = pending { pending = .space }
        case 0x0A:
          pending = .paragraph
        case 0x20, 0x09:
          if case .none = pending { pending = .space }
        case 0x1B:
          index = skippingEscapeSequence(scalars, from: index)
        case 0x00..<0x20, 0x7F:
          break
        default:
          flush()
          output.append(scalar)
        }
        continue
      }
      if let (repaired, used) = repairedMojibake(scalars, at: index - 1) {
        scalar = repaired
        index += used - 1
      }
      if (0x80...0x9F).contains(scalar.value) {
        if scalar.value == 0x85, case .none = pending { pending = .space }
        continue
      }
      flush()
      output.append(scalar)
    }
    return String(output)
  }

  /// A CSI sequence after ESC: `[`, at most 62 parameter bytes, one final byte.
  static func skippingEscapeSequence(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
    guard index < scalars.count, scalars[index] == "[" else { return index }
    var cursor = index + 1
    while cursor < scalars.count, cursor - index < 64 {
      let value = scalars[cursor].value
      if (0x40...0x7E).contains(value) { return cursor + 1 }
      guard (0x20..<0x40).contains(value) else { return cursor }
      cursor += 1
    }
    return cursor
  }

  /// A UTF-8 sequence read as Latin-1 (`Ã©` for `é`): a lead scalar U+00C2…U+00F4 and the
  /// continuation scalars U+0080…U+00BF that its bytes need, decoding to one valid scalar.
  static func repairedMojibake(_ scalars: [Unicode.Scalar], at index: Int)
    -> (Unicode.Scalar, Int)?
  {
    let lead = scalars[index].value
    guard (0xC2...0xF4).contains(lead) else { return nil }
    let length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
    guard index + length <= scalars.count else { return nil }
    var bytes = [UInt8(lead)]
    for position in 1..<length {
      let value = scalars[index + position].value
      guard (0x80...0xBF).contains(value) else { return nil }
      bytes.append(UInt8(value))
    }
    guard let decoded = String(validating: bytes, as: UTF8.self),
      decoded.unicodeScalars.count == 1, let scalar = decoded.unicodeScalars.first
    else { return nil }
    return (scalar, length)
  }

  static func tidied(_ text: String, singleLine: Bool) -> String {
    TextCleaner.tidy(Array(text.utf8), singleLine: singleLine)
  }

  @Test(arguments: [false, true])
  func agreesWithTheRulesOnSeededText(singleLine: Bool) {
    let pieces: [String] = [
      "a", "b", "word", "  ", " ", "\t", "\n", "\n\n", "\u{1B}[31m", "\u{1B}[", "\u{1B}x",
      "\u{7F}", "\u{01}", "é", "Ã©", "Â°", "Ã", "\u{85}", "\u{9B}", "â€”", "—", "😀",
      "ð\u{9F}\u{98}\u{80}", "plain text of sixteen+ bytes ", "0123456789abcdefgh",
    ]
    var generator = SeededGenerator(defaultSeed: 0x71D7_D1FF)
    for _ in 0..<4_000 {
      let count = Int.random(in: 0..<24, using: &generator)
      let text = (0..<count).map { _ in
        pieces[Int.random(in: 0..<pieces.count, using: &generator)]
      }.joined()
      #expect(
        TidyDifferentialTests.tidied(text, singleLine: singleLine)
          == TidyDifferentialTests.reference(text, singleLine: singleLine),
        "seed \(generator.seed): \(Array(text.utf8))")
    }
  }

  @Test func agreesWithTheRulesOnEveryFixtureLine() {
    for name in Fixtures.digests {
      for line in Fixtures.bytes(name).split(separator: 0x0A) {
        guard let text = String(validating: line, as: UTF8.self) else { continue }
        #expect(
          TidyDifferentialTests.tidied(text, singleLine: true)
            == TidyDifferentialTests.reference(text, singleLine: true), "\(name): \(text)")
      }
    }
  }

  /// Named cases of each rule, so a failure above has a readable neighbour.
  @Test(arguments: [
    ("runs of blanks become one space", "a  \t b", "a b"),
    ("a paragraph break wins over spaces", "a \n b", "a\nb"),
    ("leading blanks are dropped", "  a", "a"),
    ("a CSI sequence is skipped", "a\u{1B}[1;31mb", "ab"),
    ("mojibake of a degree sign is repaired", "10Â°C", "10°C"),
    ("a C1 control is dropped", "a\u{9B}b", "ab"),
    ("NEL is a space", "a\u{85}b", "a b"),
  ])
  func namedRules(name: String, input: String, expected: String) {
    #expect(TidyDifferentialTests.tidied(input, singleLine: false) == expected, "\(name)")
    #expect(TidyDifferentialTests.reference(input, singleLine: false) == expected, "\(name)")
  }
}
