import Foundation

/// The `ETag` and `Last-Modified` of each feed last fetched, kept in the fetch folder
/// (`.fetch-cache.json`) beside the files they produced, so a second run the same day sends a
/// conditional request and a 304 transfers nothing.
///
/// Validators are sent only while the files of that fetch are all still there and the
/// `include` setting is unchanged; otherwise the feed is fetched whole again.
struct ValidatorCache: Codable, Hashable, Sendable {
  struct Entry: Codable, Hashable, Sendable {
    var etag: String?
    var lastModified: String?
    /// The announce types written (`include` at the time).
    var include: [String]
    /// Names of the files in the folder that this feed's papers went to.
    var files: [String]
  }

  static let fileName = ".fetch-cache.json"

  var entries: [String: Entry] = [:]

  /// The cache in `folder`; empty when it is missing or unreadable.
  static func load(from folder: URL) -> ValidatorCache {
    let file = folder.appendingPathComponent(fileName)
    guard let data = try? Data(contentsOf: file),
      let cache = try? JSONDecoder().decode(ValidatorCache.self, from: data)
    else { return ValidatorCache() }
    return cache
  }

  /// Writes the cache atomically into `folder`.
  func save(to folder: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try encoder.encode(self).write(
      to: folder.appendingPathComponent(ValidatorCache.fileName), options: .atomic)
  }

  /// The conditional headers for `url`, or none when its files are gone or `include` changed.
  func conditionalHeaders(for url: String, include: [String], folder: URL) -> [String: String] {
    guard let entry = entries[url], entry.include == include,
      entry.files.allSatisfy({
        FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
      })
    else { return [:] }
    var headers: [String: String] = [:]
    if let etag = entry.etag { headers["If-None-Match"] = etag }
    if let lastModified = entry.lastModified { headers["If-Modified-Since"] = lastModified }
    return headers
  }
}
