import ArxivDigest

extension ReaderState {
  /// The papers `y` and `Y` act on: the selection when there is one (every item then copies
  /// one line or one BibTeX entry per paper, in list order), else the paper under the cursor.
  public var yankPapers: [Paper] {
    guard selection.isEmpty else { return selectedIndices.map { papers[$0] } }
    return selectedPaper.map { [$0] } ?? []
  }

  /// Opens the yank menu for ``yankPapers``.
  mutating func beginYank() {
    guard !yankPapers.isEmpty else {
      status = "no paper selected"
      return
    }
    menu = .yank
  }

  /// Copies `item` of ``yankPapers`` and closes the menu.
  mutating func yank(_ item: YankItem) -> [ReaderEffect] {
    menu = nil
    let papers = yankPapers
    guard !papers.isEmpty else {
      status = "no paper selected"
      return []
    }
    return [.copyToClipboard(ClipboardRequest(item, of: papers))]
  }
}
