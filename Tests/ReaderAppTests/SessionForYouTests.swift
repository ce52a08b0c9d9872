import ArxivDigest
import DigestState
import ReaderApp
import ReaderCore
import ReaderUI
import Testing

/// The session with the real ranking: stars train the model in the background, `S` ranks,
/// `m` lists similar papers.
@Suite struct SessionForYouTests {
  static let day = DigestDay(daysSinceEpoch: 18_255)

  /// Ten papers: odd numbers on object tracking, even numbers on medical segmentation.
  static let papers: [Paper] = (1...10).compactMap { number in
    let tracking = number % 2 == 1
    let title =
      tracking
      ? "Multi-object tracking with transformers, part \(number)"
      : "Medical image segmentation of organs, part \(number)"
    let abstract =
      tracking
      ? "We track objects across video frames with a tracker that associates detections over time."
      : "We segment organs in CT and MRI scans with a network trained on annotated medical images."
    return ArxivID("1912.\(10_000 + number)").map {
      Paper(
        id: $0, title: title, abstract: abstract, category: "cs.CV", date: day, number: number,
        source: SourceLocation(path: "test.md", line: number))
    }
  }

  func session() throws -> (Session, TestTerminal) {
    let state = ReaderState(papers: Self.papers, today: Self.day)
    let terminal = TestTerminal(size: Size(width: 100, height: 30))
    let session = Session(
      state: state, terminal: terminal,
      runner: EffectRunner(store: try SQLiteMarkStore.inMemory()))
    session.start()
    session.startBackgroundWork()
    return (session, terminal)
  }

  /// Waits for the ranking's work and reduces what it posted.
  func settle(_ session: Session) {
    session.ranking?.waitUntilIdle()
    session.handle(.idle)
  }

  func titles(_ session: Session) -> [Int] {
    session.state.visible.map { session.state.papers[$0].number }
  }

  @Test func starringThreePapersOnATopicPutsTheRestOfItFirst() throws {
    let (session, terminal) = try session()
    settle(session)
    #expect(session.state.ranking == .unavailable("star a few papers first (0 of 3 starred)"))
    session.handle(.key(.character("S")))
    #expect(session.state.order == .day)
    // Star papers 1, 3 and 5 (tracking); read paper 2 (medical) and pass it over.
    for key in ["s", "j", "r", "j", "s", "j", "j", "s"] {
      session.handle(.key(.character(Character(key))))
    }
    settle(session)
    // Enough stars, but nothing is built before "for you" is asked for.
    #expect(session.state.ranking == .training)
    #expect(session.ranking?.hasStarted == false)
    session.handle(.key(.character("S")))
    #expect(session.state.order == .forYou)
    #expect(session.ranking?.hasStarted == true)
    settle(session)
    #expect(session.state.ranking.ranking != nil)
    #expect(Array(titles(session).prefix(2)).sorted() == [7, 9])
    #expect(Array(titles(session).suffix(4)).sorted() == [1, 2, 3, 5])
    #expect(terminal.screen.text.contains("· for you"))
  }

  @Test func moreLikeThisListsPapersOnTheSameTopic() throws {
    let (session, _) = try session()
    settle(session)
    #expect(session.ranking?.hasStarted == false)
    session.handle(.key(.character("m")))
    settle(session)
    #expect(session.state.similar?.paper == 0)
    #expect(Array(titles(session).prefix(4)).sorted() == [3, 5, 7, 9])
    session.handle(.key(.escape))
    #expect(session.state.similar == nil)
    #expect(titles(session) == Array(1...10))
  }
}

@Suite struct RankingReasonsTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var reasons: [String]
    var limit: Int
    var kept: [String]
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(
      name: "a word shown by a word pair is dropped",
      reasons: ["point", "clouds", "point clouds", "lidar"], limit: 4,
      kept: ["point clouds", "lidar"]),
    Case(
      name: "authors and other words stay", reasons: ["Kristen Grauman", "navigation", "audio"],
      limit: 4, kept: ["Kristen Grauman", "navigation", "audio"]),
    Case(name: "the limit holds", reasons: ["a1", "b2", "c3"], limit: 2, kept: ["a1", "b2"]),
  ])
  func distinctReasons(_ test: Case) {
    #expect(RankingInputs.distinct(test.reasons, limit: test.limit) == test.kept)
  }
}
