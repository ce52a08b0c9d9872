import ArxivDigest
import DigestExport
import Foundation
import Testing

/// `digest list` on a Markdown export gives back the papers exported: the export is parsed
/// with the digest parser and compared field by field with what was exported.
@Suite struct MarkdownRoundTripTests {
  struct FixtureCase: CustomTestStringConvertible, Sendable {
    var file: String
    var papers: Int
    var firstID: String
    var lastID: String
    var testDescription: String { file }

    init(_ file: String, _ papers: Int, _ firstID: String, _ lastID: String) {
      self.file = file
      self.papers = papers
      self.firstID = firstID
      self.lastID = lastID
    }
  }

  /// Every fixture digest, with its distinct papers and first and last ids.
  static let fixtures: [FixtureCase] = [
    FixtureCase("cs.CV-2019-12-25.seed.md", 26, "1912.11474", "1912.11194"),
    FixtureCase("cs.CV-2019-02-03.md", 6, "1902.00820", "1902.00927"),
    FixtureCase("cs.CV-2019-06-11.md", 51, "1906.04910", "1906.04854"),
    FixtureCase("cs.CV-2019-08-02.md", 36, "1908.00669", "1908.01091"),
    FixtureCase("cs.CV-2019-09-16.md", 53, "1909.06928", "1909.07507"),
    FixtureCase("cs.CV-2019-12-11.md", 65, "1912.05067", "1912.05699"),
    FixtureCase("cs.CV-2019-12-20.md", 46, "1912.09597", "1912.10122"),
    FixtureCase("cs.CV-2019-12-24.md", 27, "1912.11164", "2001.00987"),
    FixtureCase("cs.CV-2020-02-11.md", 43, "2002.04147", "2003.00836"),
    FixtureCase("cs.CV-2020-03-17.md", 67, "2003.08803", "2003.08788"),
    FixtureCase("cs.CV-2020-03-30.md", 74, "2003.13170", "2003.13874"),
    FixtureCase("cs.CV-2020-09-17.md", 55, "2009.07988", "2009.09808"),
    FixtureCase("cs.CV-2020-11-30.md", 95, "2011.14477", "2012.00172"),
    FixtureCase("cvpapers/20041217.md", 8, "cs/0412069", "cs/0412070"),
    FixtureCase("cvpapers/20191220.md", 46, "1912.09597", "1912.10122"),
    FixtureCase("cvpapers/20260202.md", 149, "2602.01501", "2602.02920"),
  ]

  @Test(arguments: fixtures)
  func everyFixtureReadsBackWithTheSameIDsTitlesAndAbstracts(_ test: FixtureCase) throws {
    let url = Golden.fixtureURL(test.file)
    let papers = Library(files: [try DigestFile(contentsOf: url, path: test.file)]).papers
    #expect(papers.count == test.papers)
    #expect(papers.first?.id.rawValue == test.firstID)
    #expect(papers.last?.id.rawValue == test.lastID)
    let export = MarkdownFormat.document(for: papers)
    let back = DigestFile(parsing: export, path: "export.md")
    #expect(back.diagnostics.map(\.description) == [])
    #expect(back.papers.count == papers.count)
    for (original, read) in zip(papers, back.papers) {
      #expect(read.id == original.id)
      #expect(read.title == original.title)
      #expect(read.abstract == original.abstract)
      #expect(read.category == original.category)
      #expect(read.date == original.date)
    }
    #expect(back.papers.map(\.number) == Array(1...test.papers))
  }

  @Test func theFixtureSelectionReadsBackWithTheSameTextAndVersions() {
    let back = DigestFile(parsing: MarkdownFormat.document(for: SamplePapers.all), path: "x.md")
    #expect(
      back.diagnostics.map(\.description) == [
        "x.md:10:1: warning: paper cs/0412069 has no abstract"
      ])
    let expected = [SamplePapers.audioVisual, SamplePapers.formula, SamplePapers.metricLearning,
      SamplePapers.fronteiras]
    #expect(back.papers.map(\.id) == expected.map(\.id))
    #expect(back.papers.map(\.title) == expected.map(\.title))
    #expect(back.papers.map(\.abstract) == expected.map(\.abstract))
    #expect(back.papers.map(\.version) == [nil, nil, 2, 1])
  }
}
