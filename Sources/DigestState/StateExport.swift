import ArxivDigest

/// The state as one JSON document: what `digest state export` writes and `state import` merges.
///
/// ```json
/// {"format":"digest-state","version":1,"exported":"2026-11-25T13:20:33.123Z",
///  "marks":[{"id":"1912.11474","read":true,"readChanged":"2026-11-25T13:00:00.000Z",
///            "starred":false}],
///  "events":[…],
///  "papers":[{"id":"1912.11474","title":"Audio-Visual Embodied Navigation",…}]}
/// ```
///
/// Absent values (`readChanged` of a paper never marked read, an event's `target`) are left
/// out.
public struct StateExport: Hashable, Sendable, Codable {
  /// The mark of one paper and when each part of it last changed.
  public struct Mark: Hashable, Sendable, Codable {
    /// The paper.
    public var id: ArxivID
    /// Whether it is marked read.
    public var read: Bool
    /// When the read mark was last set or cleared; `nil` when it never was.
    public var readChanged: Timestamp?
    /// Whether it is starred.
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

  /// What the store remembers of a paper marked with its details (so that starred papers can
  /// be exported without their digest).
  public struct Paper: Hashable, Sendable, Codable {
    /// The fields of ``ArxivDigest/Paper`` of the same names (`pdf` is `pdfURL`).
    public var id: ArxivID
    /// The version the digest named, or `nil`.
    public var version: Int?
    /// The title, LaTeX kept.
    public var title: String
    /// The abstract; empty when the digest had none.
    public var abstract: String
    /// The digest's category.
    public var category: String
    /// The digest day the paper was listed on.
    public var date: DigestDay
    /// The entry number in its digest.
    public var number: Int
    /// The PDF link the digest gave, or `nil`.
    public var pdf: String?
    /// `path:line:column` of the entry in the digest it was read from.
    public var source: String
    /// Authors, where the digest listed them.
    public var authors: [String]?
    /// All categories, where the digest listed them.
    public var categories: [String]?
    /// The author's comment line, or `nil`.
    public var comments: String?
    /// When these details were saved.
    public var remembered: Timestamp

    /// The details of `paper`, saved at `remembered`.
    public init(_ paper: ArxivDigest.Paper, remembered: Timestamp) {
      id = paper.id
      version = paper.version
      title = paper.title
      abstract = paper.abstract
      category = paper.category
      date = paper.date
      number = paper.number
      pdf = paper.pdfURL
      source = paper.source.description
      authors = paper.authors
      categories = paper.categories
      comments = paper.comments
      self.remembered = remembered
    }

    /// The paper these details describe.
    public var paper: ArxivDigest.Paper {
      ArxivDigest.Paper(
        id: id, version: version, title: title, abstract: abstract, category: category,
        date: date, number: number, pdfURL: pdf, source: Paper.location(source),
        authors: authors, categories: categories, comments: comments)
    }

    /// Splits `path:line:column` from the right, so that paths may contain colons.
    static func location(_ text: String) -> SourceLocation {
      let parts = text.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count >= 3, let line = Int(parts[parts.count - 2]),
        let column = Int(parts[parts.count - 1])
      else { return SourceLocation(path: text, line: 1) }
      return SourceLocation(
        path: parts.dropLast(2).joined(separator: ":"), line: line, column: column)
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
  /// Remembered paper details, sorted by id; empty when the document has none.
  public var papers: [Paper]

  /// Creates a document.
  public init(exported: Timestamp, marks: [Mark], events: [MarkEvent], papers: [Paper] = []) {
    self.format = "digest-state"
    self.version = 1
    self.exported = exported
    self.marks = marks
    self.events = events
    self.papers = papers
  }

  private enum CodingKeys: String, CodingKey {
    case format, version, exported, marks, events, papers
  }

  /// Decodes a document; one without `papers` (they are optional) has none.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    format = try container.decode(String.self, forKey: .format)
    version = try container.decode(Int.self, forKey: .version)
    exported = try container.decode(Timestamp.self, forKey: .exported)
    marks = try container.decode([Mark].self, forKey: .marks)
    events = try container.decode([MarkEvent].self, forKey: .events)
    papers = try container.decodeIfPresent([Paper].self, forKey: .papers) ?? []
  }
}

/// What `state import` changed.
public struct ImportSummary: Hashable, Sendable {
  /// Events added to the log (events already there are skipped).
  public var addedEvents: Int
  /// Marks (read or starred, per paper) that took the imported value.
  public var changedMarks: Int
  /// Paper details saved because they were unknown here or newer.
  public var rememberedPapers: Int

  /// Creates a summary.
  public init(addedEvents: Int, changedMarks: Int, rememberedPapers: Int = 0) {
    self.addedEvents = addedEvents
    self.changedMarks = changedMarks
    self.rememberedPapers = rememberedPapers
  }
}
