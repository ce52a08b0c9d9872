import Foundation

/// Reads digest files of either dialect into ``DigestFile`` values, leniently.
///
/// The dialect is detected per file (``DigestDialect``). Every paper that can be read is read;
/// everything odd becomes a ``Diagnostic`` located at `path:line:column` (columns count UTF-8
/// bytes; a leading byte order mark is skipped and not counted). Fields are cleaned by
/// ``TextCleaner``; only an abstract keeps paragraph breaks (in a title, authors, comments or a
/// link a `<br>` becomes a space).
///
/// Lines are split on the byte `\n` (a `\r` before it and trailing spaces and tabs are
/// dropped), never on U+0085 or other Unicode line breaks. The rules for odd input:
/// - an entry whose title line does not end with a complete `[…](link)` naming an arXiv id
///   (for CVPapers: with no usable `Arxiv ID` bullet) is dropped with a warning;
/// - an entry without an abstract is kept with an empty abstract and a warning;
/// - seed entry numbers out of sequence, repeated or missing are warned about; the number as
///   written is kept and file order is the truth;
/// - papers with no readable day header above them (before the first header, or after one that
///   cannot be read) are listed under the next readable header, else under the previous one,
///   with a warning; when the file has no readable header at all they are dropped with an error;
/// - text outside any entry is ignored with a warning; an empty file gets a warning;
/// - the same id twice in one file is kept twice (``Library`` keeps the first).
public enum DigestParser {
  /// Parses the bytes of one file. Never throws and never traps, whatever the bytes.
  ///
  /// An input of 4 MB or more is read in stretches on several cores, split at day headers; the
  /// result is exactly that of one sequential read.
  ///
  /// - Parameters:
  ///   - bytes: The raw file contents (any encoding problems are repaired and reported).
  ///   - path: How to name the file in diagnostics and `source` locations.
  public static func parse(_ bytes: [UInt8], path: String) -> DigestFile {
    bytes.withUnsafeBufferPointer { buffer in
      let start = hasByteOrderMark(buffer) ? 3 : 0
      let dialect = detectDialect(buffer, from: start)
      return parseChunks(buffer, from: start, dialect: dialect, path: path)
    }
  }

  static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
  }

  /// The dialect of a file, from its first telling line: a header of either form, a
  /// `- **Arxiv ID**` bullet (CVPapers) or a `###` line ending with a link (seed). Seed when
  /// nothing tells.
  static func detectDialect(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> DigestDialect
  {
    var lines = LineScanner(bytes, start: start)
    var examined = 0
    while let line = lines.next(), examined < 200 {
      if line.isBlank { continue }
      examined += 1
      let first = bytes[line.start]
      if first == UInt8(ascii: "#") {
        switch LineKind.hashCount(bytes, line) {
        case 1:
          var ignored: [DayHeader.Problem] = []
          if let header = try? DayHeader.read(bytes, line, warnings: &ignored).get() {
            return header.dialect
          }
        case 3:
          if LineKind.trailingLink(bytes, line.start..<line.end) != nil { return .seed }
        default:
          break
        }
      } else if first == UInt8(ascii: "-"), startsWith(bytes, line, "- **Arxiv ID**") {
        return .cvpapers
      }
    }
    return .seed
  }

  private static func startsWith(
    _ bytes: UnsafeBufferPointer<UInt8>, _ line: ByteLine, _ prefix: StaticString
  ) -> Bool {
    let length = prefix.utf8CodeUnitCount
    guard line.count >= length else { return false }
    for offset in 0..<length where bytes[line.start + offset] != prefix.utf8Start[offset] {
      return false
    }
    return true
  }
}

extension DigestFile {
  /// Reads and parses the file at `url`.
  ///
  /// - Parameter path: The name used in diagnostics; defaults to `url.path`.
  /// - Throws: The file-system error when the file cannot be read.
  public init(contentsOf url: URL, path: String? = nil) throws {
    let data = try Data(contentsOf: url)
    self = DigestParser.parse([UInt8](data), path: path ?? url.path)
  }

  /// Parses text already in memory (tests, stdin).
  public init(parsing text: String, path: String = "<memory>") {
    self = DigestParser.parse(Array(text.utf8), path: path)
  }
}
