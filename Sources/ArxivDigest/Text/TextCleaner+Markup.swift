extension TextCleaner {
  /// Bytes with HTML read and UTF-8 made valid, before tidying.
  struct Markup {
    var bytes: [UInt8]
    var firstInvalidByte: Int?
  }

  /// Stage 1: UTF-8 validation (invalid bytes become U+FFFD), tags and character references.
  static func decodeMarkup(_ source: UnsafeBufferPointer<UInt8>) -> Markup {
    var output: [UInt8] = []
    let firstInvalid = decodeMarkup(source, into: &output)
    return Markup(bytes: output, firstInvalidByte: firstInvalid)
  }

  /// Stage 1 into `output` (emptied first, its storage reused); returns the offset of the
  /// first byte that was not valid UTF-8, if any.
  static func decodeMarkup(_ source: UnsafeBufferPointer<UInt8>, into output: inout [UInt8])
    -> Int?
  {
    output.removeAll(keepingCapacity: true)
    output.reserveCapacity(source.count)
    var firstInvalid: Int?
    var index = 0
    let count = source.count
    while index < count {
      let byte = source[index]
      if byte == UInt8(ascii: "<") {
        if let next = readTag(source, at: index, into: &output) {
          index = next
          continue
        }
        output.append(byte)
        index += 1
      } else if byte == UInt8(ascii: "&") {
        if let next = readReference(source, at: index, into: &output) {
          index = next
          continue
        }
        output.append(byte)
        index += 1
      } else if byte < 0x80 {
        // A run of bytes that need nothing, copied at once.
        let runStart = index
        index = plainRunEnd(source, from: index + 1)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
      } else {
        let length = validSequenceLength(source, at: index)
        if length == 0 {
          if firstInvalid == nil { firstInvalid = index }
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
          index += 1
        } else {
          for offset in 0..<length { output.append(source[index + offset]) }
          index += length
        }
      }
    }
    return firstInvalid
  }

  /// The offset of the first byte at or after `start` that is `<`, `&` or not ASCII (or the
  /// end): sixteen bytes at a time, then byte by byte.
  @inline(__always)
  static func plainRunEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let count = source.count
    if let base = source.baseAddress {
      let less = SIMD16<UInt8>(repeating: UInt8(ascii: "<"))
      let ampersand = SIMD16<UInt8>(repeating: UInt8(ascii: "&"))
      let ascii = SIMD16<UInt8>(repeating: 0x7F)
      while index + 16 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
        let stop = (word .== less) .| (word .== ampersand) .| (word .> ascii)
        let lanes = unsafeBitCast(stop, to: (UInt64, UInt64).self)
        if lanes.0 | lanes.1 != 0 { break }
        index += 16
      }
    }
    while index < count {
      let next = source[index]
      if next >= 0x80 || next == UInt8(ascii: "<") || next == UInt8(ascii: "&") { break }
      index += 1
    }
    return index
  }

  /// Element names treated as tags; anything else after `<` is text (LaTeX uses `<` freely).
  static let knownTags: Set<String> = [
    "a", "abbr", "b", "big", "blockquote", "br", "cite", "code", "del", "dfn", "div", "em",
    "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "table", "tbody", "td", "th", "thead", "tr", "tt", "u", "ul", "var", "wbr",
  ]

  /// Reads a tag at `index` (a `<`). Returns the index after what it consumed, or `nil` when
  /// the bytes there are not a known tag.
  static func readTag(
    _ source: UnsafeBufferPointer<UInt8>, at index: Int, into output: inout [UInt8]
  ) -> Int? {
    let count = source.count
    var cursor = index + 1
    var closing = false
    if cursor < count, source[cursor] == UInt8(ascii: "/") {
      closing = true
      cursor += 1
    }
    let nameStart = cursor
    while cursor < count, cursor - nameStart < 12, isAlphanumeric(source[cursor]) { cursor += 1 }
    guard cursor > nameStart, cursor < count, isLetter(source[nameStart]) else { return nil }
    let after = source[cursor]
    guard after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || isSpace(after) else {
      return nil
    }
    let name = String(decoding: source[nameStart..<cursor].map(lowercased), as: UTF8.self)
    guard knownTags.contains(name) else { return nil }
    // The end of the tag: the first `>`, within reason and before any other `<`.
    var tagEnd = cursor
    while tagEnd < count, tagEnd - index < 4096, source[tagEnd] != UInt8(ascii: ">") {
      if source[tagEnd] == UInt8(ascii: "<") { return nil }
      tagEnd += 1
    }
    guard tagEnd < count, source[tagEnd] == UInt8(ascii: ">") else { return nil }
    let next = tagEnd + 1
    switch name {
    case "br", "p":
      output.append(0x0A)
      return next
    case "a" where !closing:
      guard let href = attributeValue("href", in: source, from: cursor, to: tagEnd) else {
        return next
      }
      appendDecodingReferences(source, href, into: &output)
      if let close = find(closingAnchorIn: source, from: next) { return close }
      return next
    default:
      return next
    }
  }

  /// The index just after the first `</a>` at or after `start`, if any within 2,048 bytes (a
  /// link's text is short; the bound keeps unclosed links from costing quadratic time).
  static func find(closingAnchorIn source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var cursor = start
    let count = min(source.count, start + 2048)
    while cursor + 3 < count {
      if source[cursor] == UInt8(ascii: "<"), source[cursor + 1] == UInt8(ascii: "/"),
        lowercased(source[cursor + 2]) == UInt8(ascii: "a"), source[cursor + 3] == UInt8(ascii: ">")
      {
        return cursor + 4
      }
      cursor += 1
    }
    return nil
  }

  /// The range of an attribute's value inside a tag (`name="value"`, `'value'` or bare).
  static func attributeValue(
    _ name: String, in source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Range<Int>? {
    let key = Array(name.utf8)
    var cursor = start
    while cursor + key.count <= end {
      var matches = cursor > start && isSpace(source[cursor - 1])
      if matches {
        for offset in 0..<key.count where lowercased(source[cursor + offset]) != key[offset] {
          matches = false
          break
        }
      }
      if !matches {
        cursor += 1
        continue
      }
      var valueStart = cursor + key.count
      while valueStart < end, isSpace(source[valueStart]) { valueStart += 1 }
      guard valueStart < end, source[valueStart] == UInt8(ascii: "=") else {
        cursor += 1
        continue
      }
      valueStart += 1
      while valueStart < end, isSpace(source[valueStart]) { valueStart += 1 }
      guard valueStart < end else { return nil }
      let quote = source[valueStart]
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        var valueEnd = valueStart + 1
        while valueEnd < end, source[valueEnd] != quote { valueEnd += 1 }
        return (valueStart + 1)..<valueEnd
      }
      var valueEnd = valueStart
      while valueEnd < end, !isSpace(source[valueEnd]), source[valueEnd] != UInt8(ascii: "/") {
        valueEnd += 1
      }
      return valueStart..<valueEnd
    }
    return nil
  }

  /// Copies `range`, decoding character references and replacing invalid UTF-8.
  static func appendDecodingReferences(
    _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into output: inout [UInt8]
  ) {
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = source[index]
      if byte == UInt8(ascii: "&"), let next = readReference(source, at: index, into: &output),
        next <= range.upperBound
      {
        index = next
      } else if byte < 0x80 {
        output.append(byte)
        index += 1
      } else {
        let length = validSequenceLength(source, at: index)
        if length == 0 || index + length > range.upperBound {
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
          index += 1
        } else {
          for offset in 0..<length { output.append(source[index + offset]) }
          index += length
        }
      }
    }
  }

  /// Reads a character reference at `index` (an `&`): `&amp;`, `&#233;`, `&#xE9;`.
  ///
  /// Returns the index after the `;`, or `nil` (nothing written) when it is not a reference.
  static func readReference(
    _ source: UnsafeBufferPointer<UInt8>, at index: Int, into output: inout [UInt8]
  ) -> Int? {
    let count = source.count
    var cursor = index + 1
    guard cursor < count else { return nil }
    if source[cursor] == UInt8(ascii: "#") {
      cursor += 1
      var hex = false
      if cursor < count, source[cursor] | 0x20 == UInt8(ascii: "x") {
        hex = true
        cursor += 1
      }
      let digitsStart = cursor
      var value: UInt32 = 0
      while cursor < count, cursor - digitsStart < 8 {
        let byte = source[cursor]
        if let digit = digitValue(byte, hex: hex) {
          value = value * (hex ? 16 : 10) + digit
          cursor += 1
        } else {
          break
        }
      }
      guard cursor > digitsStart, cursor < count, source[cursor] == UInt8(ascii: ";") else {
        return nil
      }
      let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
      output.append(contentsOf: Array(String(scalar).utf8))
      return cursor + 1
    }
    let nameStart = cursor
    while cursor < count, cursor - nameStart < 32, isAlphanumeric(source[cursor]) { cursor += 1 }
    guard cursor > nameStart, cursor < count, source[cursor] == UInt8(ascii: ";") else {
      return nil
    }
    let name = String(decoding: source[nameStart..<cursor], as: UTF8.self)
    guard let decoded = HTMLEntities.named[name] else { return nil }
    output.append(contentsOf: Array(decoded.utf8))
    return cursor + 1
  }

  @inline(__always) static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x61...0x66 where hex: return UInt32(byte - 0x61 + 10)
    case 0x41...0x46 where hex: return UInt32(byte - 0x41 + 10)
    default: return nil
    }
  }

  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A
  }

  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
  }

  @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }
}
