import ArxivDigest

extension ReaderState {
  /// Asks the store to flip `kind` on the selected paper.
  mutating func toggle(_ kind: MarkKind) -> [ReaderEffect] {
    guard let paper = selectedPaper else {
      status = "no paper selected"
      return []
    }
    guard !isReadOnly else { return refuseReadOnly() }
    let isSet: Bool
    switch kind {
    case .read: isSet = marks.isRead(paper.id)
    case .starred: isSet = marks.isStarred(paper.id)
    }
    return [.applyMark(MarkChange(kind, !isSet, ids: [paper.id]), papers: [paper])]
  }

  /// `effects` without mark changes when the state is read-only, saying so when one was
  /// dropped.
  mutating func readOnlyChecked(_ effects: [ReaderEffect]) -> [ReaderEffect] {
    guard isReadOnly else { return effects }
    let kept = effects.filter {
      if case .applyMark = $0 { return false }
      return true
    }
    if kept.count != effects.count { _ = refuseReadOnly() }
    return kept
  }

  /// Says marks cannot change; asks the store nothing.
  mutating func refuseReadOnly() -> [ReaderEffect] {
    status = "state is read-only: marks cannot be changed"
    return []
  }
}
