import Foundation

/// Runs of `digest` where file permissions apply: as the current user, or as `nobody` through
/// `setpriv` when the tests run as root (root reads every file whatever its mode).
enum UnprivilegedRun {
  static let setpriv = "/usr/bin/setpriv"

  /// Why permission tests cannot run here, or `nil` when they can. Under CI (`CI=true`), which
  /// installs everything they need, they always run, so a missing tool fails them.
  static var unavailableReason: String? {
    if getuid() != 0 || ProcessInfo.processInfo.environment["CI"] == "true" { return nil }
    if FileManager.default.isExecutableFile(atPath: setpriv) { return nil }
    return "running as root without \(setpriv): permissions cannot be tested"
  }

  /// A fresh world-accessible folder (`nobody` must reach the files the test keeps readable).
  static func folder() throws -> URL {
    let url = URL(fileURLWithPath: "/tmp")
      .appendingPathComponent("digest-perm-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
    return url
  }

  /// Runs `digest arguments` without root's powers, with `HOME` and the data and state paths
  /// inside `home`.
  static func run(_ arguments: [String], home: URL) throws -> DigestBinary.Run {
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment["HOME"] = home.path
    environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
    environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
    environment["DIGEST_STATE"] = home.appendingPathComponent("state.sqlite").path
    let process = Process()
    if getuid() == 0 {
      process.executableURL = URL(fileURLWithPath: setpriv)
      process.arguments =
        ["--reuid=65534", "--regid=65534", "--clear-groups", DigestBinary.url.path] + arguments
    } else {
      process.executableURL = DigestBinary.url
      process.arguments = arguments
    }
    process.environment = environment
    return try DigestBinary.capture(process)
  }
}
