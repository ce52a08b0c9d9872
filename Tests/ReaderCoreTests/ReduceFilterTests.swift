import ArxivDigest
import ReaderCore
import Testing

@Suite struct ReduceFilterTests {
  static let papers = [
    Papers.paper(1, title: "Diffusion models for images"),
    Papers.paper(2, title: "Graph networks"),
    Papers.paper(3, title: "Café culture", abstract: "Scène française."),
    Papers.paper(4, title: "More diffusion"),
    Papers.paper(5, title: "Transformers"),
  ]

  func filtered(_ text: String, from state: ReaderState) -> ReaderState {
    var state = state
    _ = state.reduce(.beginFilter)
    for character in text { _ = state.reduce(.editFilter(String(character))) }
    return state
  }

  @Test func typingNarrowsTheListLive() {
    var state = ReaderState(papers: Self.papers, today: Papers.christmas)
    _ = state.reduce(.beginFilter)
    #expect(state.activePane == .filter)
    _ = state.reduce(.editFilter("d"))
    _ = state.reduce(.editFilter("iff"))
    #expect(state.filter == .editing(draft: "diff", error: nil))
    #expect(state.visible == [0, 3])
    #expect(state.cursor == 0)
  }

  @Test func filterIsCaseAndAccentInsensitive() {
    let state = filtered(
      "CAFE scene", from: ReaderState(papers: Self.papers, today: Papers.christmas))
    #expect(state.visible == [2])
  }

  @Test func aFilterThatHidesTheSelectionSelectsTheNextListedPaper() {
    var state = ReaderState(papers: Self.papers, today: Papers.christmas)
    _ = state.reduce(.moveDown)
    #expect(state.selectedPaper?.id == Papers.id(2))
    state = filtered("diffusion", from: state)
    #expect(state.visible == [0, 3])
    #expect(state.selectedPaper?.id == Papers.id(4))
  }

  @Test func aFilterThatHidesTheSelectionAfterTheLastMatchSelectsTheLastMatch() {
    var state = ReaderState(papers: Self.papers, today: Papers.christmas)
    _ = state.reduce(.moveToLast)
    state = filtered("diffusion", from: state)
    #expect(state.selectedPaper?.id == Papers.id(4))
  }

  @Test func aFilterMatchingNothingLeavesNoSelectionAndIgnoresMarks() {
    var state = filtered("zebra", from: ReaderState(papers: Self.papers, today: Papers.christmas))
    #expect(state.visible == [])
    #expect(state.cursor == nil)
    #expect(state.selectedPaper == nil)
    _ = state.reduce(.applyFilter)
    #expect(state.reduce(.toggleStar) == [])
    #expect(state.reduce(.open) == [])
    #expect(state.reduce(.moveDown) == [])
    #expect(state.status == "no paper to open")
  }

  @Test func enterKeepsTheFilterAndEscapeInTheListClearsIt() {
    var state = filtered(
      "diffusion", from: ReaderState(papers: Self.papers, today: Papers.christmas))
    _ = state.reduce(.applyFilter)
    #expect(state.filter == .applied("diffusion"))
    #expect(state.activePane == .list)
    #expect(state.status == "2 of 5 papers match")
    _ = state.reduce(.moveDown)
    _ = state.reduce(.back)
    #expect(state.filter == .off)
    #expect(state.visible == [0, 1, 2, 3, 4])
    #expect(state.selectedPaper?.id == Papers.id(4))
  }

  @Test func escapeWhileTypingClearsAndBackspaceWidens() {
    var state = filtered("graphx", from: ReaderState(papers: Self.papers, today: Papers.christmas))
    #expect(state.visible == [])
    _ = state.reduce(.deleteFilterCharacter)
    #expect(state.visible == [1])
    _ = state.reduce(.clearFilter)
    #expect(state.filter == .off)
    #expect(state.visible.count == 5)
    #expect(state.selectedPaper?.id == Papers.id(2))
  }

  @Test func keepingAnEmptyFilterTurnsItOff() {
    var state = filtered("  ", from: ReaderState(papers: Self.papers, today: Papers.christmas))
    _ = state.reduce(.applyFilter)
    #expect(state.filter == .off)
  }

