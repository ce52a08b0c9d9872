import ArxivDigest
import Testing

/// Merging parsed files: one paper per id, first occurrence wins, duplicates reported.
@Suite struct LibraryTests {
  static func day(_ date: String, _ ids: [String]) -> String {
    var text = "# ArXiv cs.CV --\(date)\n"
    for (index, id) in ids.enumerated() {
      text += "### \(index + 1).T\(id)  [ :arrow_down: ](https://arxiv.org/pdf/\(id).pdf)\n>  A\n"
    }
    return text
  }

  @Test func duplicatesWithinADayKeepTheFirst() throws {
    let text = Self.day(
      "Wed, 25 Dec 2019", ["1912.00001", "1912.00002", "1912.00001", "1912.00003"])
    let library = Library(files: [DigestFile(parsing: text, path: "a.md")])
    #expect(library.papers.map(\.id.rawValue) == ["1912.00001", "1912.00002", "1912.00003"])
    let third = try #require(ArxivID("1912.00003"))
    #expect(library.index(of: third) == 2)
    #expect(library.paper(withID: third)?.source.description == "a.md:8:1")
    #expect(
      library.diagnostics.map(\.description) == [
        "a.md:6:1: warning: duplicate paper 1912.00001; first listed at a.md:2:1"
      ])
  }

  @Test func duplicatesAcrossFilesKeepTheFirstFile() throws {
    let first = DigestFile(
      parsing: Self.day("Wed, 25 Dec 2019", ["1912.00001", "1912.00002"]), path: "a.md")
    let second = DigestFile(
      parsing: Self.day("Thu, 26 Dec 2019", ["1912.00002", "1912.00003"]), path: "b.md")
    let library = Library(files: [first, second])
    #expect(library.papers.map(\.id.rawValue) == ["1912.00001", "1912.00002", "1912.00003"])
    #expect(library.papers.map(\.date.iso) == ["2019-12-25", "2019-12-25", "2019-12-26"])
    let shared = try #require(ArxivID("1912.00002"))
    #expect(library.paper(withID: shared)?.source.description == "a.md:4:1")
    #expect(library.index(of: shared) == 1)
    #expect(library.paths == ["a.md", "b.md"])
    #expect(
      library.sections.map { "\($0.day.iso) \($0.range)" } == [
        "2019-12-25 0..<2", "2019-12-26 2..<3",
      ])
    #expect(
      library.diagnostics.map(\.description) == [
        "b.md:2:1: warning: duplicate paper 1912.00002; first listed at a.md:4:1"
      ])
  }

  @Test func everyPaperIsFoundByItsID() throws {
    let library = Library(files: FixtureFiles.all.map(FixtureFiles.parse))
    #expect(library.papers.count == 781)
    for (index, paper) in library.papers.enumerated() {
      #expect(library.index(of: paper.id) == index)
    }
  }
}
