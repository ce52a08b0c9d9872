import Foundation

/// A home folder of its own for a process a test starts, removed when the value goes away.
///
/// `environment` sets every variable the binary reads a location from (`HOME`, each
/// `XDG_*_HOME`, `XDG_RUNTIME_DIR`, `DIGEST_STATE`), so no test ever reads or writes the
/// files of the user running the tests.
public final class TemporaryHome: @unchecked Sendable {
  /// The folder (also `$HOME`).
  public let url: URL

  /// Creates an empty folder under the system's temporary folder.
  public init(prefix: String = "digest-home") throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent(".run"), withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// A path inside the folder.
  public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// The location variables for this home.
  public var environment: [String: String] { Self.environment(overriding: ["HOME": url.path]) }

  /// Every location variable: those in `overrides` as given, the rest derived from `HOME`
  /// (which must be in `overrides`) the way the XDG defaults are, `DIGEST_STATE` from the data
  /// folder. Nothing is created (a test's own `HOME` is left as it made it).
  public static func environment(overriding overrides: [String: String]) -> [String: String] {
    let home = overrides["HOME"] ?? FileManager.default.temporaryDirectory.path
    var result = overrides
    let defaults = [
      "XDG_DATA_HOME": home + "/.local/share", "XDG_CONFIG_HOME": home + "/.config",
      "XDG_STATE_HOME": home + "/.local/state", "XDG_CACHE_HOME": home + "/.cache",
      "XDG_RUNTIME_DIR": home + "/.run",
    ]
    for (key, value) in defaults where result[key] == nil { result[key] = value }
    if result["DIGEST_STATE"] == nil {
      let data = result["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      result["DIGEST_STATE"] = (data ?? home + "/.local/share") + "/digest/state.sqlite"
    }
    result["HOME"] = home
    return result
  }
}
