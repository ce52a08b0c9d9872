import ArxivDigest
import ReaderCore
import ReaderUI
import Testing

/// State → screen buffer → text, at the sizes the reader must handle.
@Suite struct RenderTests {
  static let marks = Marks(read: [Papers.id(3)], starred: [Papers.id(1)])

  @Test func wideTerminalShowsListAndDetailSideBySideWithDayHeaders() {
    let buffer = rendered(
      state(Papers.twoDays, marks: Self.marks, [.moveDown]), width: 120, height: 40)
    #expect(
      buffer.text == #"""
        "cs.CV · Wed 25 Dec 2019 · 2/2                              │ 日本語のタイトル: 深層学習による画像認識 🎉 and café       "
        "• ★ 1912.10001  Audio-Visual Embodied Navigation in Acoust…│                                                            "
        "•   1912.10002  日本語のタイトル: 深層学習による画像認識 … │ id        1912.10002v1  unread                             "
        "cs.CV · Thu 26 Dec 2019 · 1/2                              │ category  cs.CV                                            "
        "    1912.10003  Dense RepPoints                            │ date      Wed 25 Dec 2019                                  "
        "•   1912.10004  Graph networks for scene understanding     │ abs       https://arxiv.org/abs/1912.10002                 "
        "                                                           │ pdf       https://arxiv.org/pdf/1912.10002                 "
        "                                                           │                                                            "
        "                                                           │ An abstract.                                               "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        "                                                           │                                                            "
        " 2/4 · 3 unread · 1 ★                                    j/k move  Enter open  / filter  r read  s star  ? help  q quit "
        """#)
    #expect(buffer[2, 0].element == .listSelected)
    #expect(buffer[1, 2].element == .star)
    #expect(buffer[4, 0].element == .listRead)
    #expect(buffer[5, 4].element == .listUnread)
    #expect(buffer[0, 61].element == .detailTitle)
    #expect(buffer[5, 71].element == .detailLink)
    #expect(buffer[39, 0].element == .status)
  }

  @Test func selectionDimsWhileTheDetailPaneHasTheKeyboard() {
    let listFocused = rendered(state(Papers.twoDays, [.moveDown]), width: 120, height: 40)
    let detailFocused = rendered(
      state(Papers.twoDays, [.moveDown, .switchPane]), width: 120, height: 40)
    #expect(listFocused[2, 10].element == .listSelected)
    #expect(detailFocused[2, 10].element == .listSelectedInactive)
    #expect((0..<39).map(listFocused.line) == (0..<39).map(detailFocused.line))
  }

  @Test func statusShowsHowFarTheDetailIsScrolled() {
    var reading = state(Papers.sample, [.open])
    let size = Size(width: 40, height: 10)
    _ = reading.reduce(.setViewport(ReaderView().viewport(for: reading, size: size)))
    #expect(
      rendered(reading, width: 40, height: 10).line(9).hasPrefix(
        " 1/4 · 4 unread · 0 ★ · detail 42% "))
    _ = reading.reduce(.moveToLast)
    #expect(
      rendered(reading, width: 40, height: 10).line(9).hasPrefix(
        " 1/4 · 4 unread · 0 ★ · detail 100% "))
  }

  @Test func filterMatchesAreHighlightedInListAndDetail() {
    let buffer = rendered(
      state(Papers.sample, [.beginFilter, .editFilter("navig"), .applyFilter]), width: 120,
      height: 12)
    #expect(buffer.line(0).hasPrefix("•   1912.10001  Audio-Visual Embodied Navigation in"))
    let listRun = (38..<43).map { buffer[0, $0].element }
    #expect(listRun == [.match, .match, .match, .match, .match])
    #expect(buffer[0, 37].element == .listSelected)
    #expect(buffer[0, 43].element == .listSelected)
    #expect(buffer.line(0).dropFirst(61).hasPrefix("Audio-Visual Embodied Navigation in"))
    #expect((83..<88).map { buffer[0, $0].element } == [.match, .match, .match, .match, .match])
    #expect(buffer[0, 82].element == .detailTitle)
  }

  static let latexPaper = Papers.paper(
    1, title: #"$\alpha$-divergence bounds"#,
    abstract: #"\textbf{Dense RepPoints} run in $\mathcal{O}(n^2)$ with \texttt{code}."#)

  @Test func latexIsTypesetWithStyleElementsUntilLTogglesTheSource() {
    let typeset = rendered(state([Self.latexPaper]), width: 120, height: 12)
    #expect(typeset.line(0).hasPrefix("•   1912.10001  α-divergence bounds "))
    #expect(typeset.line(8).dropFirst(61).hasPrefix("Dense RepPoints run in 𝒪(n²) with code."))
    #expect((61..<76).map { typeset[8, $0].element } == Array(repeating: .bold, count: 15))
    #expect(typeset[8, 76].element == .detailText)
    #expect((95..<99).map { typeset[8, $0].element } == Array(repeating: .code, count: 4))

    let raw = rendered(state([Self.latexPaper], [.toggleLaTeX]), width: 120, height: 12)
    #expect(raw.line(0).hasPrefix("•   1912.10001  $\\alpha$-divergence bounds "))
    #expect(raw.line(8).dropFirst(61).hasPrefix(#"\textbf{Dense RepPoints} run in"#))
    #expect(raw.line(11).contains("showing LaTeX as written"))
  }

  @Test func commentsAreTypesetLikeTheAbstract() {
    var paper = Self.latexPaper
    paper.comments = #"Accepted at $\beta$-CVPR"#
    let typeset = rendered(state([paper]), width: 120, height: 12)
    #expect(typeset.text.contains("comments  Accepted at β-CVPR"))
    let raw = rendered(state([paper], [.toggleLaTeX]), width: 120, height: 12)
    #expect(raw.text.contains(#"comments  Accepted at $\beta$-CVPR"#))
  }

  @Test func standardTerminalStacksListAboveDetail() {
    let buffer = rendered(
      state(Papers.sample, marks: Self.marks, [.moveDown]), width: 80, height: 24)
    #expect(
      buffer.text == #"""
        "• ★ 1912.10001  Audio-Visual Embodied Navigation in Acoustically Realistic Thre…"
        "•   1912.10002  日本語のタイトル: 深層学習による画像認識 🎉 and café            "
        "    1912.10003  Dense RepPoints                                                 "
        "•   1912.10004  Graph networks for scene understanding                          "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "────────────────────────────────────────────────────────────────────────────────"
        " 日本語のタイトル: 深層学習による画像認識 🎉 and café                           "
        "                                                                                "
        " id        1912.10002v1  unread                                                 "
        " category  cs.CV                                                                "
        " date      Wed 25 Dec 2019                                                      "
        " abs       https://arxiv.org/abs/1912.10002                                     "
        " pdf       https://arxiv.org/pdf/1912.10002                                     "
        "                                                                                "
        " An abstract.                                                                   "
        "                                                                                "
        "                                                                                "
        " 2/4 · 3 unread · 1 ★    j/k move  Enter open  / filter  r read  s star  ? help "
        """#)
  }

  @Test func smallTerminalWithElements() {
    let buffer = rendered(state(Papers.sample, marks: Self.marks), width: 40, height: 12)
    #expect(
      buffer.snapshot == #"""
        "• ★ 1912.10001  Audio-Visual Embodied N…"
        "•   1912.10002  日本語のタイトル: 深層… "
        "    1912.10003  Dense RepPoints         "
        "•   1912.10004  Graph networks for scen…"
        "                                        "
        "────────────────────────────────────────"
        " Audio-Visual Embodied Navigation in    "
        " Acoustically Realistic                 "
        " Three-Dimensional Homes                "
        "                                        "
        " id        1912.10001v1 ★ starred       "
        " 1/4 · 3 unread · 1 ★          j/k move "
        elements:
          row 0 col 0..<40 list.selected
          row 1 col 0..<39 list.unread
          row 2 col 0..<31 list.read
          row 3 col 0..<40 list.unread
          row 5 col 0..<40 divider
          row 6 col 1..<36 detail.title
          row 7 col 1..<23 detail.title
          row 8 col 1..<24 detail.title
          row 10 col 1..<3 detail.label
          row 10 col 11..<23 detail.text
          row 10 col 24..<33 star
          row 11 col 0..<40 status
        """#)
  }

  @Test func detailTakesTheWholeNarrowScreenWhenFocused() {
    let buffer = rendered(
      state(Papers.sample, marks: Self.marks, [.moveDown, .switchPane]), width: 40, height: 12)
    #expect(
      buffer.text == #"""
        " 日本語のタイトル:                      "
        " 深層学習による画像認識 🎉 and café     "
        "                                        "
        " id        1912.10002v1  unread         "
        " category  cs.CV                        "
        " date      Wed 25 Dec 2019              "
        " abs                                    "
        " https://arxiv.org/abs/1912.10002       "
        " pdf                                    "
        " https://arxiv.org/pdf/1912.10002       "
        "                                        "
        " 2/4 · 3 unread · 1 ★ · detail 91%      "
        """#)
  }

  @Test func emptyResultSaysSoAndCountsZero() {
    let buffer = rendered(
      state(Papers.sample, marks: Self.marks, [.beginFilter, .editFilter("zebra")]),
      width: 80, height: 24)
    #expect(
      buffer.text == #"""
        " No papers match “zebra”.                                                       "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "────────────────────────────────────────────────────────────────────────────────"
        " No paper selected.                                                             "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "/zebra                                                                      0/4 "
        " 0/0 · 0 of 3 unread · 1 ★                                Enter keep  Esc clear "
        """#)
  }

  @Test func helpIsGeneratedFromTheKeymap() {
    let buffer = rendered(state(Papers.sample, [.toggleHelp]), width: 80, height: 24)
    #expect(
      buffer.text == #"""
        " Keys  (Esc or ? closes, j/k scroll)                                            "
        "                                                                                "
        "   j ↓               next paper; in the detail or help, scroll down             "
        "   k ↑               previous paper; in the detail or help, scroll up           "
        "   g Home            first paper (top of the text)                              "
        "   G End             last paper (end of the text)                               "
        "   Ctrl-D            half a page down                                           "
        "   Ctrl-U            half a page up                                             "
        "   PgDn Space        a page down                                                "
        "   PgUp              a page up                                                  "
        "   Enter             open the paper in the detail pane and mark it read         "
        "   Tab               switch between list and detail                             "
        "   /                 filter papers by words                                     "
        "   Esc               back: close help, leave the detail, clear the filter       "
        "   r                 mark read or unread                                        "
        "   s                 star or unstar                                             "
        "   n                 next unread paper (wraps around)                           "
        "   N                 previous unread paper (wraps around)                       "
        "   u                 undo the last mark                                         "
        "   Ctrl-R            redo the last undone mark                                  "
        "   o                 open the abstract page in the browser                      "
        "   L                 show LaTeX typeset or as written                           "
        "   e                 export the starred papers (format and path asked)          "
        " 1/4 · 4 unread · 0 ★                                  j/k move  ? help  q quit "
        """#)
  }

  @Test func belowTheMinimumSizeOnlyANoteIsShown() {
    let buffer = rendered(state(Papers.sample), width: 39, height: 9)
    #expect(
      buffer.text == #"""
        "                                       "
        "                                       "
        "                                       "
        "          terminal too small           "
        "              need 40x10               "
        "                                       "
        "                                       "
        "                                       "
        "                                       "
        """#)
  }

  struct SizeCase: CustomTestStringConvertible, Sendable {
    var width: Int
    var height: Int
    var testDescription: String { "\(width)x\(height)" }
  }

  @Test(arguments: [
    SizeCase(width: 0, height: 0), SizeCase(width: 1, height: 1), SizeCase(width: 2, height: 1),
    SizeCase(width: 1, height: 40), SizeCase(width: 300, height: 1),
    SizeCase(width: 40, height: 10),
    SizeCase(width: 119, height: 10), SizeCase(width: 120, height: 10),
    SizeCase(width: 41, height: 200),
  ])
  func anySizeRendersWithoutCrashing(_ size: SizeCase) {
    for actions: [ReaderAction] in [
      [], [.toggleHelp], [.switchPane], [.beginFilter, .editFilter("x")],
    ] {
      let buffer = rendered(state(Papers.sample, actions), width: size.width, height: size.height)
      #expect(buffer.size == Size(width: size.width, height: size.height))
    }
  }

  @Test func tooSmallNoteAtOneByOneIsAnEllipsis() {
    #expect(rendered(state(Papers.sample), width: 1, height: 1).text == "\"…\"")
  }

  @Test func matchesAreHighlightedWithTheMatchElement() {
    let title = "Graph networks"
    let range = title.range(of: "net").map { [$0] } ?? []
    let glyphs = Glyph.glyphs(title, .listUnread, highlights: range)
    #expect(
      glyphs.map(\.element.rawValue).joined(separator: " ").contains(
        "list.unread match match match list.unread"))
    #expect(glyphs.filter { $0.element == .match }.map(\.character) == ["n", "e", "t"])
  }
}
