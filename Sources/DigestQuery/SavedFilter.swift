/// A named query kept in the config, listed with its current count (`F` in the reader).
///
/// ```swift
/// let saved = SavedFilter(name: "tracking", query: "tracking -medical is:unread")
/// let count = try index.filter(saved.parsed(), marks: marks, today: today).count
/// ```
public struct SavedFilter: Hashable, Sendable, Codable {
  /// The name shown in the list.
  public var name: String
  /// The query text, as the user wrote it.
  public var query: String

  /// Creates a saved filter.
  public init(name: String, query: String) {
    self.name = name
    self.query = query
  }

  /// The parsed query.
  ///
  /// - Throws: ``QueryError`` when the saved text is malformed.
  public func parsed() throws(QueryError) -> Query { try Query(parsing: query) }
}