  @Test func slashAgainEditsTheKeptFilter() {
    var state = filtered("diff", from: ReaderState(papers: Self.papers, today: Papers.christmas))
    _ = state.reduce(.applyFilter)
    _ = state.reduce(.beginFilter)
    #expect(state.filter == .editing(draft: "diff", error: nil))
    #expect(state.visible == [0, 3])
  }
}

/// A filter on marks (`is:unread`, `is:starred`) follows the marks as they change.
@Suite struct ReduceFilterOnMarksTests {
  func filtered(_ text: String, marks: Marks = Marks()) -> ReaderState {
    var state = ReaderState(papers: Papers.papers(5), marks: marks, today: Papers.christmas)
    _ = state.reduce(.beginFilter)
    _ = state.reduce(.editFilter(text))
    _ = state.reduce(.applyFilter)
    return state
  }

  @Test func markingAPaperReadInTheListDropsItFromIsUnreadAndSelectsTheNext() {
    var state = filtered("is:unread", marks: Marks(read: [Papers.id(1)]))
    #expect(state.visible == [1, 2, 3, 4])
    _ = state.reduce(.moveDown)
    _ = state.reduce(.marksChanged(Marks(read: [Papers.id(1), Papers.id(3)]), message: "read"))
    #expect(state.visible == [1, 3, 4])
    #expect(state.selectedPaper?.id == Papers.id(4))
    #expect(state.unreadCount == 3)
  }

  @Test func theLastMatchMarkedReadSelectsTheNewLastMatch() {
    var state = filtered("is:unread")
    _ = state.reduce(.moveToLast)
    _ = state.reduce(.marksChanged(Marks(read: [Papers.id(5)]), message: "read"))
    #expect(state.visible == [0, 1, 2, 3])
    #expect(state.selectedPaper?.id == Papers.id(4))
  }

  @Test func aPaperStillMatchingKeepsTheSelection() {
    var state = filtered("is:starred or is:unread", marks: Marks(starred: [Papers.id(2)]))
    _ = state.reduce(.moveDown)
    let marks = Marks(read: [Papers.id(2)], starred: [Papers.id(2)])
    _ = state.reduce(.marksChanged(marks, message: ""))
    #expect(state.visible == [0, 1, 2, 3, 4])
    #expect(state.selectedPaper?.id == Papers.id(2))
  }

  @Test func starringAddsThePaperToIsStarred() {
    var state = filtered("is:starred", marks: Marks(starred: [Papers.id(3)]))
    #expect(state.visible == [2])
    _ = state.reduce(.marksChanged(Marks(starred: [Papers.id(1), Papers.id(3)]), message: ""))
    #expect(state.visible == [0, 2])
    #expect(state.selectedPaper?.id == Papers.id(3))
  }

  @Test func thePaperBeingReadInTheDetailStaysUntilTheListHasTheKeyboard() {
    var state = filtered("is:unread")
    _ = state.reduce(.moveDown)
    _ = state.reduce(.open)
    _ = state.reduce(.marksChanged(Marks(read: [Papers.id(2)]), message: "marked read"))
    #expect(state.selectedPaper?.id == Papers.id(2))
    #expect(state.visible == [0, 1, 2, 3, 4])
    _ = state.reduce(.back)
    #expect(state.visible == [0, 2, 3, 4])
    #expect(state.selectedPaper?.id == Papers.id(3))
  }

  @Test func aFilterWithoutMarkTermsIsLeftAlone() {
    var state = filtered("number")
    _ = state.reduce(.moveDown)
    _ = state.reduce(.marksChanged(Marks(read: [Papers.id(2)]), message: ""))
    #expect(state.visible == [0, 1, 2, 3, 4])
    #expect(state.cursor == 1)
  }

  @Test func aMalformedDraftShowsItsColumnAndKeepsTheLastResult() {
    var state = ReaderState(papers: Papers.papers(5), today: Papers.christmas)
    _ = state.reduce(.beginFilter)
    _ = state.reduce(.editFilter("id:1912.10003"))
    _ = state.reduce(.editFilter(" tit:x"))
    #expect(state.visible == [2])
    #expect(
      state.filter
        == .editing(
          draft: "id:1912.10003 tit:x",
          error: #"column 15: unknown field "tit:", did you mean "ti:"?"#))
    _ = state.reduce(.applyFilter)
    #expect(state.activePane == .filter)
    #expect(
      state.status == #"filter not kept: column 15: unknown field "tit:", did you mean "ti:"?"#)
  }
}
