import ArxivDigest
import ReaderCore
import Testing

@Suite struct ReduceNavigationTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var papers: Int
    var start: Int?
    var actions: [ReaderAction]
    var cursor: Int?
    var listTop: Int
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "empty list ignores moves", papers: 0, start: nil,
      actions: [.moveDown, .moveToLast, .pageDown, .moveUp], cursor: nil, listTop: 0),
    Case(
      name: "up at the first paper stays", papers: 5, start: 0, actions: [.moveUp],
      cursor: 0, listTop: 0),
    Case(
      name: "down at the last paper stays", papers: 5, start: 0,
      actions: [.moveToLast, .moveDown], cursor: 4, listTop: 0),
    Case(
      name: "G goes to the last paper and scrolls", papers: 50, start: 0,
      actions: [.moveToLast], cursor: 49, listTop: 40),
    Case(
      name: "g goes back to the top", papers: 50, start: 0,
      actions: [.moveToLast, .moveToFirst], cursor: 0, listTop: 0),
    Case(
      name: "moving below the screen scrolls by one", papers: 50, start: 0,
      actions: Array(repeating: .moveDown, count: 10), cursor: 10, listTop: 1),
    Case(
      name: "half page down moves five", papers: 50, start: 0,
      actions: [.halfPageDown], cursor: 5, listTop: 0),
    Case(
      name: "page down moves nine and scrolls", papers: 50, start: 0,
      actions: [.pageDown, .pageDown], cursor: 18, listTop: 9),
    Case(
      name: "page up past the top stops at the first", papers: 50, start: 0,
      actions: [.pageDown, .pageUp, .pageUp], cursor: 0, listTop: 0),
    Case(
      name: "half page up from the end", papers: 50, start: 0,
      actions: [.moveToLast, .halfPageUp], cursor: 44, listTop: 40),
    Case(
      name: "a single paper stays selected", papers: 1, start: 0,
      actions: [.pageDown, .moveToLast, .moveUp], cursor: 0, listTop: 0),
  ]

  @Test(arguments: cases)
  func listNavigation(_ navigation: Case) {
    var state = ReaderState(papers: Papers.papers(navigation.papers), today: Papers.christmas)
    _ = state.reduce(.setViewport(Viewport(listRows: 10, detailRows: 10)))
    #expect(state.cursor == navigation.start)
    for action in navigation.actions { #expect(state.reduce(action) == []) }
    #expect(state.cursor == navigation.cursor)
    #expect(state.listTop == navigation.listTop)
  }

  @Test func movingInTheDetailPaneScrollsItsTextWithinBounds() {
    var state = ReaderState(papers: Papers.papers(3), today: Papers.christmas)
    _ = state.reduce(.setViewport(Viewport(listRows: 10, detailRows: 5, detailLines: 12)))
    _ = state.reduce(.switchPane)
    #expect(state.focus == .detail)
    _ = state.reduce(.moveDown)
    _ = state.reduce(.moveDown)
    #expect(state.detailTop == 2)
    _ = state.reduce(.moveToLast)
    #expect(state.detailTop == 7)
    _ = state.reduce(.pageDown)
    #expect(state.detailTop == 7)
    _ = state.reduce(.moveToFirst)
    _ = state.reduce(.moveUp)
    #expect(state.detailTop == 0)
    #expect(state.cursor == 0)
  }

  @Test func selectingAnotherPaperResetsTheDetailScroll() {
    var state = ReaderState(papers: Papers.papers(3), today: Papers.christmas)
    _ = state.reduce(.setViewport(Viewport(listRows: 10, detailRows: 5, detailLines: 12)))
    _ = state.reduce(.switchPane)
    _ = state.reduce(.pageDown)
    #expect(state.detailTop == 4)
    _ = state.reduce(.switchPane)
    _ = state.reduce(.moveDown)
    #expect(state.detailTop == 0)
  }

  @Test func shrinkingTheListKeepsTheSelectionOnScreen() {
    var state = ReaderState(papers: Papers.papers(30), today: Papers.christmas)
    _ = state.reduce(.setViewport(Viewport(listRows: 20)))
    for _ in 0..<15 { _ = state.reduce(.moveDown) }
    #expect(state.listTop == 0)
    _ = state.reduce(.setViewport(Viewport(listRows: 4)))
    #expect(state.listTop == 12)
  }

  @Test func dayHeadersAppearOnlyWithSeveralDaysAndStayAboveTheirFirstPaper() {
    let nextDay = Papers.christmas.adding(days: 1)
    let papers = [
      Papers.paper(1), Papers.paper(2), Papers.paper(3, day: nextDay),
      Papers.paper(4, day: nextDay),
    ]
    var state = ReaderState(papers: papers, today: Papers.christmas)
    #expect(
      state.rows == [
        .header(section: 0, count: 2), .paper(0), .paper(1), .header(section: 1, count: 2),
        .paper(2), .paper(3),
      ])
    _ = state.reduce(.setViewport(Viewport(listRows: 2)))
    _ = state.reduce(.moveToLast)
    #expect(state.listTop == 4)
    _ = state.reduce(.moveUp)
    #expect(state.listTop == 3)
    _ = state.reduce(.moveToFirst)
    #expect(state.listTop == 0)

    let single = ReaderState(papers: Papers.papers(2), today: Papers.christmas)
    #expect(single.rows == [.paper(0), .paper(1)])
  }

  @Test func nextAndPreviousUnreadSkipReadPapersAndWrapAroundSayingSo() {
    let marks = Marks(read: [Papers.id(2), Papers.id(3), Papers.id(5)])
    var state = ReaderState(papers: Papers.papers(6), marks: marks, today: Papers.christmas)
    var visited: [(Int?, String?)] = []
    for action in [
      ReaderAction.nextUnread, .nextUnread, .nextUnread, .previousUnread, .previousUnread,
      .previousUnread,
    ] {
      _ = state.reduce(action)
      visited.append((state.cursor, state.status))
    }
    #expect(visited.map(\.0) == [3, 5, 0, 5, 3, 0])
    #expect(
      visited.map(\.1) == [
        nil, nil, "wrapped around to the top", "wrapped around to the bottom", nil, nil,
      ])
  }

  struct NoUnreadCase: CustomTestStringConvertible, Sendable {
    var name: String
    var read: [Int]
    var action: ReaderAction
    var status: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    NoUnreadCase(
      name: "n with every paper read", read: [1, 2, 3], action: .nextUnread,
      status: "no unread papers"),
    NoUnreadCase(
      name: "N with every paper read", read: [1, 2, 3], action: .previousUnread,
      status: "no unread papers"),
    NoUnreadCase(
      name: "n when only the selected paper is unread", read: [2, 3], action: .nextUnread,
      status: "no other unread paper"),
  ])
  func withoutAnotherUnreadPaperTheSelectionStaysAndTheStatusSaysWhy(_ testCase: NoUnreadCase) {
    let marks = Marks(read: Set(testCase.read.map(Papers.id)))
    var state = ReaderState(papers: Papers.papers(3), marks: marks, today: Papers.christmas)
    _ = state.reduce(testCase.action)
    #expect(state.cursor == 0)
    #expect(state.status == testCase.status)
  }

  @Test func helpScrollsAndEscapeClosesItFirst() {
    var state = ReaderState(papers: Papers.papers(3), today: Papers.christmas)
    _ = state.reduce(.setViewport(Viewport(listRows: 10, helpRows: 4, helpLines: 6)))
    _ = state.reduce(.switchPane)
    _ = state.reduce(.toggleHelp)
    #expect(state.activePane == .help)
    _ = state.reduce(.moveToLast)
    #expect(state.helpTop == 2)
    _ = state.reduce(.back)
    #expect(!state.showsHelp)
    #expect(state.focus == .detail)
    _ = state.reduce(.back)
    #expect(state.focus == .list)
  }
}
