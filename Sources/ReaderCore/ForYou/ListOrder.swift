/// How the list orders the papers: `S` switches between them.
public enum ListOrder: String, Hashable, Sendable {
  /// Day by day, each day's papers in the digest's order.
  case day
  /// "For you": a day's unread papers by the ranking's score (watched ones first), then the
  /// papers already read or starred, dimmed.
  case forYou

  /// The name the status bar uses.
  public var displayName: String {
    switch self {
    case .day: return "day order"
    case .forYou: return "for you"
    }
  }
}

/// What "for you" ranks together (config `rank_within`).
public enum RankScope: String, Hashable, Sendable, CaseIterable {
  /// Within each day, under day headers (the default).
  case day
  /// One ranked list over every loaded day, without headers.
  case all
}
