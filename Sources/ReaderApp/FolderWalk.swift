import ArxivDigest
import Foundation

/// The `*.md` files below a folder, symbolic links followed, each folder read once.
///
/// A folder or file reached twice (a link cycle, two links to one file) is taken once, by its
/// device and inode. Hidden names (`.git`, `.draft.md`) are skipped. A subfolder that cannot
/// be read is left out with a note instead of stopping the walk.
struct FolderWalk {
  let fileManager: FileManager
  /// Paths of the files found, in the form `folder/relative/path.md`, unsorted.
  private(set) var found: [String] = []
  /// One line per subfolder left out.
  private(set) var notes: [String] = []
  private var seen = Set<FileIdentity>()

  init(fileManager: FileManager) { self.fileManager = fileManager }

  /// Adds the files below `folder` (shown as given).
  mutating func visit(_ folder: String) {
    guard let identity = FileIdentity(path: folder), seen.insert(identity).inserted else {
      return
    }
    let names: [String]
    do {
      names = try fileManager.contentsOfDirectory(atPath: folder)
    } catch {
      notes.append("skipped \(PlainText.escaped(folder)): permission denied")
      return
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = prefix + name
      var isDirectory: ObjCBool = false
      // `fileExists` follows links; a dangling link is not there.
      guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        if fileManager.isExecutableFile(atPath: path), fileManager.isReadableFile(atPath: path) {
          visit(path)
        } else {
          notes.append("skipped \(PlainText.escaped(path)): permission denied")
        }
      } else if name.hasSuffix(".md"), let file = FileIdentity(path: path),
        seen.insert(file).inserted
      {
        found.append(path)
      }
    }
  }
}

/// A file's device and inode, after links: the same for every path that reaches it.
struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64

  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
