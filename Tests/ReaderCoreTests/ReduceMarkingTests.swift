import ArxivDigest
import ReaderCore
import Testing

@Suite struct ReduceMarkingTests {
  @Test func starringAsksTheStoreAndChangesNothingUntilItCommits() {
    var state = ReaderState(papers: Papers.papers(3), today: Papers.christmas)
    _ = state.reduce(.moveDown)
    let effects = state.reduce(.toggleStar)
    #expect(
      effects == [
        .applyMark(MarkChange(.starred, true, ids: [Papers.id(2)]), papers: [Papers.paper(2)])
      ])
    #expect(state.marks == Marks())
    #expect(state.starredCount == 0)
    _ = state.reduce(.marksChanged(Marks(starred: [Papers.id(2)]), message: "starred 1912.10002"))
    #expect(state.starredCount == 1)
    #expect(state.status == "starred 1912.10002")
  }

  @Test func togglingAStarredOrReadPaperAsksToClearTheMark() {
    let marks = Marks(read: [Papers.id(1)], starred: [Papers.id(1)])
    var state = ReaderState(papers: Papers.papers(2), marks: marks, today: Papers.christmas)
    #expect(state.unreadCount == 1)
    #expect(
      state.reduce(.toggleStar) == [
        .applyMark(MarkChange(.starred, false, ids: [Papers.id(1)]), papers: [Papers.paper(1)])
      ])
    #expect(
      state.reduce(.toggleRead) == [
        .applyMark(MarkChange(.read, false, ids: [Papers.id(1)]), papers: [Papers.paper(1)])
      ])
  }

  @Test func openingAnUnreadPaperMarksItReadAndAReadOneDoesNot() {
    var state = ReaderState(
      papers: Papers.papers(2), marks: Marks(read: [Papers.id(2)]), today: Papers.christmas)
    #expect(
      state.reduce(.open) == [
        .applyMark(
          MarkChange(.read, true, ids: [Papers.id(1)], source: .opened), papers: [Papers.paper(1)])
      ])
    #expect(state.focus == .detail)
    _ = state.reduce(.back)
    _ = state.reduce(.moveDown)
    #expect(state.reduce(.open) == [])
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var action: ReaderAction
    var effects: [ReaderEffect]
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(name: "u undoes through the store", action: .undo, effects: [.undoMark]),
    Case(name: "Ctrl-R redoes through the store", action: .redo, effects: [.redoMark]),
    Case(
      name: "o opens the abstract page", action: .openInBrowser,
      effects: [.openURL("https://arxiv.org/abs/1912.10001")]),
    Case(name: "q quits", action: .quit, effects: [.quit]),
  ])
  func actionsThatOnlyProduceEffects(_ testCase: Case) {
    var state = ReaderState(papers: Papers.papers(2), today: Papers.christmas)
    #expect(state.reduce(testCase.action) == testCase.effects)
  }
}
