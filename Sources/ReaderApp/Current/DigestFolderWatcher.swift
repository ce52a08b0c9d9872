import Dispatch
import Foundation
import ReaderCore

/// Notices, off the session's thread, that the digest files changed on disk (a new day
/// arrived, a file was rewritten) and posts ``ReaderAction/digestsChangedOnDisk`` once, so
/// the status bar can say that `R` would read them.
///
/// It compares the `*.md` files under the watched paths by size and modification time every
/// ``interval`` seconds; ``rebase()`` (after a reload) takes the current files as read.
public final class DigestFolderWatcher: @unchecked Sendable {
  /// Files and folders watched, as given on the command line or in the config.
  public let paths: [String]
  /// Seconds between two looks.
  public let interval: TimeInterval
  private let lock = NSLock()
  private var baseline: [String: FileStamp] = [:]
  private var announced = false
  private var timer: DispatchSourceTimer?

  /// What identifies a file's version cheaply.
  struct FileStamp: Hashable {
    var size: Int
    var modified: Date
  }

  /// Watches `paths` from their current state (call ``start(posting:)`` to begin).
  public init(paths: [String], interval: TimeInterval = 2) {
    self.paths = paths.filter { $0 != "-" }
    self.interval = interval
    baseline = DigestFolderWatcher.stamps(of: self.paths)
  }

  deinit { timer?.cancel() }

  /// Starts looking every ``interval`` seconds; `post` gets the action (on another thread).
  public func start(posting post: @escaping @Sendable (ReaderAction) -> Void) {
    let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
    timer.schedule(deadline: .now() + interval, repeating: interval)
    timer.setEventHandler { [weak self] in
      if self?.hasChanged() == true { post(.digestsChangedOnDisk) }
    }
    self.timer = timer
    timer.resume()
  }

  /// `true` the first time the files differ from the baseline (not again until ``rebase()``).
  public func hasChanged() -> Bool {
    let current = DigestFolderWatcher.stamps(of: paths)
    lock.lock()
    defer { lock.unlock() }
    guard !announced, current != baseline else { return false }
    announced = true
    return true
  }

  /// Takes the files as they are now as read (after a reload).
  public func rebase() {
    let current = DigestFolderWatcher.stamps(of: paths)
    lock.lock()
    baseline = current
    announced = false
    lock.unlock()
  }

  /// Size and modification time of every `*.md` file under `paths`.
  static func stamps(of paths: [String]) -> [String: FileStamp] {
    let fileManager = FileManager.default
    var result: [String: FileStamp] = [:]
    func add(_ url: URL) {
      let values = try? url.resourceValues(forKeys: [
        .fileSizeKey, .contentModificationDateKey, .isRegularFileKey,
      ])
      guard values?.isRegularFile == true else { return }
      result[url.path] = FileStamp(
        size: values?.fileSize ?? 0, modified: values?.contentModificationDate ?? .distantPast)
    }
    for path in paths {
      var isFolder: ObjCBool = false
      guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
      let url = URL(fileURLWithPath: path)
      guard isFolder.boolValue else {
        add(url)
        continue
      }
      let enumerator = fileManager.enumerator(
        at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
      while let item = enumerator?.nextObject() as? URL {
        if item.pathExtension == "md" { add(item) }
      }
    }
    return result
  }
}
