import ArxivDigest
import DigestQuery
import Testing

/// The index built in parallel parts over thousands of papers answers as the one built over a
/// handful, and words are told apart exactly whatever their length.
@Suite struct SearchIndexChunkTests {
  static let words: [Paper] = [
    paper("9901.00001", "Internationalization of supercalifragilistic words", "Abcdefgh xyz."),
    paper("9901.00002", "Internationalisation", "Abcdefghi and abcdefg, ÉCOLE über straße."),
    paper("9901.00003", "Ωmega $\\alpha$ text", "Mixed ascii–and–dashes naïve café\u{0}end."),
    paper("9901.00004", "abcdefgh12345678 abcdefgh12345679", "Zürich Zurich ZURICH"),
  ]
  static let small = FixturePapers.all() + words
  /// `small` a hundred times over, so the index is built in several parts.
  static let large = (0..<100).flatMap { _ in small }
  static let smallIndex = SearchIndex(papers: small)
  static let largeIndex = SearchIndex(papers: large)
  static let today = DigestDay(daysSinceEpoch: 18_266)

  static let queries = [
    "", "tracking", "tracking -medical", "ti:tracking", "\"deep metric learning\"",
    "deep metric learning", "alpha", "α", "schrodinger", "au:smith", "cat:cs.cv",
    "internationalization", "internationali", "internationalisation", "supercalifragilistic",
    "abcdefgh", "abcdefghi", "abcdefg", "abcdefgh12345678", "abcdefgh12345679",
    "abcdefgh1234567", "ecole", "uber", "strasse", "straße", "omega", "ωmega", "naive", "cafe",
    "end", "zurich", "ti:zurich", "abs:zurich", "dashes", "a", "z", "–", "x or tracking",
  ]

  @Test(arguments: queries)
  func manyPapersMatchLikeFew(_ text: String) throws {
    let query = try Query(parsing: text)
    let few = SearchIndexChunkTests.smallIndex.filter(
      query, marks: Marks(), today: SearchIndexChunkTests.today)
    let many = SearchIndexChunkTests.largeIndex.filter(
      query, marks: Marks(), today: SearchIndexChunkTests.today)
    let count = SearchIndexChunkTests.small.count
    #expect(many == (0..<100).flatMap { copy in few.map { copy * count + $0 } })
  }

  @Test func wordsAreToldApartExactly() throws {
    func ids(_ text: String) throws -> [String] {
      let query = try Query(parsing: text)
      return SearchIndexChunkTests.smallIndex.filter(
        query, marks: Marks(), today: SearchIndexChunkTests.today
      ).map { SearchIndexChunkTests.small[$0].id.rawValue }
    }
    #expect(try ids("internationalization") == ["9901.00001"])
    #expect(try ids("internationali") == ["9901.00001", "9901.00002"])
    #expect(try ids("abcdefghi") == ["9901.00002"])
    #expect(try ids("abcdefgh") == ["9901.00001", "9901.00002", "9901.00004"])
    #expect(try ids("abcdefgh12345679") == ["9901.00004"])
    #expect(try ids("cafe") == ["9901.00003"])
    #expect(try ids("zurich") == ["9901.00004"])
  }

  private static func paper(_ id: String, _ title: String, _ abstract: String) -> Paper {
    Paper(
      id: ArxivID(id) ?? ArxivID("9901.99999") ?? FixturePapers.all()[0].id, title: title,
      abstract: abstract, category: "cs.CV", date: DigestDay(daysSinceEpoch: 18_260), number: 1,
      source: SourceLocation(path: "words", line: 1), authors: ["Zoë Müller"])
  }
}
