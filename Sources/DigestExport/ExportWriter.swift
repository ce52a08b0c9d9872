import ArxivDigest
import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Writes an export to a file, to standard output, or to a FIFO or device, without ever
/// leaving a half-written file behind.
///
/// - A regular file is written atomically: the text goes to a temporary file in the same
///   folder, which is flushed and then renamed over the target (or linked to it, for a new
///   file, so a file that appeared meanwhile is not clobbered either). An existing file is
///   replaced only with `force` and keeps its permissions.
/// - A path that is not a regular file (`/dev/stdout`, a FIFO, a device), or a link under
///   `/dev/` or `/proc/` (`/dev/stdout` redirected to a file), is opened and written directly
///   (appending), never renamed over.
/// - `-` is standard output.
/// - With `append` (Markdown and BibTeX), papers whose arXiv id the file already holds are
///   skipped and the rest are added at its end; the file is still replaced atomically.
///
/// ```swift
/// let path = ExportWriter.defaultPath(format: .bibtex, day: today, home: home)
/// let summary = try ExportWriter.write(papers: starred, format: .bibtex, to: path)
/// summary.description   // "exported 12 papers to /home/me/starred-2019-12-25.bib"
/// ```
public enum ExportWriter {
  /// `<home>/starred-YYYY-MM-DD.<ext>`, where the reader offers to export by default.
  public static func defaultPath(format: ExportFormat, day: DigestDay, home: String) -> String {
    let folder = home.hasSuffix("/") ? String(home.dropLast()) : home
    return "\(folder)/starred-\(day.iso).\(format.fileExtension)"
  }

  /// Writes `papers` in `format` to `path`.
  ///
  /// - Parameters:
  ///   - papers: What to export, in order; must not be empty.
  ///   - format: The file format.
  ///   - path: A file path, or `-` for standard output.
  ///   - force: Replace an existing regular file.
  ///   - append: Add to an existing Markdown or BibTeX file, skipping papers it already has.
  ///   - marks: The `read` and `starred` columns of CSV.
  /// - Returns: How many papers were written and how many the file already had.
  /// - Throws: ``ExportError``. A file is then left as it was (and no temporary file is left
  ///   beside it); only a direct write to a pipe or device can have been partly done.
  @discardableResult
  public static func write(
    papers: [Paper], format: ExportFormat, to path: String, force: Bool = false,
    append: Bool = false, marks: Marks = Marks()
  ) throws(ExportError) -> ExportSummary {
    guard !papers.isEmpty else { throw .emptySelection }
    if append && !format.supportsAppend { throw .appendUnsupported(format) }
    if path == "-" {
      let text = Exporter.document(for: papers, format: format, marks: marks)
      try writeDirectly(text, toDescriptor: STDOUT_FILENO, path: "stdout")
      return ExportSummary(exported: papers.count, destination: "stdout")
    }
    switch kind(of: path) {
    case .special:
      let text = Exporter.document(for: papers, format: format, marks: marks)
      try writeDirectly(text, to: path)
      return ExportSummary(exported: papers.count, destination: path)
    case .directory:
      throw .isDirectory(path)
    case .missing:
      let folder = self.folder(of: path)
      guard kind(of: folder) == .directory else { throw .noSuchFolder(folder) }
      let text = Exporter.document(for: papers, format: format, marks: marks)
      try replaceAtomically(path, with: text, mayReplace: false, mode: nil)
      return ExportSummary(exported: papers.count, destination: path)
    case .regular(let target, let mode):
      if append {
        let existing = try readText(target, shownAs: path)
        let present = Exporter.exportedIDs(in: existing, format: format)
        let fresh = papers.filter { !present.contains($0.id) }
        let skipped = papers.count - fresh.count
        guard !fresh.isEmpty else {
          return ExportSummary(exported: 0, alreadyPresent: skipped, destination: path)
        }
        let addition = Exporter.appendix(for: fresh, format: format, existing: existing)
        try replaceAtomically(target, with: existing + addition, mayReplace: true, mode: mode)
        return ExportSummary(exported: fresh.count, alreadyPresent: skipped, destination: path)
      }
      guard force else { throw .fileExists(path) }
      let text = Exporter.document(for: papers, format: format, marks: marks)
      try replaceAtomically(target, with: text, mayReplace: true, mode: mode)
      return ExportSummary(exported: papers.count, destination: path)
    }
  }

  // MARK: - What the path is

  enum Kind: Equatable {
    case missing
    case directory
    /// A regular file (`target` is the path with symbolic links resolved).
    case regular(target: String, mode: mode_t)
    case special
  }

  static func kind(of path: String) -> Kind {
    if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") {
      // `/dev/stdout` and `/proc/self/fd/1` are links to whatever the descriptor is, a file
      // included: write through them. A plain file there (`/dev/shm/x.bib`) is a file.
      var link = stat()
      if lstat(path, &link) == 0 && (link.st_mode & S_IFMT) != S_IFREG {
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return .directory }
        return .special
      }
    }
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      return .regular(target: target, mode: info.st_mode & 0o7777)
    case S_IFDIR:
      return .directory
    default:
      return .special
    }
  }

  private static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  // MARK: - Writing

  private static func writeDirectly(_ text: String, to path: String) throws(ExportError) {
    // O_APPEND: `/dev/stdout` redirected with `>>` reopens the file, which must not be
    // overwritten from its start.
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
    guard descriptor >= 0 else { throw .io(path, reason(errno)) }
    defer { close(descriptor) }
    try writeDirectly(text, toDescriptor: descriptor, path: path)
  }

  private static func writeDirectly(
    _ text: String, toDescriptor descriptor: Int32, path: String
  ) throws(ExportError) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return systemWrite(descriptor, base + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw .io(path, reason(errno))
      }
      offset += written
    }
  }

  /// Writes a temporary file beside `path`, then renames it over `path` (`mayReplace`) or links
  /// it to `path` so an existing file is never clobbered.
  private static func replaceAtomically(
    _ path: String, with text: String, mayReplace: Bool, mode: mode_t?
  ) throws(ExportError) {
    let folder = self.folder(of: path)
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let temporary = "\(folder)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw .io(path, reason(errno)) }
    var removeTemporary = true
    defer { if removeTemporary { unlink(temporary) } }
    do {
      try writeDirectly(text, toDescriptor: descriptor, path: path)
    } catch {
      close(descriptor)
      throw error
    }
    if let mode { fchmod(descriptor, mode) }
    let synced = fsync(descriptor) == 0
    let syncError = errno
    close(descriptor)
    guard synced else { throw .io(path, reason(syncError)) }
    if mayReplace {
      guard rename(temporary, path) == 0 else { throw .io(path, reason(errno)) }
      removeTemporary = false
    } else if link(temporary, path) != 0 {
      let linkError = errno
      if linkError == EEXIST { throw .fileExists(path) }
      // File systems without hard links: fall back to a checked rename.
      guard linkError == EPERM || linkError == ENOTSUP || linkError == EOPNOTSUPP else {
        throw .io(path, reason(linkError))
      }
      if kind(of: path) != .missing { throw .fileExists(path) }
      guard rename(temporary, path) == 0 else { throw .io(path, reason(errno)) }
      removeTemporary = false
    }
    syncFolder(folder)
  }

  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func readText(_ path: String, shownAs shown: String) throws(ExportError)
    -> String
  {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .io(shown, "cannot read: \(error.localizedDescription)")
    }
    guard let text = String(data: data, encoding: .utf8) else { throw .notText(shown) }
    return text
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
