import ArxivDigest
import DigestQuery
import Testing

/// Deterministic random queries (SplitMix64), so a failure reproduces on every run.
struct QueryFuzzer {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  static let pieces: [String] = [
    "a", "deep", "tracking", "é", "α", "\"", "(", ")", "|", "-", " ", "  ", "or", "OR", "and",
    "not", "ti:", "abs:", "au:", "id:", "cat:", "date:", "is:", "tit:", "read", "2019-12",
    "..", ">=", "<", "7d", "cs", ".", ":", "\\alpha", "$", "{", "}", "😀", "e\u{301}",
  ]

  mutating func query() -> String {
    let count = Int(next() % 12)
    let pieces = QueryFuzzer.pieces
    return (0..<count).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
  }
}

@Suite struct QueryRobustnessTests {
  @Test func randomQueriesParseOrFailWithAColumnInsideTheText() {
    var fuzzer = QueryFuzzer(seed: 5)
    let index = SearchIndex(papers: FixturePapers.all())
    let today = DigestDay(daysSinceEpoch: 18_266)
    for _ in 0..<3_000 {
      let text = fuzzer.query()
      do {
        let query = try Query(parsing: text)
        let found = index.filter(query, marks: Marks(), today: today)
        #expect(found == found.sorted())
        #expect(found.allSatisfy { $0 >= 0 && $0 < index.papers.count })
        _ = query.highlights(in: "Deep tracking é α \\alpha $x$")
      } catch {
        #expect((1...max(1, text.count)).contains(error.column), "\(text): \(error)")
      }
    }
  }

  @Test func filteringAmongPreviousResultNarrowsIt() throws {
    let index = SearchIndex(papers: FixturePapers.all())
    let today = DigestDay(daysSinceEpoch: 18_266)
    let wide = index.filter(try Query(parsing: "deep"), marks: Marks(), today: today)
    let narrow = try Query(parsing: "deep neural")
    #expect(
      index.filter(narrow, marks: Marks(), today: today, among: wide)
        == index.filter(narrow, marks: Marks(), today: today))
  }

  @Test func emptyIndexFiltersToNothing() throws {
    let index = SearchIndex(papers: [])
    let query = try Query(parsing: "deep")
    #expect(index.filter(query, marks: Marks(), today: DigestDay(daysSinceEpoch: 0)) == [])
  }
}
