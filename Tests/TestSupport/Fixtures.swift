import Foundation

/// The real digest files in `Tests/TestSupport/Fixtures/`, shared by every test target that
/// reads them (one copy in the repository).
public enum Fixtures {
  /// The `Fixtures` folder in this target's resource bundle.
  public static var folder: URL {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
  }

  /// The file `name` (a path relative to `Fixtures/`).
  public static func url(_ name: String) -> URL {
    folder.appendingPathComponent(name)
  }

  /// The bytes of `name`; empty when it cannot be read.
  public static func bytes(_ name: String) -> [UInt8] {
    (try? Data(contentsOf: url(name))).map { [UInt8]($0) } ?? []
  }

  /// Every fixture digest, relative to `Fixtures/`.
  public static let digests = [
    "cs.CV-2019-02-03.md", "cs.CV-2019-06-11.md", "cs.CV-2019-08-02.md", "cs.CV-2019-09-16.md",
    "cs.CV-2019-12-11.md", "cs.CV-2019-12-20.md", "cs.CV-2019-12-24.md",
    "cs.CV-2019-12-25.seed.md", "cs.CV-2020-02-11.md", "cs.CV-2020-03-17.md",
    "cs.CV-2020-03-30.md", "cs.CV-2020-09-17.md", "cs.CV-2020-11-30.md",
    "cvpapers/20041217.md", "cvpapers/20191220.md", "cvpapers/20260202.md",
  ]
}
