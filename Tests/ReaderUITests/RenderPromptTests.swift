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
        "to ~/starred-2019-12-25.md  exists: y overwrites, a appends, n edits the path   "
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
        " 1/1 · 1 of 4 unread · 0 ★                                Enter keep  Esc clear "
        """#)
    #expect(buffer[10, 20].element == .filterError)
  }
}

/// Filter matches are highlighted where each term looks: `ti:` in titles, `abs:` in
/// abstracts, `au:` in authors, phrases as one run, negated terms nowhere.
@Suite struct RenderFieldHighlightTests {
  /// The elements of the cells under the first occurrence of `text` in `row`.
  func elements(
    of text: String, row: Int, in buffer: ScreenBuffer, from start: Int = 0
  ) -> [ThemeElement] {
    let line = buffer.line(row)
    let from = line.index(line.startIndex, offsetBy: start)
    guard let range = line.range(of: text, range: from..<line.endIndex) else { return [] }
    let column = line.distance(from: line.startIndex, to: range.lowerBound)
    return (column..<column + text.count).map { buffer[row, $0].element }
  }

  @Test func eachFieldHighlightsOnlyItsOwnPart() {
    let query = #"ti:"embodied navigation" ti:audio au:grauman abs:deaf -zebra"#
    let buffer = rendered(
      state(Papers.sample, [.beginFilter, .editFilter(query), .applyFilter]), width: 120,
      height: 20)
    let match = { (count: Int) in Array(repeating: ThemeElement.match, count: count) }
    #expect(buffer.line(0).hasPrefix("•   1912.10001  Audio-Visual Embodied Navigation in"))
    #expect(elements(of: "Embodied Navigation", row: 0, in: buffer) == match(19))
    #expect(elements(of: "Audio", row: 0, in: buffer) == match(5))
    #expect(elements(of: "-Visual", row: 0, in: buffer).allSatisfy { $0 == .listSelected })
    #expect(buffer.line(0).dropFirst(61).hasPrefix("Audio-Visual Embodied Navigation"))
    #expect(elements(of: "Embodied Navigation", row: 0, in: buffer, from: 61) == match(19))
    #expect(buffer.line(6).dropFirst(61).hasPrefix("authors   Changan Chen, Unnat Jain, Kristen"))
    #expect(elements(of: "Grauman", row: 6, in: buffer) == match(7))
    #expect(elements(of: "Chen", row: 6, in: buffer) == Array(repeating: .detailText, count: 4))
    #expect(buffer.line(10).dropFirst(61).hasPrefix("Moving around in the world"))
    let deafRow = (10..<18).first { buffer.line($0).contains("deaf") } ?? 0
    #expect(elements(of: "deaf", row: deafRow, in: buffer) == match(4))
    let audioRow = (10..<18).first { buffer.line($0).contains("audio-visual") } ?? 0
    #expect(
      elements(of: "audio", row: audioRow, in: buffer) == Array(repeating: .detailText, count: 5))
    let embodiedRow = (10..<18).first { buffer.line($0).contains("embodied agents") } ?? 0
    #expect(
      elements(of: "embodied", row: embodiedRow, in: buffer)
        == Array(repeating: .detailText, count: 8))
  }
}

/// The export prompt on the smallest terminal: the chosen format and the end of the path stay
/// visible.
@Suite struct RenderNarrowExportTests {
  @Test func aNarrowPromptShowsTheChosenFormatAndTheEndOfALongPath() {
    let prompted = state(
      Papers.sample, marks: RenderPromptTests.marks,
      [
        .beginExport, .export(.clearPath),
        .editExportPath("~/Documents/reading-group/2019/december/starred.ris"),
      ])
    let buffer = rendered(prompted, width: 40, height: 10)
    #expect(
      buffer.text == #"""
        "• ★ 1912.10001  Audio-Visual Embodied N…"
        "•   1912.10002  日本語のタイトル: 深層… "
        "• ★ 1912.10003  Dense RepPoints         "
        "────────────────────────────────────────"
        " Audio-Visual Embodied Navigation in    "
        " Acoustically Realistic                 "
        " Three-Dimensional Homes                "
        "export 2 starred: [ris] Tab: next       "
        "to …ing-group/2019/december/starred.ris "
        " 1/4 · 4 unread · 2 ★        Tab format "
        """#)
  }
}
