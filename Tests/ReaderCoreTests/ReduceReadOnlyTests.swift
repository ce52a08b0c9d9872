import ArxivDigest
import ReaderCore
import Testing

/// A read-only state file: the reader reads, and marking keys say why they do nothing.
@Suite struct ReduceReadOnlyTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var action: ReaderAction
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(name: "r", action: .toggleRead),
    Case(name: "s", action: .toggleStar),
    Case(name: "u", action: .undo),
    Case(name: "Ctrl-R", action: .redo),
    Case(name: "Enter on an unread paper", action: .open),
  ])
  func markingKeysReportThatTheStateIsReadOnly(_ testCase: Case) {
    var state = ReaderState(papers: Papers.papers(2), today: Papers.christmas, isReadOnly: true)
    #expect(state.reduce(testCase.action) == [])
    #expect(state.status == "state is read-only: marks cannot be changed")
    #expect(state.marks == Marks())
  }

  @Test func readingStillWorks() {
    var state = ReaderState(papers: Papers.papers(2), today: Papers.christmas, isReadOnly: true)
    _ = state.reduce(.moveDown)
    _ = state.reduce(.open)
    #expect(state.focus == .detail)
    #expect(state.selectedPaper?.id == Papers.id(2))
    #expect(
      state.reduce(.openInBrowser) == [.openURL("https://arxiv.org/abs/1912.10002")])
  }
}
