import Foundation

/// Opens a URL in the user's browser without a shell: `$BROWSER` when set, else `xdg-open`.
///
/// `$BROWSER` may list several commands separated by `:`; the first is used. A `%s` in it is
/// replaced by the URL, else the URL is appended. The browser's output is discarded and the
/// reader does not wait for it.
public struct BrowserLauncher: Sendable {
  /// The environment `$BROWSER` is read from.
  public var environment: [String: String]

  /// Creates a launcher.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.environment = environment
  }

  /// The command line that opens `url`: program first.
  public func command(for url: String) -> [String] {
    let browser = environment["BROWSER"]?.split(separator: ":").first.map(String.init) ?? ""
    let words = browser.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard !words.isEmpty else { return ["xdg-open", url] }
    if words.contains(where: { $0.contains("%s") }) {
      return words.map { $0.replacingOccurrences(of: "%s", with: url) }
    }
    return words + [url]
  }

  /// Starts the browser on `url`.
  ///
  /// - Throws: When the program cannot be started.
  public func open(_ url: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = command(for: url)
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
  }
}
