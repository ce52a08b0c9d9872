/// A forward-only reader over one line's bytes, for headers.
struct HeaderCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var position: Int
  let end: Int

  var current: UInt8? { position < end ? bytes[position] : nil }

  @discardableResult
  mutating func skip(_ byte: UInt8) -> Bool {
    guard current == byte else { return false }
    position += 1
    return true
  }

  mutating func skipSpaces() {
    while let byte = current, byte == 0x20 || byte == 0x09 { position += 1 }
  }

  /// Skips `word` (ASCII, compared case-insensitively) when it is followed by a non-letter.
  mutating func skipWord(_ word: StaticString) -> Bool {
    let length = word.utf8CodeUnitCount
    guard end - position >= length else { return false }
    let pointer = word.utf8Start
    for offset in 0..<length where bytes[position + offset] | 0x20 != pointer[offset] {
      return false
    }
    let after = position + length
    if after < end, TextCleaner.isLetter(bytes[after]) { return false }
    position = after
    return true
  }

  /// Bytes up to a space (or to `--` when `stoppingAtDoubleDash`), as clean text.
  mutating func token(stoppingAtDoubleDash: Bool = false) -> String {
    let start = position
    while let byte = current, byte != 0x20, byte != 0x09 {
      if stoppingAtDoubleDash, byte == UInt8(ascii: "-"), position + 1 < end,
        bytes[position + 1] == UInt8(ascii: "-")
      {
        break
      }
      position += 1
    }
    return TextCleaner.clean(UnsafeBufferPointer(rebasing: bytes[start..<position])).text
  }

  mutating func letters() -> String {
    let start = position
    while let byte = current, TextCleaner.isLetter(byte) { position += 1 }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  mutating func number(maxDigits: Int) -> Int? {
    let start = position
    var value = 0
    while let byte = current, ArxivID.isDigit(byte), position - start < maxDigits {
      value = value * 10 + Int(byte - 48)
      position += 1
    }
    return position > start ? value : nil
  }
}
