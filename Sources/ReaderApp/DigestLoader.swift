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
    /// One line per input left out, in input order: `skipped README.md: not a digest`,
    /// `skipped a/b.md: permission denied`, `no digests (*.md) in notes`. Empty when
    /// everything given was read. Paths are escaped (``PlainText/escaped(_:)``).
    public var notes: [String] = []
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
  /// Symbolic links are followed (a folder reached twice, as through a link cycle, is read
  /// once). A file inside a folder that cannot be read, or that is not a digest at all
  /// (``DigestParser/looksLikeDigest(_:)``), is left out with a line in ``Result/notes``.
  ///
  /// - Parameter fallBackToSample: Use the bundled sample when no path is given and the user's
  ///   folder holds no digest.
  /// - Throws: ``Failure`` for a missing or unreadable path given (or the user's folder).
  public func load(paths: [String], fallBackToSample: Bool) throws(Failure) -> Result {
    var inputs: [Input] = []
    var notes: [String] = []
    if paths.isEmpty {
      let folder = defaultFolder
      if fileManager.fileExists(atPath: folder.path) {
        inputs = try resolve(folder.path, notes: &notes, reportEmpty: !fallBackToSample)
      }
      if inputs.isEmpty {
        guard fallBackToSample else {
          return Result(files: [], library: Library(files: []), usedSample: false, notes: notes)
        }
        let sample = DigestFile(parsing: BundledSample.text, path: BundledSample.path)
        return Result(
          files: [sample], library: Library(files: [sample]), usedSample: true, notes: notes)
      }
    } else {
      for path in paths {
        inputs.append(contentsOf: try resolve(path, notes: &notes, reportEmpty: true))
      }
    }
    let files = try parse(inputs, notes: &notes)
    return Result(files: files, library: Library(files: files), usedSample: false, notes: notes)
  }

  // MARK: - Resolving paths

  enum Input: Sendable {
    /// `isGiven`: named by the user, not found in a folder (its failures are fatal).
    case file(URL, shownAs: String, isGiven: Bool)
    case standardInput
  }

  func resolve(_ path: String, notes: inout [String], reportEmpty: Bool) throws(Failure)
    -> [Input]
  {
    if path == "-" { return [.standardInput] }
    let shown = PlainText.escaped(path)
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(description: "\(shown): no such file or directory")
    }
    let url = URL(fileURLWithPath: path)
    guard fileManager.isReadableFile(atPath: path) else {
      throw Failure(description: "\(shown): permission denied")
    }
    guard isDirectory.boolValue else { return [.file(url, shownAs: path, isGiven: true)] }
    guard fileManager.isExecutableFile(atPath: path) else {
      throw Failure(description: "\(shown): permission denied")
    }
    var walk = FolderWalk(fileManager: fileManager)
    walk.visit(path)
    notes.append(contentsOf: walk.notes)
    if walk.found.isEmpty && reportEmpty { notes.append("no digests (*.md) in \(shown)") }
    return walk.found.sorted().map { .file(URL(fileURLWithPath: $0), shownAs: $0, isGiven: false) }
  }

  // MARK: - Parsing

  func parse(_ inputs: [Input], notes: inout [String]) throws(Failure) -> [DigestFile] {
    var contents: [(bytes: [UInt8], path: String)] = []
    contents.reserveCapacity(inputs.count)
    for input in inputs {
      switch input {
      case .standardInput:
        let data = FileHandle.standardInput.readDataToEndOfFile()
        contents.append(([UInt8](data), "<stdin>"))
      case .file(let url, let shown, let isGiven):
        let data: Data
        do {
          data = try Data(contentsOf: url)
        } catch {
          let reason = DigestLoader.reason(error, path: url.path)
          if isGiven { throw Failure(description: "\(PlainText.escaped(shown)): \(reason)") }
          notes.append("skipped \(PlainText.escaped(shown)): \(reason)")
          continue
        }
        let bytes = [UInt8](data)
        guard DigestParser.looksLikeDigest(bytes) else {
          notes.append("skipped \(PlainText.escaped(shown)): not a digest")
          continue
        }
        contents.append((bytes, shown))
      }
    }
    let results = ParallelResults<DigestFile>(count: contents.count)
    let loaded = contents
    DispatchQueue.concurrentPerform(iterations: loaded.count) { index in
      results.set(index, DigestParser.parse(loaded[index].bytes, path: loaded[index].path))
    }
    return results.values
  }

  /// Why a file could not be read, in a few words.
  static func reason(_ error: any Error, path: String) -> String {
    if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain,
      let code = POSIXErrorCode(rawValue: Int32(underlying.code))
    {
      return POSIXError(code).localizedDescription.lowercased()
    }
    return "cannot read file"
  }
}
