import ArxivDigest

/// A parsed query as a tree of conditions.
indirect enum QueryNode: Hashable, Sendable {
  /// Matches every paper (the empty query).
  case all
  case term(QueryTerm)
  case not(QueryNode)
  case and([QueryNode])
  case or([QueryNode])
}

/// Where a text term looks.
enum TextField: Hashable, Sendable {
  /// Title or abstract (a bare word or phrase).
  case titleOrAbstract
  case title
  case abstract
  case authors
}

/// One condition on a paper.
enum QueryTerm: Hashable, Sendable {
  /// A case- and accent-folded substring of a text field (`original` as the user wrote it).
  case text(TextField, folded: [UInt8], original: String)
  /// A prefix of the arXiv id, lower-cased.
  case id(String)
  /// A category or a category prefix ending at a dot (`cs` matches `cs.CV`), lower-cased.
  case category(String)
  case date(DateRange)
  case read
  case unread
  case starred
  case unstarred
  /// Papers whose ``Paper/announceType`` is one of these (`is:new`, `is:cross`,
  /// `is:replaced`).
  case announced(Set<AnnounceType>)
}

/// A range of days, each end absolute or relative to the day of filtering; `nil` is open.
struct DateRange: Hashable, Sendable {
  enum Bound: Hashable, Sendable {
    /// Days since 1970-01-01.
    case day(Int)
    /// This many days before today.
    case daysAgo(Int)

    func resolved(today: DigestDay) -> Int {
      switch self {
      case .day(let day): day
      case .daysAgo(let count): today.daysSinceEpoch - count
      }
    }
  }

  var lower: Bound?
  var upper: Bound?
}
