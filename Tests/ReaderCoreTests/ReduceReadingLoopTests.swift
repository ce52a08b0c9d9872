import ArxivDigest
import Testing

@testable import ReaderCore

/// The morning loop: marking as you read, bulk marks, the selection, days and counts. Each
/// test asserts the whole state after an action against the state it started from.
@Suite struct ReduceReadingLoopTests {
  static let boxing = DigestDay(daysSinceEpoch: 18_256)  // 2019-12-26

  /// Three papers on Christmas, three on Boxing Day.
  static var twoDays: [Paper] {
    (1...3).map { Papers.paper($0) } + (4...6).map { Papers.paper($0, day: boxing) }
  }

  func start(_ papers: [Paper] = twoDays, marks: Marks = Marks()) -> ReaderState {
    var state = ReaderState(papers: papers, marks: marks, today: Papers.christmas)
    _ = state.reduce(.setViewport(Viewport(listRows: 20, detailRows: 20)))
    return state
  }

  func read(_ numbers: Int..., source: MarkSource) -> ReaderEffect {
    .applyMark(
      MarkChange(.read, true, ids: numbers.map(Papers.id), source: source),
      papers: source == .bulk ? [] : numbers.map { Papers.paper($0, day: $0 > 3 ? Self.boxing : Papers.christmas) })
  }

  // MARK: - Marking as you read

  @Test func enterMarksOnOpenAndNMovesOnWithoutMarkingTwice() {
    var state = start()
    var expected = state
    #expect(state.reduce(.open) == [read(1, source: .opened)])
    expected.focus = .detail
    expected.opened = Papers.id(1)
    #expect(state == expected)
    _ = state.reduce(.marksChanged(Marks(read: [Papers.id(1)]), message: "marked 1912.10001 read"))
    // n in the detail: paper 1 is read already; paper 2 comes in and counts as opened.
    #expect(state.reduce(.nextUnread) == [])
    #expect(state.selectedPaper?.number == 2)
    #expect(state.opened == Papers.id(2))
    // n again leaves paper 2: marked read as left.
    #expect(state.reduce(.nextUnread) == [read(2, source: .left)])
    #expect(state.selectedPaper?.number == 3)
  }

  @Test func escLeavingTheDetailMarksTheOpenedPaperWhenOpenDoesNotMark() {
    var state = start()
    state.useReadingSettings(ReadingSettings(markReadOnOpen: false))
    #expect(state.reduce(.open) == [])
    #expect(state.reduce(.back) == [read(1, source: .left)])
    #expect(state.focus == .list)
    #expect(state.opened == nil)
  }

  @Test func withMarkReadOnLeaveOffLeavingMarksNothing() {
    var state = start()
    state.useReadingSettings(ReadingSettings(markReadOnOpen: false, markReadOnLeave: false))
    _ = state.reduce(.open)
    #expect(state.reduce(.nextUnread) == [])
    #expect(state.reduce(.back) == [])
  }

  @Test func movingWithJAndKNeverMarks() {
    var state = start()
    state.useReadingSettings(ReadingSettings(markReadOnOpen: false))
    _ = state.reduce(.open)
    _ = state.reduce(.switchPane)
    var expected = state
    #expect(state.reduce(.moveDown) == [])
    expected.cursor = 1
    expected.opened = nil
    #expect(state == expected)
    #expect(state.reduce(.nextUnread) == [])
  }

  @Test func advanceAfterMarkMovesToTheNextPaper() {
    var state = start()
    state.useReadingSettings(ReadingSettings(advanceAfterMark: true))
    #expect(state.reduce(.toggleStar).count == 1)
    #expect(state.cursor == 1)
    #expect(state.reduce(.toggleRead).count == 1)
    #expect(state.cursor == 2)
  }

  // MARK: - Bulk marks

  @Test func dMarksTheUnreadPapersOfTheDayAsOneBulkChange() {
    var state = start(marks: Marks(read: [Papers.id(5)]))
    _ = state.reduce(.nextDay)
    let before = state
    #expect(state.reduce(.markDayRead) == [read(4, 6, source: .bulk)])
    #expect(state == before)
  }

