/// The user's marks on papers: which are read and which are starred, keyed by arXiv id.
///
/// Marks are keyed by id without version, so they survive new versions, days and files.
public struct Marks: Hashable, Sendable {
  public var read: Set<ArxivID>
  public var starred: Set<ArxivID>
  /// Papers marked read in bulk (a day, a view, a selection, `digest mark --batch`): read,
  /// but not looked at one by one.
  public var readInBulk: Set<ArxivID>

  public init(
    read: Set<ArxivID> = [], starred: Set<ArxivID> = [], readInBulk: Set<ArxivID> = []
  ) {
    self.read = read
    self.starred = starred
    self.readInBulk = readInBulk
  }

  public func isRead(_ id: ArxivID) -> Bool { read.contains(id) }
  public func isStarred(_ id: ArxivID) -> Bool { starred.contains(id) }

  /// Applies a change in place.
  public mutating func apply(_ change: MarkChange) {
    switch (change.kind, change.value) {
    case (.read, true):
      read.formUnion(change.ids)
      if change.source == .bulk {
        readInBulk.formUnion(change.ids)
      } else if !readInBulk.isEmpty {
        readInBulk.subtract(change.ids)
      }
    case (.read, false):
      read.subtract(change.ids)
      if !readInBulk.isEmpty { readInBulk.subtract(change.ids) }
    case (.starred, true): starred.formUnion(change.ids)
    case (.starred, false): starred.subtract(change.ids)
    }
  }
}

/// How a change of marks was made: other features tell a paper the user looked at from one
/// marked in bulk.
public enum MarkSource: String, Hashable, Sendable, Codable, CaseIterable {
  /// Opened in the reader (Enter).
  case opened
  /// Left after reading it (`n`, `N`, Esc with `mark_read_on_leave`).
  case left
  /// A key on one paper (`r`, `s`).
  case key
  /// Many papers at once: a day, a view, a selection, `digest mark --batch`.
  case bulk
  /// `digest mark` with ids.
  case command
}

/// What a mark is about.
public enum MarkKind: String, Hashable, Sendable, Codable, CaseIterable {
  case read
  case starred
}

/// One user intent on marks: set `kind` to `value` for `ids` (one undoable event).
///
/// ```swift
/// MarkChange(.starred, true, ids: [ArxivID("1912.11474")!])   // star one paper
/// ```
public struct MarkChange: Hashable, Sendable {
  public var kind: MarkKind
  public var value: Bool
  public var ids: [ArxivID]
  /// How the change was made; for reads, the state keeps it per paper.
  public var source: MarkSource

  public init(_ kind: MarkKind, _ value: Bool, ids: [ArxivID], source: MarkSource = .key) {
    self.kind = kind
    self.value = value
    self.ids = ids
    self.source = source
  }

  /// A short past-tense summary for status lines: `starred 1912.11474`, `marked 3 papers read`.
  public var summary: String {
    let subject = ids.count == 1 ? ids[0].rawValue : "\(ids.count) papers"
    switch (kind, value) {
    case (.read, true): return "marked \(subject) read"
    case (.read, false): return "marked \(subject) unread"
    case (.starred, true): return "starred \(subject)"
    case (.starred, false): return "unstarred \(subject)"
    }
  }
}
