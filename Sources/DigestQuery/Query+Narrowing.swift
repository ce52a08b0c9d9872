extension Query {
  /// `true` when every paper matching `self` also matches `previous`, judged conservatively:
  /// both are conjunctions of positive text terms, and each term of `previous` is contained in
  /// a term of `self` on the same field (`deep lea` → `deep lear`, `deep` → `deep tracking`).
  ///
  /// When it returns `true`, ``SearchIndex/filter(_:marks:today:among:)`` may re-filter the
  /// previous result instead of all papers. `false` says nothing.
  public func narrows(_ previous: Query) -> Bool {
    if previous.isEmpty { return true }
    guard let mine = Query.positiveConjunction(root),
      let theirs = Query.positiveConjunction(previous.root)
    else { return false }
    return theirs.allSatisfy { old in
      mine.contains { new in new.field == old.field && Query.contains(new.bytes, old.bytes) }
    }
  }

  private static func positiveConjunction(
    _ node: QueryNode
  ) -> [(field: TextField, bytes: [UInt8])]? {
    switch node {
    case .term(.text(let field, let folded, _)): return [(field, folded)]
    case .and(let children):
      var terms: [(field: TextField, bytes: [UInt8])] = []
      for child in children {
        guard let inner = positiveConjunction(child) else { return nil }
        terms.append(contentsOf: inner)
      }
      return terms
    default: return nil
    }
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    if needle.isEmpty { return true }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }
}
