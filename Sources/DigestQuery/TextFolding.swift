import Foundation

/// Case- and accent-folding to bytes: the one normal form the index and queries share.
///
/// ASCII is lower-cased; other scalars go through Foundation's case- and diacritic-insensitive
/// folding once each (memoised), so `É` → `e`, `Σ` → `σ`, and combining marks disappear. `0`
/// bytes never appear in folded text: the index uses them as separators.
struct TextFolding {
  private var cache: [UInt32: [UInt8]] = [:]

  /// Appends the folded UTF-8 of `text` to `bytes`.
  ///
  /// Runs of ASCII are copied and lower-cased as bytes; only other scalars are decoded.
  mutating func fold(_ text: String, into bytes: inout [UInt8]) {
    let start = bytes.count
    let folded: Bool? = text.utf8.withContiguousStorageIfAvailable { source in
      foldUTF8(source, into: &bytes)
    }
    if folded == true { return }
    bytes.removeSubrange(start..<bytes.count)
    foldScalars(text, into: &bytes)
  }

  /// The byte-level ``fold(_:into:)``: `false` (with some bytes appended) when `source` is not
  /// well-formed UTF-8, which the scalar path then handles.
  private mutating func foldUTF8(
    _ source: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]
  ) -> Bool {
    guard let base = source.baseAddress else { return true }
    let count = source.count
    var index = 0
    while index < count {
      var end = index
      while end + 8 <= count,
        UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        end += 8
      }
      while end < count, base[end] < 0x80 { end += 1 }
      if end > index {
        let from = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(start: base + index, count: end - index))
        bytes.withUnsafeMutableBufferPointer { buffer in
          for position in from..<buffer.count {
            let byte = buffer[position]
            buffer[position] = byte &- 65 < 26 ? byte | 0x20 : (byte == 0 ? 0x20 : byte)
          }
        }
      }
      guard end < count else { break }
      guard let (scalar, length) = TextFolding.decode(source, at: end) else { return false }
      bytes.append(contentsOf: folded(scalar))
      index = end + length
    }
    return true
  }

  /// The scalar starting at `source[offset]` (a byte `>= 0x80`) and its length in bytes, or
  /// `nil` when the bytes there are not well-formed UTF-8.
  private static func decode(
    _ source: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> (Unicode.Scalar, Int)? {
    let lead = source[offset]
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
    case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
    default: return nil
    }
    guard offset + length <= source.count else { return nil }
    for position in offset + 1..<offset + length {
      let byte = source[position]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    let minimum: UInt32 = length == 2 ? 0x80 : (length == 3 ? 0x800 : 0x10000)
    guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  /// ``fold(_:into:)`` one scalar at a time.
  private mutating func foldScalars(_ text: String, into bytes: inout [UInt8]) {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value >= 65, value <= 90 {
          bytes.append(UInt8(value + 32))
        } else if value == 0 {
          bytes.append(0x20)
        } else {
          bytes.append(UInt8(value))
        }
      } else {
        bytes.append(contentsOf: folded(scalar))
      }
    }
  }

  /// The folded UTF-8 of `text`.
  mutating func fold(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    fold(text, into: &bytes)
    return bytes
  }

  /// Folds `text` and records, for every folded byte, the index in `text` of the scalar it came
  /// from (for mapping matches back to ranges of the original).
  mutating func foldWithOrigins(_ text: String) -> (bytes: [UInt8], origins: [String.Index]) {
    var bytes: [UInt8] = []
    var origins: [String.Index] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let before = bytes.count
      fold(String(scalars[index]), into: &bytes)
      for _ in before..<bytes.count { origins.append(index) }
      index = scalars.index(after: index)
    }
    return (bytes, origins)
  }

  private mutating func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
    if let known = cache[scalar.value] { return known }
    let result = Array(
      String(Character(scalar)).folding(
        options: [.caseInsensitive, .diacriticInsensitive], locale: nil
      ).lowercased().utf8)
    cache[scalar.value] = result
    return result
  }

  /// Bytes that belong to words: ASCII letters and digits, and every byte of a non-ASCII scalar.
  @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
  }
}
