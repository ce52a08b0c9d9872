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

  /// Says marks cannot change; asks the store nothing.
  mutating func refuseReadOnly() -> [ReaderEffect] {
    status = "state is read-only: marks cannot be changed"
    return []
  }
}
