import Foundation

/// Reads digest files of either dialect into ``DigestFile`` values, leniently.
public enum DigestParser {
  /// Parses the bytes of one file. Never throws and never traps, whatever the bytes.
  ///
  /// - Parameters:
  ///   - bytes: The raw file contents (any encoding problems are repaired and reported).
  ///   - path: How to name the file in diagnostics and `source` locations.
  public static func parse(_ bytes: [UInt8], path: String) -> DigestFile {
    // TODO(#2): the parser.
    DigestFile(path: path, dialect: nil, digests: [], diagnostics: [])
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
