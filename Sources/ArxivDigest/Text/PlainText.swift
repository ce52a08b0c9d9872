/// Text made safe to print on a terminal: what the reader hides, plain output hides too.
///
/// Titles and fields lose the invisible characters that can reorder or disguise what is shown
/// (bidirectional overrides and isolates, zero-width characters); names echoed in messages
/// (ids, paths) keep every character but show control bytes as escapes.
///
/// ```swift
/// PlainText.visible("Ti\u{202E}tle\u{200B}")   // "Title"
/// PlainText.escaped("1912.0\u{1B}[31mX\u{07}")  // "1912.0\\x1b[31mX\\x07"
/// ```
public enum PlainText {
  /// Whether `scalar` is a bidirectional control (U+202A–202E, U+2066–2069) or a zero-width
  /// character (U+200B–200D, U+2060, U+FEFF): never drawn, so never printed.
  public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x202A...0x202E, 0x2066...0x2069, 0x200B...0x200D, 0x2060, 0xFEFF: return true
    default: return false
    }
  }

  /// `text` without its hidden scalars (``isHidden(_:)``).
  ///
  /// - Complexity: O(n); returns `text` itself when nothing is hidden.
  public static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isHidden) else { return text }
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isHidden(scalar) { kept.append(scalar) }
    return String(kept)
  }

  /// `text` with control characters (C0 but for tab and newline, DEL, C1) written `\xNN` and
  /// hidden scalars written `\u{NNNN}`, for names echoed in messages.
  ///
  /// - Complexity: O(n); returns `text` itself when nothing needs escaping.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        out += "\\x" + hex(scalar.value, digits: 2)
      } else if isHidden(scalar) {
        out += "\\u{" + hex(scalar.value, digits: 4) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Text as plain output prints it (a title, a field, a diagnostic): hidden scalars dropped
  /// and control characters escaped, so it cannot move the cursor, recolour or reorder the
  /// terminal.
  public static func printable(_ text: String) -> String { escaped(visible(text)) }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    default: return false
    }
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    isControl(scalar) || isHidden(scalar)
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
