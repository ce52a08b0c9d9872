/// Diagnostics as a compiler prints them when there are very many: each kind of problem shown
/// at most ``limit`` times per file, the rest counted in one line.
///
/// Two diagnostics are of one kind when they have the same file, severity and message once
/// every run of digits is ignored (`entry has no number (expected 2)` and `… (expected 3)`).
/// Lines are made printable (``PlainText/printable(_:)``). Memory is O(kinds), not O(lines).
///
/// ```
/// big.md:1:5: warning: entry has no number (expected 1)
/// …
/// big.md: warning: ... and 999,990 more like this: entry has no number (expected 11)
/// ```
public struct DiagnosticDigest: Sendable {
  /// How many diagnostics of one kind are shown per file.
  public let limit: Int
  private var path: String?
  private var counts: [Int: Int] = [:]
  private var order: [Int] = []

  /// A kind of problem: severity and message template.
  private struct Kind: Hashable {
    var severity: Diagnostic.Severity
    var template: String
  }
  /// Kinds by the hash of their template, so a known kind costs no allocation.
  private var kinds: [Int: Kind] = [:]

  /// Creates an empty digest showing at most `limit` diagnostics of each kind per file.
  public init(limit: Int = 10) { self.limit = max(1, limit) }

  /// The lines to print for `diagnostic` (none when it is one too many of its kind, plus the
  /// previous file's summaries when it starts a new file). Each line ends with `\n`.
  public mutating func lines(for diagnostic: Diagnostic) -> String {
    var out = ""
    if diagnostic.location.path != path {
      out = finish()
      path = diagnostic.location.path
    }
    let kind = self.kind(of: diagnostic)
    let seen = counts[kind, default: 0]
    if seen == 0 { order.append(kind) }
    counts[kind] = seen + 1
    if seen < limit { out += PlainText.printable(diagnostic.description) + "\n" }
    return out
  }

  /// The summaries still owed (`path: warning: ... and N more like this: message`), then an
  /// empty state ready for the next file.
  public mutating func finish() -> String {
    var out = ""
    if let path {
      for hash in order {
        let hidden = (counts[hash] ?? 0) - limit
        guard hidden > 0, let kind = kinds[hash] else { continue }
        out += PlainText.printable(
          "\(path): \(kind.severity.rawValue): ... and \(Self.grouped(hidden)) more like this: "
            + kind.template)
          + "\n"
      }
    }
    path = nil
    counts.removeAll(keepingCapacity: true)
    kinds.removeAll(keepingCapacity: true)
    order.removeAll(keepingCapacity: true)
    return out
  }

  /// The kind of `diagnostic` (its hash, a key of ``kinds``), found without building its
  /// template when the kind was seen.
  private mutating func kind(of diagnostic: Diagnostic) -> Int {
    var message = diagnostic.message
    let hash = message.withUTF8 { bytes in
      var hasher = Hasher()
      hasher.combine(diagnostic.severity)
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        if byte >= 48 && byte <= 57 {
          while index < bytes.count, bytes[index] >= 48 && bytes[index] <= 57 { index += 1 }
          hasher.combine(UInt8(ascii: "N"))
        } else {
          hasher.combine(byte)
        }
      }
      return hasher.finalize()
    }
    // A 64-bit hash of the template names the kind: two kinds of one file sharing a hash
    // (odds about k²/2⁶⁴ for k kinds) would only be counted together.
    if kinds[hash] == nil {
      kinds[hash] = Kind(severity: diagnostic.severity, template: Self.template(message))
    }
    return hash
  }

  /// `message` with every run of digits written `N`.
  static func template(_ message: String) -> String {
    guard message.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return message }
    var out = String.UnicodeScalarView()
    var inDigits = false
    for scalar in message.unicodeScalars {
      if ("0"..."9").contains(scalar) {
        if !inDigits { out.append("N") }
        inDigits = true
      } else {
        out.append(scalar)
        inDigits = false
      }
    }
    return String(out)
  }

  /// `999990` → `999,990`.
  static func grouped(_ value: Int) -> String {
    let digits = Array(String(value))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}
