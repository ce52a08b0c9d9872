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
    let held = roots.contains { root in
      let root = URL(fileURLWithPath: root).standardizedFileURL.path
      return fetch == root || fetch.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
    if held { return paths }
    guard paths.isEmpty else { return paths + [fetch] }
    return FileManager.default.fileExists(atPath: dataFolder) ? [dataFolder, fetch] : [fetch]
  }
}
