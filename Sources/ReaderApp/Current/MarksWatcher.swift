import ArxivDigest
import DigestState
import Foundation

/// Notices marks changed by another process (a second reader, `digest mark` in a script) by
/// asking SQLite whether another connection committed (`PRAGMA data_version`): one cheap
/// query per check, the marks read only when they did change.
///
/// The session checks on its own thread, when idle (at most every ``interval``) and before
/// each key, so the reader's toggles always start from the current marks and no result can
/// overtake one of the reader's own commits.
public final class MarksWatcher {
  /// The store watched.
  public let store: any MarkStore
  /// The least time between two idle checks.
  public let interval: TimeInterval
  private var token: Int?
  private var lastCheck = Date.distantPast

  /// Starts watching `store` from its current state.
  public init(store: any MarkStore, interval: TimeInterval = 0.25) {
    self.store = store
    self.interval = interval
    self.token = try? store.externalChangeToken()
  }

  /// The store's marks when another process changed them since the last check, else `nil`.
  ///
  /// - Parameter force: Check even when the last check was less than ``interval`` ago.
  public func changedMarks(force: Bool = false) -> Marks? {
    let now = Date()
    guard force || now.timeIntervalSince(lastCheck) >= interval else { return nil }
    lastCheck = now
    guard let current = try? store.externalChangeToken(), current != token else { return nil }
    token = current
    return try? store.marks()
  }
}
