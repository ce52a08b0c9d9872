import Foundation

/// Where digest keeps its files, following the XDG base-directory convention.
public struct AppPaths: Sendable {
  public var environment: [String: String]

  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.environment = environment
  }

  private var home: URL {
    if let home = environment["HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
    return FileManager.default.homeDirectoryForCurrentUser
  }

  /// `$XDG_DATA_HOME/digest`, default `~/.local/share/digest`.
  public var dataHome: URL {
    if let value = environment["XDG_DATA_HOME"], value.hasPrefix("/") {
      return URL(fileURLWithPath: value).appendingPathComponent("digest", isDirectory: true)
    }
    return home.appendingPathComponent(".local/share/digest", isDirectory: true)
  }

  /// `$XDG_CONFIG_HOME/digest`, default `~/.config/digest`.
  public var configHome: URL {
    if let value = environment["XDG_CONFIG_HOME"], value.hasPrefix("/") {
      return URL(fileURLWithPath: value).appendingPathComponent("digest", isDirectory: true)
    }
    return home.appendingPathComponent(".config/digest", isDirectory: true)
  }

  /// The state database: `--state` wins, then `$DIGEST_STATE`, then
  /// `$XDG_DATA_HOME/digest/state.sqlite`.
  public func stateFile(override: String?) -> URL {
    if let override, !override.isEmpty { return URL(fileURLWithPath: override) }
    if let value = environment["DIGEST_STATE"], !value.isEmpty {
      return URL(fileURLWithPath: value)
    }
    return dataHome.appendingPathComponent("state.sqlite")
  }
}
