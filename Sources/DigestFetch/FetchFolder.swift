import ArxivDigest
import Foundation

/// The folder fetched digests go to: which papers it holds, where a day's file is, and safe
/// writes into it.
///
/// Files are `<category>-YYYY-MM-DD.md` for an announcement day and
/// `<category>-YYYY-MM-DD-submitted.md` for a submission day of a back-fill.
public struct FetchFolder: Sendable {
  /// Why the folder cannot be used or written.
  public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// One line for the user, naming the file.
    public var description: String
  }

  /// The folder.
  public var url: URL

  /// The folder at `url` (created when something is first written into it).
  public init(url: URL) { self.url = url }

  /// The first folder from `url` up that holds a `.git`, stopping below `home` (a home folder
  /// kept with git for its dotfiles does not count), or `nil`.
  public func gitWorkTree(home: URL?) -> URL? {
    var folder = url.standardizedFileURL
    let stop = home?.standardizedFileURL.path
    while folder.path != "/" && folder.path != stop {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
        return folder
      }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  /// The ids of every paper in the `*.md` files below the folder (none when it does not
  /// exist).
  public func heldIDs() -> Set<ArxivID> {
    var ids: Set<ArxivID> = []
    for file in markdownFiles() {
      guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
      for paper in DigestFile(parsing: text, path: file.path).papers { ids.insert(paper.id) }
    }
    return ids
  }

  /// The `*.md` files below the folder, sorted by path.
  func markdownFiles() -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var files: [URL] = []
    for case let file as URL in enumerator where file.pathExtension == "md" {
      files.append(file)
    }
    return files.sorted { $0.path < $1.path }
  }

  /// The file of `category`'s papers for `day`.
  ///
  /// - Parameter submitted: `true` for a submission day (a back-fill), `false` for an
  ///   announcement day.
  public func file(category: String, day: DigestDay, submitted: Bool) -> URL {
    url.appendingPathComponent(
      "\(category)-\(day.iso)\(submitted ? "-submitted" : "").md", isDirectory: false)
  }

  /// Adds entries to a day's file: a new file is the header and the entries; an existing one
  /// keeps every byte and gets the entries at its end. The file is replaced atomically, so an
  /// interrupted run leaves it either old or new.
  ///
  /// - Throws: ``Failure`` when the folder cannot be created or the file written.
  public func append(_ entries: String, header: String, to file: URL) throws(Failure) {
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      var data: Data
      if FileManager.default.fileExists(atPath: file.path) {
        data = try Data(contentsOf: file)
        if let last = data.last, last != UInt8(ascii: "\n") { data.append(UInt8(ascii: "\n")) }
      } else {
        data = Data(header.utf8)
      }
      data.append(Data(entries.utf8))
      try data.write(to: file, options: .atomic)
    } catch {
      throw Failure(description: "cannot write \(file.path): \(error.localizedDescription)")
    }
  }
}
