import ArxivDigest
import Foundation

/// The real digest files copied into `Fixtures/`.
enum FixtureFiles {
  /// The `Fixtures` folder in the test bundle.
  static var folder: URL {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
  }

  /// The bytes of `name` (a path relative to `Fixtures/`); empty when it cannot be read.
  static func bytes(_ name: String) -> [UInt8] {
    (try? Data(contentsOf: folder.appendingPathComponent(name))).map { [UInt8]($0) } ?? []
  }

  /// `name` parsed, with `name` as the path in locations.
  static func parse(_ name: String) -> DigestFile {
    DigestParser.parse(bytes(name), path: name)
  }

  /// Every fixture digest, relative to `Fixtures/`.
  static let all = [
    "cs.CV-2019-02-03.md", "cs.CV-2019-06-11.md", "cs.CV-2019-08-02.md", "cs.CV-2019-09-16.md",
    "cs.CV-2019-12-11.md", "cs.CV-2019-12-20.md", "cs.CV-2019-12-24.md",
    "cs.CV-2019-12-25.seed.md", "cs.CV-2020-02-11.md", "cs.CV-2020-03-17.md",
    "cs.CV-2020-03-30.md", "cs.CV-2020-09-17.md", "cs.CV-2020-11-30.md",
    "cvpapers/20041217.md", "cvpapers/20191220.md", "cvpapers/20260202.md",
  ]
}
