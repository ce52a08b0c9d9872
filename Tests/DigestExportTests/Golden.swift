import Foundation
import TestSupport
import Testing

/// Golden files in `Golden/`: expected output, byte for byte.
///
/// Run with `RECORD_GOLDEN=1` to rewrite them from the current output; a recording run fails
/// on purpose so it is never mistaken for a pass.
enum Golden {
  /// The source folder of the golden files (found from this file's path, so recording writes
  /// into the source tree rather than the build folder).
  static func sourceURL(_ name: String, filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent(name)
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
      actual == expected, "differs from Golden/\(name)", sourceLocation: sourceLocation)
  }

  /// A shared fixture digest (`Tests/TestSupport/Fixtures`).
  static func fixtureURL(_ name: String) -> URL { Fixtures.url(name) }
}
