import ArxivDigest
import DigestQuery
import Testing

@testable import ReaderCore

/// A filter typed before the index is built answers at once from the first papers, and ends
/// with exactly the full index's answer.
@Suite struct PartialFilterTests {
  static let words = ["tracking", "diffusion", "medical", "nerf", "graph", "robot", "video"]

  /// More papers than the partial index covers, with varied titles.
  static let papers: [Paper] = (1...(FilterEngine.prefixCount + 900)).map { number in
    let first = words[number % words.count]
    let second = words[(number / 7) % words.count]
    return Papers.paper(number % 9_999 + 1, title: "\(first) and \(second) number \(number)")
  }

  @Test(arguments: ["tracking", "nerf -video", "\"diffusion and\"", "ti:graph or robot", "number 4100"])
  func thePartialAnswerIsTheFullAnswerOverTheFirstPapers(_ text: String) throws {
    let query = try Query(parsing: text)
    let engine = FilterEngine(papers: Self.papers)
    let partial = engine.currentMatches(query, marks: Marks(), today: Papers.christmas)
    #expect(!partial.isComplete)
    let full = engine.matches(query, marks: Marks(), today: Papers.christmas)
    #expect(partial.indices == full.filter { $0 < FilterEngine.prefixCount })
    let after = engine.currentMatches(query, marks: Marks(), today: Papers.christmas)
    #expect(after.isComplete)
    #expect(after.indices == full)
  }

  @Test func theReaderShowsThePartialAnswerThenTheFullOne() {
    var state = ReaderState(papers: Self.papers, today: Papers.christmas)
    _ = state.reduce(.setViewport(Viewport(listRows: 20, detailRows: 20)))
    _ = state.reduce(.beginFilter)
    for character in "number 41" { _ = state.reduce(.editFilter(String(character))) }
    #expect(state.isFilterPartial)
    let partial = state.visible
    #expect(partial.allSatisfy { $0 < FilterEngine.prefixCount })
    state.prepareFilter()
    _ = state.reduce(.filterIndexReady)
    #expect(!state.isFilterPartial)
    #expect(state.visible.count > partial.count)
    #expect(Array(state.visible.prefix(partial.count)) == partial)
  }
}
