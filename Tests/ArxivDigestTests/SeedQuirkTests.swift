import ArxivDigest
import Testing

/// One small input per quirk of the seed dialect, with everything the parser must make of it.
@Suite struct SeedQuirkTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var input: [UInt8]
    var ids: [String]
    var titles: [String]
    var abstracts: [String]
    var diagnostics: [String] = []
    var testDescription: String { name }
  }

  static let header = "# ArXiv cs.CV --Wed, 25 Dec 2019\n"
  static func entry(_ number: Int, _ title: String, _ id: String) -> String {
    "### \(number).\(title)  [ :arrow_down: ](https://arxiv.org/pdf/\(id).pdf)\n"
  }

  static let cases: [Case] = [
    Case(
      name: "plain entry",
      input: Array((header + entry(1, "A", "1912.11474") + ">  Text. \n").utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["Text."]),
    Case(
      name: "CRLF line endings",
      input: Array(
        ("# ArXiv cs.CV --Wed, 25 Dec 2019\r\n### 1.A  [ :arrow_down: ]"
          + "(https://arxiv.org/pdf/1912.11474.pdf)\r\n>  Text. \r\n")
          .utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["Text."]),
    Case(
      name: "byte order mark",
      input: [0xEF, 0xBB, 0xBF] + Array((header + entry(1, "A", "1912.11474") + ">  T\n").utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["T"]),
    Case(
      name: "trailing spaces and tabs",
      input: Array(
        ("# ArXiv cs.CV --Wed, 25 Dec 2019 \t\n### 1.A  [ :arrow_down: ]"
          + "(https://arxiv.org/pdf/1912.11474.pdf) \t \n>  T\t \n")
          .utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["T"]),
    Case(
      name: "blank lines between entries",
      input: Array(
        ("\n\n" + header + "\n" + entry(1, "A", "1912.11474") + "\n>  T\n\n\n"
          + entry(2, "B", "1912.11473") + ">  U\n\n").utf8),
      ids: ["1912.11474", "1912.11473"], titles: ["A", "B"], abstracts: ["T", "U"]),
    Case(
      name: "abstract wrapped over lines without '>'",
      input: Array(
        (header + entry(1, "A", "1912.11474") + ">  First line\nsecond line\n  third\n").utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["First line second line third"]),
    Case(
      name: "title with brackets and a fake link",
      input: Array(
        (header + entry(1, "On [x](y) and [ :arrow_down: ](fake)", "1912.11474") + ">  T\n").utf8),
      ids: ["1912.11474"], titles: ["On [x](y) and [ :arrow_down: ](fake)"], abstracts: ["T"]),
    Case(
      name: "title starting with a number",
      input: Array((header + entry(1, "2.75D: Boosting", "2002.04251") + ">  T\n").utf8),
      ids: ["2002.04251"], titles: ["2.75D: Boosting"], abstracts: ["T"]),
    Case(
      name: "old-style id",
      input: Array((header + entry(1, "Old", "cs/0412069") + ">  T\n").utf8),
      ids: ["cs/0412069"], titles: ["Old"], abstracts: ["T"]),
    Case(
      name: "U+0085 inside an abstract is not a line break",
      input: Array((header + entry(1, "A", "1912.11474") + ">  one\u{85}two\n").utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["one two"]),
    Case(
      name: "C1, escape sequences and DEL removed",
      input: Array(
        (header + entry(1, "A\u{1B}[31mred\u{1B}[0m\u{7F}", "1912.11474") + ">  x\u{9B}y\u{07}z\n")
          .utf8),
      ids: ["1912.11474"], titles: ["Ared"], abstracts: ["xyz"]),
    Case(
      name: "break in a title is a space",
      input: Array((header + entry(1, "One<br>Two &#10;Three", "1912.11474") + ">  a<br>b\n").utf8),
      ids: ["1912.11474"], titles: ["One Two Three"], abstracts: ["a\nb"]),
    Case(
      name: "missing abstract",
      input: Array(
        (header + entry(1, "A", "1912.11474") + "\n" + entry(2, "B", "1912.11473")
          + ">  U\n").utf8),
      ids: ["1912.11474", "1912.11473"], titles: ["A", "B"], abstracts: ["", "U"],
      diagnostics: ["t.md:2:1: warning: paper 1912.11474 has no abstract"]),
    Case(
      name: "numbering out of sequence, repeated, with gaps and missing",
      input: Array(
        (header + entry(1, "A", "1912.00001") + ">  a\n" + entry(3, "B", "1912.00002") + ">  b\n"
          + entry(3, "C", "1912.00003") + ">  c\n"
          + "### D  [ :arrow_down: ](https://arxiv.org/pdf/1912.00004.pdf)\n>  d\n").utf8),
      ids: ["1912.00001", "1912.00002", "1912.00003", "1912.00004"], titles: ["A", "B", "C", "D"],
      abstracts: ["a", "b", "c", "d"],
      diagnostics: [
        "t.md:4:5: warning: entry number 3 out of sequence (expected 2)",
        "t.md:6:5: warning: entry number 3 out of sequence (expected 4)",
        "t.md:8:5: warning: entry has no number (expected 4)",
      ]),
    Case(
      name: "file cut in the middle of an abstract",
      input: Array((header + entry(1, "A", "1912.11474") + ">  Moving around in the wor").utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["Moving around in the wor"]),
    Case(
      name: "file cut inside a title's link",
      input: Array(
        (header + entry(1, "A", "1912.11474") + ">  T\n"
          + "### 2.B  [ :arrow_down: ](https://arxiv.org/pdf/1912.114").utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["T"],
      diagnostics: [
        "t.md:4:10: warning: entry has no complete link, so no arXiv id; entry dropped"
      ]),
    Case(
      name: "link naming no arXiv id",
      input: Array(
        (header + "### 1.A  [ :arrow_down: ](https://example.org/paper.pdf)\n>  T\n").utf8),
      ids: [], titles: [], abstracts: [],
      diagnostics: [
        "t.md:2:27: warning: link 'https://example.org/paper.pdf' names no arXiv id; entry dropped"
      ]),
    Case(
      name: "invalid UTF-8 decoded lossily",
      input: Array((header + "### 1.Caf").utf8) + [0xE9, 0x20, 0xFF]
        + Array("  [ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)\n>  ok ".utf8) + [0xC3]
        + Array("\n".utf8),
      ids: ["1912.11474"], titles: ["Caf\u{FFFD} \u{FFFD}"], abstracts: ["ok \u{FFFD}"],
      diagnostics: [
        "t.md:2:10: warning: invalid UTF-8 replaced with U+FFFD",
        "t.md:3:7: warning: invalid UTF-8 replaced with U+FFFD",
      ]),
    Case(
      name: "invalid UTF-8 on a continuation line",
      input: Array((header + entry(1, "A", "1912.11474") + ">  one\ntwo ").utf8) + [0x80]
        + Array("\n".utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["one two \u{FFFD}"],
      diagnostics: ["t.md:4:5: warning: invalid UTF-8 replaced with U+FFFD"]),
    Case(
      name: "same id twice in one file is kept twice",
      input: Array(
        (header + entry(1, "A", "1912.11474") + ">  T\n" + entry(2, "A", "1912.11474v2")
          + ">  T\n").utf8),
      ids: ["1912.11474", "1912.11474"], titles: ["A", "A"], abstracts: ["T", "T"]),
    Case(
      name: "escape sequence quoted in a diagnostic is removed",
      input: Array(
        (header + "### 1.A  [ :arrow_down: ](https://arxiv.org/pdf/\u{1B}[2Jx.pdf)\n>  T\n").utf8),
      ids: [], titles: [], abstracts: [],
      diagnostics: [
        "t.md:2:27: warning: link 'https://arxiv.org/pdf/x.pdf' names no arXiv id; entry dropped"
      ]),
    Case(
      name: "text before the first entry",
      input: Array((header + "stray words\n" + entry(1, "A", "1912.11474") + ">  T\n").utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["T"],
      diagnostics: ["t.md:2:1: warning: text outside an entry ignored"]),
    Case(
      name: "abstract line without '>'",
      input: Array((header + entry(1, "A", "1912.11474") + "plain text\n").utf8),
      ids: ["1912.11474"], titles: ["A"], abstracts: ["plain text"],
      diagnostics: ["t.md:3:1: warning: abstract does not start with '>'"]),
  ]

  @Test(arguments: cases)
  func quirkIsReadLeniently(_ quirk: Case) {
    let file = DigestParser.parse(quirk.input, path: "t.md")
    let papers = file.papers
    #expect(papers.map(\.id.rawValue) == quirk.ids)
    #expect(papers.map(\.title) == quirk.titles)
    #expect(papers.map(\.abstract) == quirk.abstracts)
    #expect(file.diagnostics.map(\.description) == quirk.diagnostics)
  }

  @Test func entryCarriesNumberVersionLinkAndSource() throws {
    let text = Self.header + "\n" + Self.entry(7, "A", "1912.11474v3") + ">  T\n"
    let paper = try #require(DigestFile(parsing: text, path: "t.md").papers.first)
    #expect(paper.number == 7)
    #expect(paper.version == 3)
    #expect(paper.pdfURL == "https://arxiv.org/pdf/1912.11474v3.pdf")
    #expect(paper.absURL == "https://arxiv.org/abs/1912.11474")
    #expect(paper.source.description == "t.md:3:1")
    #expect(paper.category == "cs.CV")
    #expect(paper.date.iso == "2019-12-25")
    #expect(paper.authors == nil)
  }

  @Test func controlCharactersNeverReachLinksOrCategories() throws {
    let text =
      "# ArXiv cs.\u{1B}[31mCV --Wed, 25 Dec 2019\n"
      + "### 1.A  [ :arrow_down: ](https://arxiv\u{1B}[0m.org/pdf/1912.11474.pdf)\n>  T\n"
    let paper = try #require(DigestFile(parsing: text, path: "t.md").papers.first)
    #expect(paper.pdfURL == "https://arxiv.org/pdf/1912.11474.pdf")
    #expect(paper.category == "cs.CV")
  }

  @Test func severalDaysInOneFile() {
    let text =
      Self.header + Self.entry(1, "A", "1912.11474") + ">  T\n"
      + "# ArXiv cs.LG --Thu, 26 Dec 2019\n" + Self.entry(1, "B", "1912.11600") + ">  U\n"
    let file = DigestFile(parsing: text, path: "t.md")
    #expect(file.digests.map(\.category) == ["cs.CV", "cs.LG"])
    #expect(file.digests.map(\.day.iso) == ["2019-12-25", "2019-12-26"])
    #expect(file.digests.map(\.source.description) == ["t.md:1:1", "t.md:4:1"])
    #expect(file.papers.map(\.date.iso) == ["2019-12-25", "2019-12-26"])
    #expect(file.papers.map(\.category) == ["cs.CV", "cs.LG"])
    #expect(file.diagnostics.isEmpty)
  }

  @Test func emptyFileHoldsNothing() {
    let file = DigestFile(parsing: "", path: "t.md")
    #expect(file.dialect == nil)
    #expect(file.digests.isEmpty)
    #expect(file.diagnostics.map(\.description) == ["t.md:1:1: warning: file is empty"])
  }

  @Test func headerOnlyFileHoldsOneEmptyDay() {
    let file = DigestFile(parsing: Self.header, path: "t.md")
    #expect(file.dialect == .seed)
    #expect(file.digests.count == 1)
    #expect(file.papers.isEmpty)
    #expect(file.diagnostics.isEmpty)
  }

  @Test func papersBeforeTheFirstHeaderJoinTheNextDay() {
    let text =
      Self.entry(1, "A", "1912.11474") + ">  T\n" + Self.header
      + Self.entry(1, "B", "1912.11473") + ">  U\n"
    let file = DigestFile(parsing: text, path: "t.md")
    #expect(file.papers.map(\.id.rawValue) == ["1912.11474", "1912.11473"])
    #expect(file.papers.map(\.date.iso) == ["2019-12-25", "2019-12-25"])
    #expect(
      file.diagnostics.map(\.description) == [
        "t.md:1:1: warning: 1 paper with no day header above; listed under the next header, "
          + "cs.CV 2019-12-25"
      ])
  }

  @Test func papersWithoutAnyHeaderAreDroppedWithAnError() {
    let text = Self.entry(1, "A", "1912.11474") + ">  T\n" + Self.entry(2, "B", "1912.11473")
    let file = DigestFile(parsing: text, path: "t.md")
    #expect(file.papers.isEmpty)
    #expect(file.dialect == nil)
    #expect(
      file.diagnostics.map(\.description) == [
        "t.md:3:1: warning: paper 1912.11473 has no abstract",
        "t.md:1:1: error: 2 papers dropped: the file has no readable day header",
      ])
  }

  @Test func papersUnderAnUnreadableHeaderJoinThePreviousDay() {
    let text =
      Self.header + Self.entry(1, "A", "1912.11474") + ">  T\n"
      + "# ArXiv cs.CV --Thu, 32 Dec 2019\n" + Self.entry(1, "B", "1912.11473") + ">  U\n"
    let file = DigestFile(parsing: text, path: "t.md")
    #expect(file.digests.count == 1)
    #expect(file.papers.map(\.id.rawValue) == ["1912.11474", "1912.11473"])
    #expect(
      file.diagnostics.map(\.description) == [
        "t.md:4:22: error: no such date: 32 Dec 2019; papers below wait for the next readable "
          + "header",
        "t.md:5:1: warning: 1 paper under an unreadable day header; listed under the previous "
          + "header, cs.CV 2019-12-25",
      ])
  }
}
