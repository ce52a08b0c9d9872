import ArxivDigest

extension ReaderState {
  /// The links of the selected paper's abstract and comments, numbered from 1 in the detail
  /// pane; empty without a selection.
  public var selectedLinks: [String] {
    selectedPaper.map(PaperLinks.urls(of:)) ?? []
  }

  /// Opens the selected paper's PDF (`O`).
  mutating func openPDF() -> [ReaderEffect] {
    guard let paper = selectedPaper else {
      status = "no paper selected"
      return []
    }
    status = "opening \(paper.pdfLink)"
    return [.openURL(paper.pdfLink)]
  }

  /// Starts waiting for a link number (`f`), or says there is no link.
  mutating func beginFollow() {
    let links = selectedLinks
    guard selectedPaper != nil else {
      status = "no paper selected"
      return
    }
    guard !links.isEmpty else {
      status = "no links in this paper"
      return
    }
    menu = .follow
    let last = min(links.count, 9)
    status = last == 1 ? "follow link 1 (Esc cancels)" : "follow link 1–\(last) (Esc cancels)"
  }

  /// Opens link `number` of the selected paper.
  mutating func followLink(_ number: Int) -> [ReaderEffect] {
    menu = nil
    let links = selectedLinks
    guard links.indices.contains(number - 1) else {
      status = "no link \(number)"
      return []
    }
    status = "opening \(links[number - 1])"
    return [.openURL(links[number - 1])]
  }
}
