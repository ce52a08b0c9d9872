/// Why a response body could not be read as the feed that was asked for.
public enum FeedError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The body is not the expected format (an HTML error page, an empty body); the associated
  /// value names what it is.
  case notAFeed(String)
  /// The body starts as the feed but stops before its end.
  case cutShort
  /// The arXiv API answered with an error entry; the associated value is its message.
  case apiError(String)

  /// One line for the user: `the feed is cut short`.
  public var description: String {
    switch self {
    case .notAFeed(let what): return "not an RSS or Atom feed (\(what))"
    case .cutShort: return "the feed is cut short"
    case .apiError(let message): return "the arXiv API reports an error: \(message)"
    }
  }
}
