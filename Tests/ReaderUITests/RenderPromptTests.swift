import ArxivDigest
import ReaderCore
import ReaderUI
import Testing

/// Snapshots of the export prompt, the read-only indicator and the filter's error line.
@Suite struct RenderPromptTests {
  static let marks = Marks(starred: [Papers.id(1), Papers.id(3)])

  @Test func exportPromptShowsTheFormatsAndThePathWithTheCursorAfterIt() {
    var prompted = state(Papers.sample, marks: Self.marks, [.beginExport, .export(.nextFormat)])
    let buffer = rendered(prompted, width: 80, height: 12)
    #expect(
      buffer.text == #"""
        "• ★ 1912.10001  Audio-Visual Embodied Navigation in Acoustically Realistic Thre…"
        "•   1912.10002  日本語のタイトル: 深層学習による画像認識 🎉 and café            "
        "• ★ 1912.10003  Dense RepPoints                                                 "
        "•   1912.10004  Graph networks for scene understanding                          "
        "────────────────────────────────────────────────────────────────────────────────"
        " Audio-Visual Embodied Navigation in Acoustically Realistic Three-Dimensional   "
        " Homes                                                                          "
        "                                                                                "
        " id        1912.10001v1  ★ starred  unread                                      "
        "export 2 starred papers as markdown [bibtex] csv json ris                       "
        "to ~/starred-2019-12-25.bib                                                     "
        " 1/4 · 4 unread · 2 ★                      Tab format  Enter export  Esc cancel "
        """#)
    #expect(buffer[9, 38].element == .listSelected)
    let size = Size(width: 80, height: 12)
    _ = prompted.reduce(.setViewport(ReaderView().viewport(for: prompted, size: size)))
    var fresh = ScreenBuffer(size: size)
    let cursor = ReaderView().render(prompted, into: &fresh)
    #expect(cursor?.row == 10)
    #expect(cursor?.column == 27)
  }

  @Test func exportPromptAsksBeforeOverwriting() {
    let asking = state(
      Papers.sample, marks: Self.marks,
      [
        .beginExport, .export(.confirm),
        .exportFinished(.fileExists(path: "~/starred-2019-12-25.md")),
      ])
    let buffer = rendered(asking, width: 80, height: 12)
    #expect(
      buffer.text == #"""
        "• ★ 1912.10001  Audio-Visual Embodied Navigation in Acoustically Realistic Thre…"
        "•   1912.10002  日本語のタイトル: 深層学習による画像認識 🎉 and café            "
        "• ★ 1912.10003  Dense RepPoints                                                 "
        "•   1912.10004  Graph networks for scene understanding                          "
        "────────────────────────────────────────────────────────────────────────────────"
        " Audio-Visual Embodied Navigation in Acoustically Realistic Three-Dimensional   "
        " Homes                                                                          "
        "                                                                                "
        " id        1912.10001v1  ★ starred  unread                                      "
        "export 2 starred papers as [markdown] bibtex csv json ris                       "
        "to ~/starred-2019-12-25.md  already exists: y overwrites, n edits the path      "
        " 1/4 · 4 unread · 2 ★  ~/starred-2019-12-25.md already exists       y overwrite "
        """#)
  }

  @Test func readOnlyStateIsShownInTheStatusBar() {
    var readOnly = ReaderState(
      papers: Papers.sample, marks: Self.marks, today: Papers.christmas, isReadOnly: true)
    _ = readOnly.reduce(.toggleStar)
    let buffer = rendered(readOnly, width: 80, height: 12)
    #expect(
      buffer.text == #"""
        "• ★ 1912.10001  Audio-Visual Embodied Navigation in Acoustically Realistic Thre…"
        "•   1912.10002  日本語のタイトル: 深層学習による画像認識 🎉 and café            "
        "• ★ 1912.10003  Dense RepPoints                                                 "
        "•   1912.10004  Graph networks for scene understanding                          "
        "                                                                                "
        "────────────────────────────────────────────────────────────────────────────────"
        " Audio-Visual Embodied Navigation in Acoustically Realistic Three-Dimensional   "
        " Homes                                                                          "
        "                                                                                "
        " id        1912.10001v1  ★ starred  unread                                      "
        " category  cs.CV                                                                "
        " 1/4 · 4 unread · 2 ★ · read-only  state is read-only: marks cannot be changed  "
        """#)
    #expect(buffer[11, 25].element == .statusMessage)
  }

  @Test func aMalformedFilterShowsItsErrorInlineAndKeepsTheLastResult() {
    let buffer = rendered(
      state(Papers.sample, [.beginFilter, .editFilter("navig"), .editFilter(" tit:x")]),
      width: 80, height: 12)
    #expect(
      buffer.text == #"""
        "•   1912.10001  Audio-Visual Embodied Navigation in Acoustically Realistic Thre…"
        "                                                                                "
        "                                                                                "
        "                                                                                "
        "────────────────────────────────────────────────────────────────────────────────"
        " Audio-Visual Embodied Navigation in Acoustically Realistic Three-Dimensional   "
        " Homes                                                                          "
        "                                                                                "
        " id        1912.10001v1  unread                                                 "
        " category  cs.CV                                                                "
        "/navig tit:x  column 7: unknown field "tit:", did you mean "ti:"?           1/4 "
        " 1/1 · 4 unread · 0 ★                                     Enter keep  Esc clear "
        """#)
    #expect(buffer[10, 20].element == .filterError)
  }
}
