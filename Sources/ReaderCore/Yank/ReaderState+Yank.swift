import ArxivDigest

extension ReaderState {
  /// The papers `y` and `Y` act on: the paper under the cursor.
  ///
  /// The yank menu works on a list so that a selection set (several papers chosen in the
  /// list) can take the cursor's place here: every item then copies one line or one BibTeX
  /// entry per paper.
  public var yankPapers: [Paper] {
    selectedPaper.map { [$0] } ?? []
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
