extension DigestParser {
  /// Whether `bytes` look like a digest of either dialect at all, so that a repository's
  /// README, a calendar note or a PDF passed by mistake can be skipped in one line instead of
  /// being reported line by line.
  ///
  /// A file is a digest when some line starts a day header of either dialect (`# ArXiv ` or
  /// `# Arxiv Papers in`, readable or not), is a `###` entry title ending with a link, or is a
  /// `- **Arxiv ID**` bullet. A file with a NUL byte among its first 8 KiB is binary, never a
  /// digest. An empty or blank file counts as a digest (it is reported as empty).
  ///
  /// - Complexity: O(n), stopping at the first telling line.
  public static func looksLikeDigest(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      if buffer.prefix(8192).contains(0) { return false }
      let start = hasByteOrderMark(buffer) ? 3 : 0
      var lines = LineScanner(buffer, start: start)
      var sawText = false
      while let line = lines.next() {
        if line.isBlank { continue }
        sawText = true
        switch buffer[line.start] {
        case UInt8(ascii: "#"):
          switch LineKind.hashCount(buffer, line) {
          case 1:
            if startsWithCaseless(buffer, line, "# arxiv ") { return true }
          case 3:
            if LineKind.trailingLink(buffer, line.start..<line.end) != nil { return true }
          default:
            break
          }
        case UInt8(ascii: "-"):
          if startsWithCaseless(buffer, line, "- **arxiv id**") { return true }
        default:
          break
        }
      }
      return !sawText
    }
  }

  private static func startsWithCaseless(
    _ bytes: UnsafeBufferPointer<UInt8>, _ line: ByteLine, _ prefix: StaticString
  ) -> Bool {
    let length = prefix.utf8CodeUnitCount
    guard line.count >= length else { return false }
    for offset in 0..<length {
      var byte = bytes[line.start + offset]
      if byte >= 65 && byte <= 90 { byte += 32 }
      if byte != prefix.utf8Start[offset] { return false }
    }
    return true
  }
}
