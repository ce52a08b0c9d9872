import DigestQuery

/// The list `F` opens: the config's saved filters with their counts when opened.
public struct SavedFilterPicker: Hashable, Sendable {
  /// One saved filter as listed.
  public struct Row: Hashable, Sendable {
    /// The filter.
    public var filter: SavedFilter
    /// Papers matching it now, or `nil` when the query does not parse.
    public var count: Int?
    /// Why the query does not parse, or `nil`.
    public var error: String?
    /// `true` for a watch list (`[watch]`), `false` for a saved filter.
    public var isWatch = false
  }

  /// The saved filters, in config order.
  public var filters: [SavedFilter]
  /// The rows as last counted (empty until shown).
  public internal(set) var rows: [Row] = []
  /// `true` while the list is shown.
  public internal(set) var isShown = false
  /// The highlighted row.
  public internal(set) var cursor = 0

  /// Creates a picker over `filters`, hidden.
  public init(filters: [SavedFilter] = []) { self.filters = filters }
}
