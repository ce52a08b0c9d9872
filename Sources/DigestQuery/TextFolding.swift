import Foundation

/// Case- and accent-folding to bytes: the one normal form the index and queries share.
///
/// ASCII is lower-cased; other scalars go through Foundation's case- and diacritic-insensitive
/// folding once each (memoised), so `É` → `e`, `Σ` → `σ`, and combining marks disappear. `0`
/// bytes never appear in folded text: the index uses them as separators.
struct TextFolding {
  private var cache: [UInt32: [UInt8]] = [:]

  /// Appends the folded UTF-8 of `text` to `bytes`.
  mutating func fold(_ text: String, into bytes: inout [UInt8]) {
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
