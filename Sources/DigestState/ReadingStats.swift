/// Reading figures for `digest stats`.
///
/// "Read" counts papers whose read mark is set now; a paper counts for today or this week when
/// its read mark was last set within that period.
public struct ReadingStats: Hashable, Sendable, Codable {
  /// Papers marked read since the start of today.
  public var readToday: Int
  /// Papers marked read since the start of this week.
  public var readThisWeek: Int
  /// Papers marked read, ever.
  public var readAllTime: Int
  /// Papers starred.
  public var starred: Int
  /// Papers of the inputs (distinct ids).
  public var inputPapers: Int
  /// Papers of the inputs not marked read.
  public var unreadInInputs: Int

  /// Creates figures.
  public init(
    readToday: Int, readThisWeek: Int, readAllTime: Int, starred: Int, inputPapers: Int,
    unreadInInputs: Int
  ) {
    self.readToday = readToday
    self.readThisWeek = readThisWeek
    self.readAllTime = readAllTime
    self.starred = starred
    self.inputPapers = inputPapers
    self.unreadInInputs = unreadInInputs
  }
}
