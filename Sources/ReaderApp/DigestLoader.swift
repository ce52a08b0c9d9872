import ArxivDigest
import Foundation

/// Turns the paths a user gives (files, folders, `-`) into parsed digest files.
///
/// Folders are searched for `*.md` below them, sorted by path. Files are parsed in parallel;
/// the result keeps input order.
public struct DigestLoader: Sendable {
  /// Why loading failed: a usage problem the CLI reports with exit status 2.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  /// What was loaded and from where.
  public struct Result: Sendable {
    public var files: [DigestFile]
    public var library: Library
    /// `true` when nothing of the user's was found and the bundled sample was used.
    public var usedSample: Bool
  }

  public var environment: [String: String]
  public var fileManager: FileManager { .default }

  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.environment = environment
  }

  /// The user's digest folder: `$XDG_DATA_HOME/digest/digests`, default
  /// `~/.local/share/digest/digests`.
  public var defaultFolder: URL {
    AppPaths(environment: environment).dataHome.appendingPathComponent("digests", isDirectory: true)
  }

  /// Loads the given paths, or the user's folder when `paths` is empty.
  ///
  /// - Parameter fallBackToSample: Use the bundled sample when no path is given and the user's
  ///   folder holds no digest.
  /// - Throws: ``Failure`` for a missing or unreadable path.
  public func load(paths: [String], fallBackToSample: Bool) throws(Failure) -> Result {
    var inputs: [Input] = []
    if paths.isEmpty {
      let folder = defaultFolder
      if fileManager.fileExists(atPath: folder.path) {
        inputs = (try? markdownFiles(under: folder, shownAs: folder.path)) ?? []
      }
      if inputs.isEmpty {
        guard fallBackToSample else {
          return Result(files: [], library: Library(files: []), usedSample: false)
        }
        let sample = DigestFile(parsing: BundledSample.text, path: BundledSample.path)
        return Result(files: [sample], library: Library(files: [sample]), usedSample: true)
      }
    } else {
      for path in paths { inputs.append(contentsOf: try resolve(path)) }
    }
    let files = try parse(inputs)
    return Result(files: files, library: Library(files: files), usedSample: false)
  }

  // MARK: - Resolving paths

  enum Input: Sendable {
    case file(URL, shownAs: String)
    case standardInput
  }

  func resolve(_ path: String) throws(Failure) -> [Input] {
    if path == "-" { return [.standardInput] }
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(description: "\(path): no such file or directory")
    }
    let url = URL(fileURLWithPath: path)
    if isDirectory.boolValue {
      do {
        return try markdownFiles(under: url, shownAs: path)
      } catch {
        throw Failure(description: "\(path): cannot read folder")
      }
    }
    guard fileManager.isReadableFile(atPath: path) else {
      throw Failure(description: "\(path): permission denied")
    }
    return [.file(url, shownAs: path)]
  }

  func markdownFiles(under folder: URL, shownAs display: String) throws -> [Input] {
    guard
      let enumerator = fileManager.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { throw Failure(description: "\(display): cannot read folder") }
    var found: [(String, URL)] = []
    let base = folder.standardizedFileURL.path
    for case let url as URL in enumerator where url.pathExtension == "md" {
      let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
      guard isFile else { continue }
      let full = url.standardizedFileURL.path
      var relative = full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
      if relative.hasPrefix("/") { relative.removeFirst() }
      let shown = display.hasSuffix("/") ? display + relative : display + "/" + relative
      found.append((shown, url))
    }
    found.sort { $0.0 < $1.0 }
    return found.map { .file($0.1, shownAs: $0.0) }
  }

  // MARK: - Parsing

  func parse(_ inputs: [Input]) throws(Failure) -> [DigestFile] {
    var contents: [(bytes: [UInt8], path: String)?] = Array(repeating: nil, count: inputs.count)
    for (index, input) in inputs.enumerated() {
      switch input {
      case .standardInput:
        let data = FileHandle.standardInput.readDataToEndOfFile()
        contents[index] = ([UInt8](data), "<stdin>")
      case .file(let url, let shown):
        guard let data = try? Data(contentsOf: url) else {
          throw Failure(description: "\(shown): cannot read file")
        }
        contents[index] = ([UInt8](data), shown)
      }
    }
    let results = ParallelResults<DigestFile>(count: inputs.count)
    let loaded = contents
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      if let (bytes, path) = loaded[index] {
        results.set(index, DigestParser.parse(bytes, path: path))
      }
    }
    return results.values
  }
}
