import Foundation
import Testing

/// Golden files in `Fixtures/Golden/`: expected output, byte for byte.
///
/// Run with `RECORD_GOLDEN=1` to rewrite them from the current output; a recording run fails
/// on purpose so it is never mistaken for a pass.
enum Golden {
  /// The source folder of the golden files (found from this file's path, so recording writes
  /// into the source tree rather than the build folder).
  static func sourceURL(_ name: String, filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/Golden").appendingPathComponent(name)
  }

  /// Compares `actual` with the golden file `name`.
  static func check(
    _ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = sourceURL(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
      try Data(actual.utf8).write(to: url)
      Issue.record(
        "recorded \(name); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      actual == expected, "differs from Fixtures/Golden/\(name)", sourceLocation: sourceLocation)
  }

  /// A fixture file of this test target.
  static func fixtureURL(_ name: String) -> URL {
    let base = Bundle.module.resourceURL ?? Bundle.module.bundleURL
    return base.appendingPathComponent("Fixtures").appendingPathComponent(name)
  }
}