  @Test func aMarksTheUnreadPapersOfTheView() {
    var state = start()
    _ = state.reduce(.beginFilter)
    _ = state.reduce(.editFilter("number 2"))
    _ = state.reduce(.applyFilter)
    #expect(state.visible == [1])
    #expect(state.reduce(.markViewRead) == [read(2, source: .bulk)])
  }

  @Test func largeBulkChangesAskFirst() {
    var state = start()
    state.useReadingSettings(ReadingSettings(confirmBulk: 2))
    #expect(state.reduce(.markViewRead) == [])
    #expect(state.pendingBulk?.question == "mark 6 papers listed read?")
    #expect(state.activePane == .confirm)
    #expect(state.status == "mark 6 papers listed read? y/n")
    var asked = state
    #expect(asked.reduce(.confirmBulk(false)) == [])
    #expect(asked.pendingBulk == nil)
    #expect(asked.status == "nothing marked")
    #expect(state.reduce(.confirmBulk(true)) == [read(1, 2, 3, 4, 5, 6, source: .bulk)])
    #expect(state.activePane == .list)
  }

  @Test func nothingUnreadSaysSo() {
    var state = start(marks: Marks(read: Set((1...3).map(Papers.id))))
    #expect(state.reduce(.markDayRead) == [])
    #expect(state.status == "no unread papers of cs.CV Wed 25 Dec 2019")
  }

  // MARK: - Selection

  @Test func xSelectsAndMovesOnAndRStarsActOnTheSelection() {
    var state = start()
    _ = state.reduce(.toggleSelected)
    _ = state.reduce(.moveDown)
    _ = state.reduce(.toggleSelected)
    #expect(state.selection == [0, 2])
    #expect(state.cursor == 3)
    #expect(
      state.reduce(.toggleStar) == [
        .applyMark(
          MarkChange(.starred, true, ids: [Papers.id(1), Papers.id(3)], source: .bulk),
          papers: [Papers.paper(1), Papers.paper(3)])
      ])
    #expect(state.reduce(.toggleRead) == [read(1, 3, source: .bulk)])
    #expect(state.reduce(.markDayRead) == [read(1, 3, source: .bulk)])
    _ = state.reduce(.back)
    #expect(state.selection == [])
  }

  @Test func vSelectsARangeThatJAndKExtend() {
    var state = start()
    _ = state.reduce(.moveDown)
    _ = state.reduce(.toggleVisual)
    _ = state.reduce(.moveDown)
    _ = state.reduce(.moveDown)
    #expect(state.selection == [1, 2, 3])
    _ = state.reduce(.moveUp)
    #expect(state.selection == [1, 2])
    _ = state.reduce(.toggleVisual)
    _ = state.reduce(.moveDown)
    #expect(state.selection == [1, 2])
    #expect(state.visualAnchor == nil)
  }

  @Test func tSelectsEveryPaperMatchingAQuery() {
    var papers = Self.twoDays
    papers[1].title = "Tracking cells"
    papers[4].title = "Tracking cars"
    var state = start(papers)
    _ = state.reduce(.beginSelectPrompt)
    #expect(state.activePane == .selectPrompt)
    for character in "tracking" { _ = state.reduce(.editSelectPrompt(String(character))) }
    _ = state.reduce(.applySelectPrompt)
    #expect(state.selection == [1, 4])
    #expect(state.status == "selected 2 papers matching tracking · 2 selected")
    #expect(state.activePane == .list)
  }

  @Test func exportWithASelectionWritesTheSelectedPapers() {
    var state = start()
    _ = state.reduce(.toggleSelected)
    _ = state.reduce(.beginExport)
    #expect(state.exportPrompt?.subject == "selected")
    let effects = state.reduce(.export(.confirm))
    guard case .exportStarred(let request) = effects.first else {
      Issue.record("no export: \(effects)")
      return
    }
    #expect(request.selected == [Papers.paper(1)])
  }

  // MARK: - Days and counts

  struct MotionCase: CustomTestStringConvertible, Sendable {
    var name: String
    var read: [Int] = []
    var actions: [ReaderAction]
    var selected: Int
    var testDescription: String { name }
  }

  static let motions: [MotionCase] = [
    MotionCase(name: "] goes to the next day", actions: [.nextDay], selected: 4),
    MotionCase(name: "[ goes back a day", actions: [.moveToLast, .previousDay], selected: 1),
    MotionCase(
      name: "} skips a day with nothing unread", read: [4, 5, 6],
      actions: [.moveDown, .nextUnreadDay], selected: 2),
    MotionCase(
      name: "} goes to the first unread paper of the next day", read: [4],
      actions: [.nextUnreadDay], selected: 5),
    MotionCase(name: "3j moves three", actions: [.countDigit(3), .moveDown], selected: 4),
    MotionCase(name: "5G goes to the fifth paper", actions: [.countDigit(5), .moveToLast], selected: 5),
    MotionCase(
      name: "12j stops at the last paper", actions: [.countDigit(1), .countDigit(2), .moveDown],
      selected: 6),
    MotionCase(
      name: "a count is forgotten after a motion",
      actions: [.countDigit(2), .moveDown, .moveDown], selected: 4),
    MotionCase(name: "2n skips an unread paper", actions: [.countDigit(2), .nextUnread], selected: 3),
  ]

  @Test(arguments: motions)
  func motion(_ test: MotionCase) {
    var state = start(marks: Marks(read: Set(test.read.map(Papers.id))))
    for action in test.actions { _ = state.reduce(action) }
    #expect(state.selectedPaper?.number == test.selected)
    #expect(state.pendingCount == nil)
  }

  @Test func dayOrderSortsByDateAndKeepsADaysOrder() {
    let papers = [Papers.paper(4, day: Self.boxing), Papers.paper(1), Papers.paper(5, day: Self.boxing), Papers.paper(2)]
    #expect(ReaderState.dayOrdered(papers).map(\.number) == [1, 2, 4, 5])
    #expect(ReaderState.dayOrdered(papers, newestFirst: true).map(\.number) == [4, 5, 1, 2])
  }

  @Test func qInTheHelpClosesTheHelp() {
    var state = start()
    _ = state.reduce(.toggleHelp)
    var expected = state
    #expect(state.reduce(.quit) == [])
    expected.showsHelp = false
    #expect(state == expected)
    #expect(state.reduce(.quit) == [.quit])
  }

  @Test func escClosesOneThingPerPress() {
    var state = start()
    _ = state.reduce(.beginFilter)
    _ = state.reduce(.editFilter("number"))
    _ = state.reduce(.applyFilter)
    _ = state.reduce(.toggleSelected)
    _ = state.reduce(.open)
    _ = state.reduce(.toggleHelp)
    _ = state.reduce(.back)
    #expect(!state.showsHelp && state.focus == .detail)
    _ = state.reduce(.back)
    #expect(state.focus == .list && !state.selection.isEmpty)
    _ = state.reduce(.back)
    #expect(state.selection.isEmpty && state.filter != .off)
    _ = state.reduce(.back)
    #expect(state.filter == .off)
  }
}

