/// Cleaning of text taken from a feed, so that it is safe on one line of a digest.
enum FeedText {
  /// `text` on one line: every run of white space (line and paragraph separators included) is
  /// one space, control characters (C0, DEL, C1, bidirectional overrides) are dropped, and
  /// the ends are trimmed.
  static func line(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0x2028, 0x2029:
        pendingSpace = !out.isEmpty
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
        continue
      default:
        if pendingSpace {
          out.append(" ")
          pendingSpace = false
        }
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// ``line(_:)``, or `nil` when that is empty or `None`.
  static func optionalLine(_ text: String?) -> String? {
    guard let text else { return nil }
    let cleaned = line(text)
    return cleaned.isEmpty || cleaned == "None" ? nil : cleaned
  }

  /// `A, B and C` → `["A", "B", "C"]`, each cleaned; empty names dropped.
  static func names(_ text: String) -> [String] {
    let cleaned = line(text)
    var names: [String] = []
    for part in cleaned.split(separator: ",") {
      var name = Substring(part)
      while name.first == " " { name = name.dropFirst() }
      if name.hasPrefix("and ") { name = name.dropFirst(4) }
      while name.last == " " { name = name.dropLast() }
      if !name.isEmpty { names.append(String(name)) }
    }
    return names
  }
}
