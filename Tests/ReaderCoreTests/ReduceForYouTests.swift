import ArxivDigest
import DigestQuery
import ReaderCore
import Testing

@Suite struct ReduceForYouTests {
  static let boxing = DigestDay(daysSinceEpoch: 18_256)  // 2019-12-26

  /// Two days of three papers: 1–3 on Christmas, 4–6 on Boxing Day.
  static var twoDays: [Paper] {
    (1...3).map { Papers.paper($0) } + (4...6).map { Papers.paper($0, day: boxing) }
  }

  /// Scores making the input order the reverse of the ranked order within each day.
  static let rising: [Double] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]

  static func ranked(_ scores: [Double] = rising, generation: Int = 1) -> ReaderAction {
    .rankingChanged(.ready(PaperRanking(generation: generation, scores: scores)))
  }

  func numbers(_ state: ReaderState) -> [Int] { state.visible.map { state.papers[$0].number } }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var marks: Marks = Marks()
    var actions: [ReaderAction]
    var order: ListOrder
    var numbers: [Int]
    var status: String?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "S with too few stars says why and keeps day order",
      actions: [.rankingChanged(.unavailable("star a few papers first (1 of 3 starred)")), .toggleOrder],
      order: .day, numbers: [1, 2, 3, 4, 5, 6],
      status: "for you is unavailable: star a few papers first (1 of 3 starred)"),
    Case(
      name: "S while training keeps the previous order and says so",
      actions: [.rankingChanged(.training), .toggleOrder],
      order: .forYou, numbers: [1, 2, 3, 4, 5, 6],
      status: "for you: ranking… (the list keeps its order until the ranking is ready)"),
    Case(
      name: "a ranking arriving under for you ranks each day",
      actions: [.rankingChanged(.training), .toggleOrder, ranked()],
      order: .forYou, numbers: [3, 2, 1, 6, 5, 4],
      status: "for you: 6 unread papers by relevance"),
    Case(
      name: "S with a ranking ranks each day at once",
      actions: [ranked(), .toggleOrder], order: .forYou, numbers: [3, 2, 1, 6, 5, 4],
      status: "for you: 6 unread papers by relevance"),
    Case(
      name: "S twice returns to day order",
      actions: [ranked(), .toggleOrder, .toggleOrder], order: .day, numbers: [1, 2, 3, 4, 5, 6],
      status: "day order"),
    Case(
      name: "read and starred papers follow the day's unread ones",
      marks: Marks(read: [Papers.id(3)], starred: [Papers.id(6)]),
      actions: [ranked(), .toggleOrder], order: .forYou, numbers: [2, 1, 3, 5, 4, 6]),
    Case(
      name: "a ranking without enough stars falls back to day order",
      actions: [
        ranked(), .toggleOrder, .rankingChanged(.unavailable("star a few papers first (2 of 3 starred)")),
      ],
      order: .day, numbers: [1, 2, 3, 4, 5, 6],
      status: "for you is unavailable: star a few papers first (2 of 3 starred); back to day order"),
    Case(
      name: "ties keep the digest's order",
      actions: [ranked([1, 1, 1, 0, 0, 0]), .toggleOrder], order: .forYou,
      numbers: [1, 2, 3, 4, 5, 6]),
  ]

  @Test(arguments: cases)
  func order(_ test: Case) {
    var state = ReaderState(papers: Self.twoDays, marks: test.marks, today: Papers.christmas)
    for action in test.actions { _ = state.reduce(action) }
    #expect(state.order == test.order)
    #expect(numbers(state) == test.numbers)
    if let status = test.status { #expect(state.status == status) }
  }

  @Test func rankingOverAllDaysDropsTheDayHeaders() {
    var state = ReaderState(papers: Self.twoDays, today: Papers.christmas)
    state.rankWithin(.all)
    #expect(state.rows.count == 8)
    _ = state.reduce(Self.ranked())
    _ = state.reduce(.toggleOrder)
    #expect(numbers(state) == [6, 5, 4, 3, 2, 1])
    #expect(state.rows == state.visible.map(ListRow.paper))
  }

  @Test func rankedDaysKeepTheirHeaders() {
    var state = ReaderState(papers: Self.twoDays, today: Papers.christmas)
    _ = state.reduce(Self.ranked())
    _ = state.reduce(.toggleOrder)
    #expect(
      state.rows == [
        .header(section: 0, count: 3), .paper(2), .paper(1), .paper(0),
        .header(section: 1, count: 3), .paper(5), .paper(4), .paper(3),
      ])
  }

  @Test func aNewRankingKeepsTheCursorOnTheSamePaper() {
    var state = ReaderState(papers: Self.twoDays, today: Papers.christmas)
    _ = state.reduce(.setViewport(Viewport(listRows: 10, detailRows: 10)))
    _ = state.reduce(Self.ranked())
    _ = state.reduce(.toggleOrder)
    #expect(state.selectedPaper?.number == 3)
    _ = state.reduce(.moveDown)
    #expect(state.selectedPaper?.number == 2)
    _ = state.reduce(Self.ranked([0.9, 0.2, 0.3, 0.4, 0.5, 0.6], generation: 2))
    #expect(numbers(state) == [1, 3, 2, 6, 5, 4])
    #expect(state.selectedPaper?.number == 2)
  }

  @Test func aFilterUnderForYouStaysRanked() throws {
    var papers = Self.twoDays
    papers[0].title = "Tracking one"
    papers[2].title = "Tracking three"
    var state = ReaderState(papers: papers, today: Papers.christmas)
    _ = state.reduce(Self.ranked())
    _ = state.reduce(.toggleOrder)
    _ = state.reduce(.beginFilter)
    for character in "tracking" { _ = state.reduce(.editFilter(String(character))) }
    #expect(numbers(state) == [3, 1])
    _ = state.reduce(.clearFilter)
    #expect(numbers(state) == [3, 2, 1, 6, 5, 4])
  }

  @Test func watchedPapersComeFirstUnderForYouAndCarryTheirName() {
    var papers = Self.twoDays
    papers[0].title = "NeRF in the wild"
    var state = ReaderState(papers: papers, today: Papers.christmas)
    state.useWatches([SavedFilter(name: "mine", query: "ti:nerf")])
    #expect(state.watches(of: 0) == [])
    _ = state.reduce(.filterIndexReady)
    #expect(state.watches(of: 0) == ["mine"])
    #expect(state.watches(of: 1) == [])
    _ = state.reduce(Self.ranked())
    _ = state.reduce(.toggleOrder)
    #expect(numbers(state) == [1, 3, 2, 6, 5, 4])
  }

  @Test func savedFiltersListTheWatchesWithTheirCounts() {
    var papers = Self.twoDays
    papers[0].title = "NeRF in the wild"
    papers[4].title = "Faster NeRF"
    var state = ReaderState(papers: papers, today: Papers.christmas)
    state.useSavedFilters([SavedFilter(name: "all", query: "")])
    state.useWatches([SavedFilter(name: "mine", query: "ti:nerf")])
    _ = state.reduce(.showSavedFilters)
    #expect(state.savedFilters.rows.map(\.filter.name) == ["all", "mine"])
    #expect(state.savedFilters.rows.map(\.count) == [6, 2])
    #expect(state.savedFilters.rows.map(\.isWatch) == [false, true])
  }

  @Test func moreLikeThisListsTheNeighboursAndEscReturns() {
    var state = ReaderState(papers: Self.twoDays, today: Papers.christmas)
    _ = state.reduce(.setViewport(Viewport(listRows: 10, detailRows: 10)))
    _ = state.reduce(.moveDown)
    #expect(state.reduce(.moreLikeThis) == [.findSimilar(paper: 1)])
    _ = state.reduce(
      .similarFound(
        paper: 1,
        neighbours: [SimilarPaper(index: 4, similarity: 0.5), SimilarPaper(index: 0, similarity: 0.25)]))
    #expect(numbers(state) == [5, 1])
    #expect(state.rows == [.paper(4), .paper(0)])
    #expect(state.orderDescription == "like 1912.10002")
    #expect(state.similar?.similarity[4] == 0.5)
    _ = state.reduce(.back)
    #expect(state.similar == nil)
    #expect(numbers(state) == [1, 2, 3, 4, 5, 6])
    #expect(state.selectedPaper?.number == 2)
  }

  @Test func moreLikeThisWithNoNeighboursSaysSo() {
    var state = ReaderState(papers: Self.twoDays, today: Papers.christmas)
    _ = state.reduce(.similarFound(paper: 0, neighbours: [SimilarPaper(index: 0, similarity: 1)]))
    #expect(state.similar == nil)
    #expect(state.status == "no papers like 1912.10001 among those loaded")
  }

  @Test func scoreLevelsFollowTheRank() {
    let ranking = PaperRanking(generation: 1, scores: (0..<20).map(Double.init))
    #expect(ranking.level(of: 19) == 3)
    #expect(ranking.level(of: 18) == 3)
    #expect(ranking.level(of: 17) == 2)
    #expect(ranking.level(of: 13) == 2)
    #expect(ranking.level(of: 12) == 1)
    #expect(ranking.level(of: 0) == 1)
    #expect(PaperRanking.mark(level: 2) == "▮▮▯")
  }
}
