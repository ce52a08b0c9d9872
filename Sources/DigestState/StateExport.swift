import ArxivDigest

/// The state as one JSON document: what `digest state export` writes and `state import` merges.
///
/// ```json
/// {"format":"digest-state","version":1,"exported":"2026-11-25T13:20:33.123Z",
///  "marks":[{"id":"1912.11474","read":true,"readChanged":"2026-11-25T13:00:00.000Z",
///            "starred":false}],
///  "events":[…]}
/// ```
public struct StateExport: Hashable, Sendable, Codable {
  /// The mark of one paper and when each part of it last changed.
  public struct Mark: Hashable, Sendable, Codable {
    public var id: ArxivID
    public var read: Bool
    /// When the read mark was last set or cleared; `nil` when it never was.
    public var readChanged: Timestamp?
    public var starred: Bool
    /// When the star was last set or cleared; `nil` when it never was.
    public var starredChanged: Timestamp?

    /// Creates an entry.
    public init(
      id: ArxivID, read: Bool, readChanged: Timestamp?, starred: Bool,
      starredChanged: Timestamp?
    ) {
      self.id = id
      self.read = read
      self.readChanged = readChanged
      self.starred = starred
      self.starredChanged = starredChanged
    }
  }

  /// Always `digest-state`.
  public var format: String
  /// The document version, 1.
  public var version: Int
  /// When the document was written.
  public var exported: Timestamp
  /// Every paper with a mark, sorted by id.
  public var marks: [Mark]
  /// The event log, oldest first.
  public var events: [MarkEvent]

  /// Creates a document.
  public init(exported: Timestamp, marks: [Mark], events: [MarkEvent]) {
    self.format = "digest-state"
    self.version = 1
    self.exported = exported
    self.marks = marks
    self.events = events
  }
}

/// What `state import` changed.
public struct ImportSummary: Hashable, Sendable {
  /// Events added to the log (events already there are skipped).
  public var addedEvents: Int
  /// Marks (read or starred, per paper) that took the imported value.
  public var changedMarks: Int

  /// Creates a summary.
  public init(addedEvents: Int, changedMarks: Int) {
    self.addedEvents = addedEvents
    self.changedMarks = changedMarks
  }
}
