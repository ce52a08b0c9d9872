import ArxivDigest

/// One entry of the append-only event log: what changed, when, and what it replaced.
///
/// Every change to marks is recorded as one event in the same transaction as the change. A plain
/// change sets every id to the same value; an undo or a redo sets each id to its own value and
/// names the event it is about in ``target``.
///
/// ```json
/// {"uuid":"6f1c…","time":"2026-11-25T13:20:33.123Z","action":"star","kind":"starred",
///  "ids":["1912.11474"],"values":[true],"previous":[false]}
/// ```
public struct MarkEvent: Hashable, Sendable, Codable {
  /// What the user did.
  public enum Action: String, Hashable, Sendable, Codable, CaseIterable {
    case read
    case unread
    case star
    case unstar
    /// Reverted the event named by ``MarkEvent/target``.
    case undo
    /// Re-applied the event named by ``MarkEvent/target``.
    case redo

    /// The action of a plain change.
    public init(_ change: MarkChange) {
      switch (change.kind, change.value) {
      case (.read, true): self = .read
      case (.read, false): self = .unread
      case (.starred, true): self = .star
      case (.starred, false): self = .unstar
      }
    }
  }

  /// A unique id, kept when the event is exported and imported elsewhere.
  public var uuid: String
  /// When the event happened.
  public var time: Timestamp
  /// What the user did.
  public var action: Action
  /// The mark the event changed.
  public var kind: MarkKind
  /// The papers, in the order given.
  public var ids: [ArxivID]
  /// The value each paper's mark was set to (parallel to ``ids``).
  public var values: [Bool]
  /// The value each paper's mark had before (parallel to ``ids``).
  public var previous: [Bool]
  /// For ``Action/undo`` and ``Action/redo``: the `uuid` of the event undone or redone;
  /// `nil` otherwise.
  public var target: String?

  /// Creates an event.
  public init(
    uuid: String, time: Timestamp, action: Action, kind: MarkKind, ids: [ArxivID],
    values: [Bool], previous: [Bool], target: String? = nil
  ) {
    self.uuid = uuid
    self.time = time
    self.action = action
    self.kind = kind
    self.ids = ids
    self.values = values
    self.previous = previous
    self.target = target
  }

  /// The change a plain event made (all ids set to the first value); `nil` when the event has
  /// no ids.
  public var change: MarkChange? {
    guard let value = values.first else { return nil }
    return MarkChange(kind, value, ids: ids)
  }
}