/// Committed changes are applied as deltas: the counts follow without a rescan, and match a
/// state rebuilt from the resulting marks.
@Suite struct ReduceMarkDeltaTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var start: Marks
    var action: ReaderAction
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "a read of loaded and unloaded papers",
      start: Marks(read: [Papers.id(2)]),
      action: .marksApplied(
        MarkChange(.read, true, ids: [Papers.id(1), Papers.id(2), Papers.id(999)]), message: "m")),
    Case(
      name: "an unstar", start: Marks(starred: [Papers.id(1), Papers.id(3)]),
      action: .marksApplied(MarkChange(.starred, false, ids: [Papers.id(3)]), message: "m")),
    Case(
      name: "an undo with mixed values",
      start: Marks(read: [Papers.id(1), Papers.id(2)], starred: [Papers.id(4)]),
      action: .marksRefreshed(
        Marks(read: [Papers.id(2)], starred: [Papers.id(4), Papers.id(5)]),
        ids: [Papers.id(1), Papers.id(2), Papers.id(5)], message: "undid")),
  ]

  @Test(arguments: cases)
  func countsFollowTheDelta(_ test: Case) {
    var state = ReaderState(papers: Papers.papers(6), marks: test.start, today: Papers.christmas)
    _ = state.reduce(test.action)
    let rebuilt = ReaderState(papers: Papers.papers(6), marks: state.marks, today: Papers.christmas)
    #expect(state.unreadCount == rebuilt.unreadCount)
    #expect(state.starredCount == rebuilt.starredCount)
  }
}
