import ArxivDigest
import Foundation
import TestSupport

/// The real digest files in the shared `TestSupport` fixtures, parsed.
enum FixtureFiles {
  /// The shared `Fixtures` folder.
  static var folder: URL { Fixtures.folder }

  /// The bytes of `name` (a path relative to `Fixtures/`); empty when it cannot be read.
  static func bytes(_ name: String) -> [UInt8] { Fixtures.bytes(name) }

  /// `name` parsed, with `name` as the path in locations.
  static func parse(_ name: String) -> DigestFile {
    DigestParser.parse(bytes(name), path: name)
  }

  /// Every fixture digest, relative to `Fixtures/`.
  static var all: [String] { Fixtures.digests }
}
