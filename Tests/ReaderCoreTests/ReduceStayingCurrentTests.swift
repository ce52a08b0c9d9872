import ArxivDigest
import ReaderCore
import Testing

@Suite struct ReduceStayingCurrentTests {
  @Test func reloadKeepsTheCursorOnTheSamePaperAndCountsTheNewOnes() {
    var state = ReaderState(papers: Papers.papers(3), today: Papers.christmas)
    _ = state.reduce(.moveDown)
    #expect(state.reduce(.reload) == [.reloadDigests])
    let reloaded = [Papers.paper(9)] + Papers.papers(3) + [Papers.paper(8)]
    _ = state.reduce(.digestsReloaded(reloaded, problems: [], files: 0))
    #expect(state.papers.map(\.id) == reloaded.map(\.id))
    #expect(state.selectedPaper?.id == Papers.id(2))
    #expect(state.status == "reloaded: 2 papers added")
  }

  @Test func reloadKeepsTheFilterAndSaysWhatWentWrong() {
    var state = ReaderState(papers: Papers.papers(3), today: Papers.christmas)
    _ = state.reduce(.beginFilter)
    _ = state.reduce(.editFilter("id:1912.10002"))
    _ = state.reduce(.applyFilter)
    _ = state.reduce(
      .digestsReloaded(Papers.papers(4), problems: ["new.md:3:1: error: no header"], files: 1))
    #expect(state.filter == .applied("id:1912.10002"))
    #expect(state.visible.count == 1)
    #expect(state.selectedPaper?.id == Papers.id(2))
    #expect(
      state.status
        == "reloaded: 1 paper added · 1 file had problems: digest check …, M lists them")
    #expect(state.messages.contains("new.md:3:1: error: no header"))
    _ = state.reduce(
      .digestsReloaded(Papers.papers(4), problems: ["new.md:3:1: error: no header"], files: 1))
    #expect(state.status == "reloaded: 0 papers added")
  }

  @Test func marksFromAnotherProcessApplySilentlyAndTogglesStartFromThem() {
    var state = ReaderState(papers: Papers.papers(2), today: Papers.christmas)
    _ = state.reduce(.showStatus("hello"))
    _ = state.reduce(.marksChangedElsewhere(Marks(starred: [Papers.id(1)])))
    #expect(state.starredCount == 1)
    #expect(state.status == "hello")
    #expect(
      state.reduce(.toggleStar) == [
        .applyMark(MarkChange(.starred, false, ids: [Papers.id(1)]), papers: [Papers.paper(1)])
      ])
  }

  @Test func loadProblemsAreSaidOnceAndListedByM() {
    var state = ReaderState(papers: Papers.papers(1), today: Papers.christmas)
    _ = state.reduce(
      .reportLoadProblems(["a.md:1:1: warning: x", "b.md:2:1: error: y"], files: 2))
    #expect(state.status == "2 files had problems: digest check …, M lists them")
    _ = state.reduce(.toggleMessages)
    #expect(state.showsMessages)
    #expect(state.activePane == .help)
    #expect(Array(state.messages.prefix(2)) == ["a.md:1:1: warning: x", "b.md:2:1: error: y"])
    _ = state.reduce(.back)
    #expect(!state.showsMessages)
  }

  @Test func wheelAndClicksMoveTheSelection() {
    var state = ReaderState(papers: Papers.papers(5), today: Papers.christmas)
    _ = state.reduce(.scroll(.list, by: 3))
    #expect(state.cursor == 3)
    _ = state.reduce(.selectRow(1))
    #expect(state.cursor == 1)
    _ = state.reduce(.selectRow(42))
    #expect(state.cursor == 1)
  }
}
