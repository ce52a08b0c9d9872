import ArxivDigest
import Testing

/// Small inputs in the CVPapers dialect.
@Suite struct CVPapersQuirkTests {
  static let header = "# Arxiv Papers in cs.CV on 2004-12-17\n"

  static func entry(_ title: String, _ id: String, summary: String? = "S.") -> String {
    var text =
      "### \(title)\n- **Arxiv ID**: http://arxiv.org/abs/\(id)\n- **DOI**: None\n"
      + "- **Categories**: **cs.AI**, cs.CV, I.5; I.5.3\n"
      + "- **Links**: [PDF](http://arxiv.org/pdf/\(id))\n"
      + "- **Authors**: Ann One, Bob Two\n- **Comment**: None\n- **Journal**: None\n"
    if let summary { text += "- **Summary**: \(summary)\n" }
    return text + "\n\n\n"
  }

  @Test func entryIsReadIntoTheModel() throws {
    let file = DigestFile(parsing: Self.header + Self.entry("T", "cs/0412069v1"), path: "c.md")
    #expect(file.dialect == .cvpapers)
    #expect(file.diagnostics.isEmpty)
    let paper = try #require(file.papers.first)
    #expect(paper.id.rawValue == "cs/0412069")
    #expect(paper.version == 1)
    #expect(paper.title == "T")
    #expect(paper.abstract == "S.")
    #expect(paper.authors == ["Ann One", "Bob Two"])
    #expect(paper.categories == ["cs.AI", "cs.CV"])
    #expect(paper.comments == nil)
    #expect(paper.pdfURL == "http://arxiv.org/pdf/cs/0412069v1")
    #expect(paper.number == 1)
    #expect(paper.date.iso == "2004-12-17")
    #expect(paper.source.description == "c.md:2:1")
  }

  struct AnnounceCase: CustomTestStringConvertible, Sendable {
    var name: String
    var bullet: String?
    var expected: AnnounceType?
    var diagnostics: [String] = []
    var testDescription: String { name }
  }

  static let announceCases: [AnnounceCase] = [
    AnnounceCase(name: "new", bullet: "- **Announce Type**: new\n", expected: .new),
    AnnounceCase(name: "cross", bullet: "- **Announce Type**: cross\n", expected: .cross),
    AnnounceCase(name: "replace", bullet: "- **Announce Type**: replace\n", expected: .replace),
    AnnounceCase(
      name: "replace-cross, any case", bullet: "- **announce type**: Replace-Cross\n",
      expected: .replaceCross),
    AnnounceCase(name: "absent", bullet: nil, expected: nil),
    AnnounceCase(
      name: "unknown", bullet: "- **Announce Type**: withdrawn\n", expected: nil,
      diagnostics: [
        "c.md:3:22: warning: unknown Announce Type 'withdrawn', expected new, cross, replace "
          + "or replace-cross"
      ]),
  ]

  @Test(arguments: announceCases)
  func announceTypeBulletIsRead(_ test: AnnounceCase) {
    let text =
      Self.header + "### T\n" + (test.bullet ?? "")
      + "- **Arxiv ID**: http://arxiv.org/abs/2602.01501v2\n- **Summary**: S\n"
    let file = DigestFile(parsing: text, path: "c.md")
    #expect(file.papers.map(\.announceType) == [test.expected])
    #expect(file.diagnostics.map(\.description) == test.diagnostics)
  }

  @Test func aJournalDOIIsKeptAndNoneIsNoDOI() throws {
    let withDOI = Self.entry("T", "2010.00001").replacingOccurrences(
      of: "- **DOI**: None", with: "- **DOI**: 10.1016/j.neunet.2020.10.016")
    let file = DigestFile(
      parsing: Self.header + withDOI + Self.entry("U", "2010.00002"), path: "c.md")
    #expect(file.diagnostics.isEmpty)
    #expect(file.papers.map(\.doi) == ["10.1016/j.neunet.2020.10.016", nil])
    #expect(file.papers.map(\.doiOrArxivDOI) == [
      "10.1016/j.neunet.2020.10.016", "10.48550/arXiv.2010.00002",
    ])
  }

  @Test func commentContinuesOnIndentedLines() {
    let text =
      Self.header + "### T\n- **Arxiv ID**: http://arxiv.org/abs/2602.01501v2\n"
      + "- **Comment**: 11 pages,\n  http://x.org/a, submitted\r\n  2005\n- **Summary**: S\n"
    let file = DigestFile(parsing: text, path: "c.md")
    #expect(file.papers.map(\.comments) == ["11 pages, http://x.org/a, submitted 2005"])
    #expect(file.papers.map(\.authors) == [[]])
  }

  @Test func repeatedEntriesAreKeptAndNumberedByPosition() {
    let text = Self.header + Self.entry("A", "2602.01666v1") + Self.entry("A", "2602.01666v2")
    let file = DigestFile(parsing: text, path: "c.md")
    #expect(file.papers.map(\.version) == [1, 2])
    #expect(file.papers.map(\.number) == [1, 2])
  }

  @Test func missingSummaryKeepsThePaper() {
    let text = Self.header + Self.entry("A", "2602.01666v1", summary: nil)
    let file = DigestFile(parsing: text, path: "c.md")
    #expect(file.papers.map(\.abstract) == [""])
    #expect(
      file.diagnostics.map(\.description) == ["c.md:2:1: warning: paper 2602.01666 has no abstract"]
    )
  }

  @Test func entryWithoutArxivIDIsDropped() {
    let text = Self.header + "### Cut\n- **DOI**: None\n" + Self.entry("B", "2602.01513v1")
    let file = DigestFile(parsing: text, path: "c.md")
    #expect(file.papers.map(\.title) == ["B"])
    #expect(
      file.diagnostics.map(\.description) == [
        "c.md:2:1: warning: entry has no Arxiv ID; entry dropped"
      ])
  }

  @Test func malformedArxivIDIsReportedAtItsColumn() {
    let text = Self.header + "### T\n- **Arxiv ID**: http://arxiv.org/abs/12.3\n"
    let file = DigestFile(parsing: text, path: "c.md")
    #expect(file.papers.isEmpty)
    #expect(
      file.diagnostics.map(\.description) == [
        "c.md:3:17: warning: 'http://arxiv.org/abs/12.3' names no arXiv id; entry dropped"
      ])
  }

  @Test func summaryIsCleaned() {
    let text = Self.header + Self.entry("A &amp; B", "2602.01666v1", summary: "x  &lt; y<br>z")
    #expect(DigestFile(parsing: text, path: "c.md").papers.map(\.abstract) == ["x < y\nz"])
    #expect(DigestFile(parsing: text, path: "c.md").papers.map(\.title) == ["A & B"])
  }
}
