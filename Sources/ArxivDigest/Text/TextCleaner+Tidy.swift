extension TextCleaner {
  /// Stage 2, on valid UTF-8: mojibake repair, control characters, whitespace.
  ///
  /// With `singleLine`, a paragraph break is a space.
  static func tidy(_ input: [UInt8], singleLine: Bool) -> String {
    input.withUnsafeBufferPointer { tidy($0, singleLine: singleLine) }
  }

  /// Stage 2 on bytes in place.
  static func tidy(_ source: UnsafeBufferPointer<UInt8>, singleLine: Bool) -> String {
    String(unsafeUninitializedCapacity: source.count) { buffer in
      tidy(source, into: buffer, singleLine: singleLine)
    }
  }

  private enum Pending {
    case none
    case space
    case paragraph
  }

  /// Writes the tidied text of `source` into `output` and returns how many bytes it wrote.
  ///
  /// Never writes more bytes than `source` holds: every step removes or shrinks.
  private static func tidy(
    _ source: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
    singleLine: Bool
  ) -> Int {
    var written = 0
    var pending = Pending.none
    var index = 0
    let count = source.count
    var scalarBytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    // Where to try the sixteen-byte copy next (after a block that does not qualify, the next
    // sixteen bytes go byte by byte).
    var blockAt = 0
    while index < count {
      if index >= blockAt, case .none = pending, written > 0, index + 17 <= count {
        if copyPlainBlock(source, at: index, into: output, at: written) {
          index += 16
          written += 16
          continue
        }
        blockAt = index + 16
      }
      let byte = source[index]
      var length = 1
      if byte < 0x80 {
        index += 1
        switch byte {
        case 0x0A where singleLine:
          if case .none = pending { pending = .space }
        case 0x0A:
          pending = .paragraph
        case 0x20, 0x09:
          if case .none = pending { pending = .space }
        case 0x1B:
          index = skipEscapeSequence(source, from: index)
        case 0x00..<0x20, 0x7F:
          break
        default:
          flush(&pending, written: &written, into: output)
          output[written] = byte
          written += 1
        }
        continue
      }
      // Mojibake: `Ã` + 0x82...0xB4 is a Latin-1 reading of a UTF-8 lead byte; it must be
      // followed by the right number of Latin-1 continuation bytes (`Â` + 0x80...0xBF).
      if let repaired = repairedMojibake(source, at: index) {
        scalarBytes = repaired.bytes
        length = repaired.length
        index += repaired.consumed
      } else {
        length = validSequenceLength(source, at: index)
        if length == 0 { length = 1 }
        let end = min(index + length, count)
        scalarBytes = (
          source[index], index + 1 < end ? source[index + 1] : 0,
          index + 2 < end ? source[index + 2] : 0, index + 3 < end ? source[index + 3] : 0
        )
        length = end - index
        index = end
      }
      if length == 2, scalarBytes.0 == 0xC2, scalarBytes.1 <= 0x9F {
        // C1 control; NEL is a line break elsewhere, a space here.
        if scalarBytes.1 == 0x85, case .none = pending { pending = .space }
        continue
      }
      flush(&pending, written: &written, into: output)
      output[written] = scalarBytes.0
      if length > 1 { output[written + 1] = scalarBytes.1 }
      if length > 2 { output[written + 2] = scalarBytes.2 }
      if length > 3 { output[written + 3] = scalarBytes.3 }
      written += length
    }
    return written
  }

  /// Copies the sixteen bytes at `index` to `output` at `written` when tidying would keep
  /// them as they are: printable ASCII, no doubled space, not ending with a space (which might
  /// still be dropped before a paragraph break), with something written before them and
  /// nothing pending. Reads one byte past the block; the caller checks it exists.
  @inline(__always)
  private static func copyPlainBlock(
    _ source: UnsafeBufferPointer<UInt8>, at index: Int,
    into output: UnsafeMutableBufferPointer<UInt8>, at written: Int
  ) -> Bool {
    guard let base = source.baseAddress, let target = output.baseAddress,
      written + 16 <= output.count
    else { return false }
    let raw = UnsafeRawPointer(base + index)
    let word = raw.loadUnaligned(as: SIMD16<UInt8>.self)
    let next = raw.loadUnaligned(fromByteOffset: 1, as: SIMD16<UInt8>.self)
    let space = SIMD16<UInt8>(repeating: 0x20)
    let tilde = SIMD16<UInt8>(repeating: 0x7E)
    let bad = ((word .== space) .& (next .== space)) .| (word .< space) .| (word .> tilde)
    let lanes = unsafeBitCast(bad, to: (UInt64, UInt64).self)
    guard lanes.0 | lanes.1 == 0, word[15] != 0x20 else { return false }
    UnsafeMutableRawPointer(target + written).storeBytes(of: word, as: SIMD16<UInt8>.self)
    return true
  }

  @inline(__always)
  private static func flush(
    _ pending: inout Pending, written: inout Int, into output: UnsafeMutableBufferPointer<UInt8>
  ) {
    switch pending {
    case .none:
      return
    case .space:
      if written > 0 {
        output[written] = 0x20
        written += 1
      }
    case .paragraph:
      if written > 0 {
        output[written] = 0x0A
        written += 1
      }
    }
    pending = .none
  }

  /// After an ESC at `index - 1`: skips a CSI sequence (`[`, parameters, one final byte).
  private static func skipEscapeSequence(_ source: UnsafeBufferPointer<UInt8>, from index: Int)
    -> Int
  {
    guard index < source.count, source[index] == UInt8(ascii: "[") else { return index }
    var cursor = index + 1
    while cursor < source.count, cursor - index < 64 {
      let byte = source[cursor]
      if byte >= 0x40, byte <= 0x7E { return cursor + 1 }
      guard byte >= 0x20, byte < 0x40 else { return cursor }
      cursor += 1
    }
    return cursor
  }

  /// The repaired scalar when the bytes at `index` are mojibake of one UTF-8 sequence.
  private static func repairedMojibake(_ source: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (bytes: (UInt8, UInt8, UInt8, UInt8), length: Int, consumed: Int)?
  {
    let count = source.count
    guard source[index] == 0xC3, index + 1 < count else { return nil }
    let second = source[index + 1]
    guard second >= 0x82, second <= 0xB4 else { return nil }
    let lead = second &+ 0x40
    let length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
    var continuation: (UInt8, UInt8, UInt8) = (0, 0, 0)
    for position in 1..<length {
      let at = index + 2 * position
      guard at + 1 < count, source[at] == 0xC2 else { return nil }
      let value = source[at + 1]
      guard value >= 0x80, value <= 0xBF else { return nil }
      switch position {
      case 1: continuation.0 = value
      case 2: continuation.1 = value
      default: continuation.2 = value
      }
    }
    let first = continuation.0
    if lead == 0xE0, first < 0xA0 { return nil }
    if lead == 0xED, first > 0x9F { return nil }
    if lead == 0xF0, first < 0x90 { return nil }
    if lead == 0xF4, first > 0x8F { return nil }
    return ((lead, continuation.0, continuation.1, continuation.2), length, 2 * length)
  }
}
