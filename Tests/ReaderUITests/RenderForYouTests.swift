import ArxivDigest
import DigestQuery
import ReaderCore
import ReaderUI
import Testing

/// "For you" on screen: score marks, dimmed papers already dealt with, reasons, watch badges,
/// the order in the status bar, and the similar papers.
@Suite struct RenderForYouTests {
  static let ranking = PaperRanking(generation: 1, scores: [0.1, 0.9, 0.5, 0.7]) { index in
    index == 1 ? ["deep learning", "Kristen Grauman"] : []
  }

  func forYou(marks: Marks = Marks()) -> ReaderState {
    state(Papers.sample, marks: marks, [.rankingChanged(.ready(Self.ranking)), .toggleOrder])
  }

  @Test func rowsShowTheScoreMarkInRankedOrderAndTheStatusBarNamesTheOrder() {
    let buffer = rendered(forYou(), width: 80, height: 12)
    #expect(
      buffer.text == #"""
        "•   ▮▮▮ 1912.10002  日本語のタイトル: 深層学習による画像認識 🎉 and café        "
        "•   ▮▮▯ 1912.10004  Graph networks for scene understanding                      "
        "•   ▮▯▯ 1912.10003  Dense RepPoints                                             "
        "•   ▮▯▯ 1912.10001  Audio-Visual Embodied Navigation in Acoustically Realistic …"
        "                                                                                "
        "────────────────────────────────────────────────────────────────────────────────"
        " 日本語のタイトル: 深層学習による画像認識 🎉 and café                           "
        "                                                                                "
        " id        1912.10002v1  unread                                                 "
        " for you   ▮▮▮  deep learning · Kristen Grauman                                 "
        " category  cs.CV                                                                "
        " 1/4 · 4 unread · 0 ★ · for you  for you: 4 unread papers by relevance          "
        """#)
    #expect(buffer[1, 4].element == .score)
  }

  @Test func papersAlreadyReadOrStarredFollowDimmed() {
    let marks = Marks(starred: [Papers.id(2)])
    let buffer = rendered(forYou(marks: marks), width: 80, height: 12)
    #expect(buffer.text.split(separator: "\n")[3].contains("1912.10002"))
    #expect(buffer[3, 0].element == .listRead)
    #expect(buffer[1, 0].element == .listUnread)
  }

  @Test func detailSaysWhyTheScoreIsHigh() {
    let buffer = rendered(forYou(), width: 140, height: 12)
    let lines = buffer.text.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.contains("for you   ▮▮▮  deep learning · Kristen Grauman") })
  }

  @Test func watchBadgeIsShownInTheRowAndTheDetail() {
    var state = state(Papers.sample)
    state.useWatches([SavedFilter(name: "mine", query: "ti:dense")])
    _ = state.reduce(.filterIndexReady)
    var buffer = rendered(state, width: 140, height: 12)
    var lines = buffer.text.split(separator: "\n").map(String.init)
    let row = lines[2]
    #expect(row.contains("1912.10003  [mine] Dense RepPoints"))
    let column = row.distance(
      from: row.startIndex, to: row.range(of: "[mine]")?.lowerBound ?? row.startIndex) - 1
    #expect(buffer[2, column].element == .watch)
    _ = state.reduce(.moveDown)
    _ = state.reduce(.moveDown)
    buffer = rendered(state, width: 140, height: 12)
    lines = buffer.text.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.contains("watch     mine") })
  }

  @Test func similarPapersShowTheirSimilarityWithoutHeaders() {
    var state = state(Papers.twoDays)
    _ = state.reduce(
      .similarFound(
        paper: 0,
        neighbours: [SimilarPaper(index: 3, similarity: 0.42), SimilarPaper(index: 1, similarity: 0.05)]))
    let buffer = rendered(state, width: 80, height: 12)
    let lines = buffer.text.split(separator: "\n").map(String.init)
    #expect(lines[0].contains(" 42% 1912.10004  Graph networks"))
    #expect(lines[1].contains("  5% 1912.10002"))
    #expect(lines[11].contains("1/2 · 2 of 4 unread · 0 ★ · like 1912.10001  2 papers like 1912.10001"))
  }
}
