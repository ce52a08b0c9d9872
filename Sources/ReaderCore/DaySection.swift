import ArxivDigest

/// One run of consecutive papers of the same category and day: a day header in the list.
public struct DaySection: Hashable, Sendable {
  /// The digest's category (`cs.CV`).
  public var category: String
  /// The digest day.
  public var day: DigestDay
  /// Indices into ``ReaderState/papers``.
  public var range: Range<Int>

  /// Creates a section.
  public init(category: String, day: DigestDay, range: Range<Int>) {
    self.category = category
    self.day = day
    self.range = range
  }

  /// Splits papers into runs sharing category and day.
  ///
  /// - Complexity: O(n).
  public static func sections(of papers: [Paper]) -> [DaySection] {
    var result: [DaySection] = []
    var start = 0
    for index in papers.indices {
      let next = index + 1
      if next == papers.count || papers[next].category != papers[index].category
        || papers[next].date != papers[index].date
      {
        result.append(
          DaySection(category: papers[index].category, day: papers[index].date, range: start..<next)
        )
        start = next
      }
    }
    return result
  }
}
