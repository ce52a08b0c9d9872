/// Turns the raw text of a digest field into the clean text the model holds.
///
/// In order, cleaning
/// 1. decodes UTF-8 leniently (an invalid byte becomes U+FFFD, and its offset is reported);
/// 2. reads HTML: `<br>` and `<p>` become a paragraph break (`"\n"`), a link
///    `<a … href="URL">this https URL</a>` becomes `URL`, other HTML tags are removed and named
///    and numeric character references are decoded (`&gt;` → `>`, `&#233;` → `é`);
/// 3. repairs mojibake: UTF-8 that was read as Latin-1 and encoded again (`360Â°` → `360°`,
///    `Ã©` → `é`), only where the repaired bytes form valid UTF-8, so text that merely
///    contains `Â` or `Ã` is left alone;
/// 4. removes control characters (C0 other than `"\n"`, DEL, C1; a CSI escape sequence such as
///    `ESC [ 31 m` is removed whole), turning tab and U+0085 (NEL) into spaces;
/// 5. tidies whitespace: runs of spaces become one space, spaces around a paragraph break and at
///    either end go, runs of paragraph breaks become one.
///
/// Only tags with a known HTML element name are treated as tags, so LaTeX such as `$a<b$` or
/// `$x < y > z$` survives. LaTeX is otherwise kept as written.
///
/// Text that needs none of this (the common case) is copied once, without the slower passes.
///
/// ```swift
/// TextCleaner.clean("a &lt;b&gt; <br>c")   // "a <b>\nc"
/// ```
public enum TextCleaner {
  /// Cleans `text` as described above.
  public static func clean(_ text: String) -> String {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { clean(UnsafeBufferPointer($0)).text }
  }

  /// Cleans raw bytes (any bytes at all) and reports the first invalid UTF-8 byte.
  ///
  /// With `singleLine` (titles, authors, links) a paragraph break becomes a space.
  static func clean(_ bytes: UnsafeBufferPointer<UInt8>, singleLine: Bool = false)
    -> CleanedText
  {
    var markup: [UInt8] = []
    return clean(bytes, singleLine: singleLine, markup: &markup)
  }

  /// ``clean(_:singleLine:)`` decoding markup into `markup`, a buffer the caller keeps so
  /// that fields needing the slower passes do not each allocate one.
  static func clean(
    _ bytes: UnsafeBufferPointer<UInt8>, singleLine: Bool, markup: inout [UInt8]
  ) -> CleanedText {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
    switch scan(trimmed) {
    case .plain:
      return CleanedText(text: String(decoding: trimmed, as: UTF8.self), firstInvalidByte: nil)
    case .needsWork:
      let firstInvalid = decodeMarkup(trimmed, into: &markup)
      let text = markup.withUnsafeBufferPointer { output in
        let plain =
          firstInvalid == nil && scan(output) == .plain && output.first != 0x20
          && output.last != 0x20
        return plain
          ? String(decoding: output, as: UTF8.self) : tidy(output, singleLine: singleLine)
      }
      return CleanedText(text: text, firstInvalidByte: firstInvalid.map { $0 + start })
    }
  }

  enum ScanResult {
    case plain
    case needsWork
  }

  /// One pass that decides whether `bytes` can be used as they are.
  ///
  /// They can when they hold no `<`, `&`, control character, double space, invalid UTF-8, C1
  /// character, or byte pair that could be mojibake. Sixteen bytes at a time in vector
  /// registers: the common case is a handful of vector operations per sixteen bytes and one
  /// branch; only text with non-ASCII bytes is validated again byte by byte.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ScanResult {
    guard let base = bytes.baseAddress else { return .plain }
    let count = bytes.count
    var index = 0
    // Vector-by-vector comparisons (the forms with a scalar operand go lane by lane).
    let space = SIMD16<UInt8>(repeating: 0x20)
    let delete = SIMD16<UInt8>(repeating: 0x7F)
    let less = SIMD16<UInt8>(repeating: UInt8(ascii: "<"))
    let ampersand = SIMD16<UInt8>(repeating: UInt8(ascii: "&"))
    var high = SIMD16<UInt8>(repeating: 0)
    // Each step also reads the byte after its sixteen, for spaces doubled across steps.
    while index + 17 <= count {
      let raw = UnsafeRawPointer(base + index)
      let word = raw.loadUnaligned(as: SIMD16<UInt8>.self)
      let next = raw.loadUnaligned(fromByteOffset: 1, as: SIMD16<UInt8>.self)
      let bad =
        ((word .== space) .& (next .== space)) .| (word .< space) .| (word .== delete)
        .| (word .== less) .| (word .== ampersand)
      let lanes = unsafeBitCast(bad, to: (UInt64, UInt64).self)
      if lanes.0 | lanes.1 != 0 { return .needsWork }
      high |= word
      index += 16
    }
    let highLanes = unsafeBitCast(high, to: (UInt64, UInt64).self)
    var nonASCII = (highLanes.0 | highLanes.1) & 0x8080_8080_8080_8080 != 0
    var previousSpace = index > 0 && bytes[index - 1] == 0x20
    while index < count {
      let byte = bytes[index]
      index += 1
      if byte == 0x20 {
        if previousSpace { return .needsWork }
        previousSpace = true
        continue
      }
      previousSpace = false
      if byte &- 0x20 >= 0x5F {
        if byte < 0x80 { return .needsWork }
        nonASCII = true
      } else if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {
        return .needsWork
      }
    }
    if nonASCII, !isPlainUTF8(bytes) { return .needsWork }
    return .plain
  }

  /// `true` when `bytes` are valid UTF-8 holding no C1 character and no mojibake lead pair.
  static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length = validSequenceLength(bytes, at: index)
      if length == 0 { return false }
      if length == 2 {
        let second = bytes[index + 1]
        // C1 controls U+0080...U+009F.
        if byte == 0xC2, second <= 0x9F { return false }
        // `Â`…`ô` (a Latin-1 reading of a UTF-8 lead byte) followed by a Latin-1 continuation.
        if byte == 0xC3, second >= 0x82, second <= 0xB4, index + 2 < count,
          bytes[index + 2] == 0xC2
        {
          return false
        }
      }
      index += length
    }
    return true
  }

  /// Length of the valid UTF-8 sequence starting at `index`, or 0 when it is not valid.
  @inline(__always)
  static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let count = bytes.count
    let lead = bytes[index]
    @inline(__always) func isContinuation(_ offset: Int) -> Bool {
      index + offset < count && bytes[index + offset] & 0xC0 == 0x80
    }
    switch lead {
    case 0x00...0x7F:
      return 1
    case 0xC2...0xDF:
      return isContinuation(1) ? 2 : 0
    case 0xE0...0xEF:
      guard isContinuation(1), isContinuation(2) else { return 0 }
      let second = bytes[index + 1]
      if lead == 0xE0, second < 0xA0 { return 0 }
      if lead == 0xED, second > 0x9F { return 0 }
      return 3
    case 0xF0...0xF4:
      guard isContinuation(1), isContinuation(2), isContinuation(3) else { return 0 }
      let second = bytes[index + 1]
      if lead == 0xF0, second < 0x90 { return 0 }
      if lead == 0xF4, second > 0x8F { return 0 }
      return 4
    default:
      return 0
    }
  }
}
