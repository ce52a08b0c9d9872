extension Query {
  /// `true` when the query has an `is:` term, so its result changes when marks change.
  public var dependsOnMarks: Bool { Query.usesMarks(root) }

  private static func usesMarks(_ node: QueryNode) -> Bool {
    switch node {
    case .all: return false
    case .term(.read), .term(.unread), .term(.starred), .term(.unstarred): return true
    case .term(.text), .term(.id), .term(.category), .term(.date), .term(.announced):
      return false
    case .not(let child): return usesMarks(child)
    case .and(let children), .or(let children): return children.contains(where: usesMarks)
    }
  }
}
