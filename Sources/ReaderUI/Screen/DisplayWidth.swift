import ArxivDigest

/// How many terminal columns text takes, the way `wcwidth` and ncurses count them.
///
/// CJK and emoji-presentation characters take 2 columns, combining marks and format characters
/// 0, everything else printable 1. Sequences terminals draw inconsistently (a variation
/// selector, a skin-tone modifier, a zero-width joiner) are reduced by ``sanitized(_:)`` to
/// their base character and its combining marks, so the buffer and the terminal always agree.
///
/// ```swift
/// DisplayWidth.of("日本")      // 4
/// DisplayWidth.of("café")     // 4, also with a combining acute
/// ```
public enum DisplayWidth {
  /// Columns taken by one scalar on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    // The characters plain output strips too: never drawn, so dropped from every glyph run.
    if PlainText.isHidden(scalar) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) { return 0 }
    if isWide(value) { return 2 }
    return 1
  }

  /// Columns taken by a character: the width of its base scalar (combining marks add nothing).
  public static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    return of(first)
  }

  /// Columns taken by a string.
  ///
  /// - Complexity: O(n).
  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for character in text { total += of(sanitized(character)) }
    return total
  }

  /// The character as written to a cell: its base scalar and up to four combining marks;
  /// joiners, variation selectors and modifiers are dropped.
  public static func sanitized(_ character: Character) -> Character {
    let scalars = character.unicodeScalars
    guard scalars.count > 1, let base = scalars.first else { return character }
    var kept = String.UnicodeScalarView()
    kept.append(base)
    for scalar in scalars.dropFirst() where kept.count < 5 {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark:
        if !(0xFE00...0xFE0F).contains(scalar.value) { kept.append(scalar) }
      default: continue
      }
    }
    return Character(String(kept))
  }

  /// `text` cut to `width` columns, ending with `…` when something was cut.
  public static func truncate(_ text: String, to width: Int) -> String {
    String(Glyph.fit(Glyph.glyphs(text, .normal), width: width).map(\.character))
  }

  /// East Asian Wide and Fullwidth ranges, plus emoji shown as pictures by default.
  private static func isWide(_ value: UInt32) -> Bool {
    if value < 0x1100 { return false }
    for range in wideRanges where range.contains(value) { return true }
    if value >= 0x231A, let scalar = Unicode.Scalar(value), scalar.properties.isEmojiPresentation {
      return true
    }
    return false
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x17000...0x18AFF, 0x1B000...0x1B2FF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
