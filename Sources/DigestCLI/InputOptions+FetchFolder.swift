import Foundation
import ReaderApp

extension InputOptions {
  /// `paths` (the config's `digests`; empty for the data folder) with the fetch folder added
  /// when it exists and none of them already holds it, so `digest` shows fetched digests
  /// wherever `fetch_folder` points.
  static func addingFetchFolder(
    to paths: [String], config: ReaderConfig,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String] {
    let fetch = FetchCommand.folder(config: config, environment: environment)
      .standardizedFileURL.path
    guard FileManager.default.fileExists(atPath: fetch) else { return paths }
    let dataFolder = DigestLoader(environment: environment).defaultFolder.standardizedFileURL.path
    let roots = paths.isEmpty ? [dataFolder] : paths
    let held = InputOptions.holds(roots, fetch)
    if held { return paths }
    guard paths.isEmpty else { return paths + [fetch] }
    return FileManager.default.fileExists(atPath: dataFolder) ? [dataFolder, fetch] : [fetch]
  }

  /// What the reader watches for new digests: the paths given, else the config's `digests`
  /// (or the data folder) plus the fetch folder when none of them holds it, even before it
  /// exists, so a first `digest fetch` into a `fetch_folder` elsewhere is noticed too.
  func watchedPaths(
    config: ReaderConfig, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String] {
    guard paths.isEmpty else { return paths }
    let roots =
      config.digests.isEmpty
      ? [DigestLoader(environment: environment).defaultFolder.path] : config.digests
    let fetch = FetchCommand.folder(config: config, environment: environment)
      .standardizedFileURL.path
    let held = InputOptions.holds(roots, fetch)
    return held ? roots : roots + [fetch]
  }

  /// `true` when `path` is one of `roots` or below one of them.
  private static func holds(_ roots: [String], _ path: String) -> Bool {
    roots.contains { root in
      let root = URL(fileURLWithPath: root).standardizedFileURL.path
      return path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
  }
}
