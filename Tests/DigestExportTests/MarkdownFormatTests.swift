@testable import ArxivDigest
import DigestExport
import Testing

@Suite struct MarkdownFormatTests {
  @Test func textIsWrittenTheWayArxivWritesIt() {
    var paper = SamplePapers.audioVisual
    paper.title = "Project & Excite <Modules>"
    paper.abstract = "First & second.\nThird -> fourth."
    #expect(
      MarkdownFormat.entry(for: paper)
        == "### 1.Project &amp; Excite &lt;Modules&gt;  "
        + "[ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)\n"
        + ">  First &amp; second. <br>Third -&gt; fourth. \n")
  }

  @Test func aPaperWithoutALinkGetsArxivsLinkWithItsVersion() {
    #expect(
      MarkdownFormat.entry(for: SamplePapers.metricLearning).hasPrefix(
        "### 12.M$^5$L: Multi-Modal Multi-Margin Metric Learning for RGBT Tracking  "
          + "[ :arrow_down: ](https://arxiv.org/pdf/2003.07650v2.pdf)\n"))
  }

  @Test func aLinkNamingAnotherPaperIsReplaced() {
    var paper = SamplePapers.audioVisual
    paper.pdfURL = "https://example.org/paper.pdf"
    #expect(MarkdownFormat.entry(for: paper).contains("](https://arxiv.org/pdf/1912.11474.pdf)"))
  }

  @Test func anAbsLinkIsNotWrittenAsThePDFLink() {
    var paper = SamplePapers.audioVisual
    paper.pdfURL = "http://arxiv.org/abs/1912.11474v3"
    paper.version = 3
    #expect(MarkdownFormat.entry(for: paper).contains("](https://arxiv.org/pdf/1912.11474v3.pdf)"))
  }

  @Test func aPaperWithoutACategoryGoesUnderItsPrimaryOne() {
    var remembered = SamplePapers.fronteiras
    remembered.category = ""
    var bare = SamplePapers.metricLearning
    bare.category = ""
    let headers = MarkdownFormat.document(for: [remembered, bare]).split(separator: "\n")
      .filter { $0.hasPrefix("# ") }
    #expect(
      headers == ["# ArXiv cs.CV --Fri, 17 Dec 2004", "# ArXiv unknown --Tue, 17 Mar 2020"])
  }

  @Test func papersAreGroupedByCategoryAndDayInFirstAppearanceOrder() {
    let text = MarkdownFormat.document(for: SamplePapers.all)
    let headers = text.split(separator: "\n").filter { $0.hasPrefix("# ") }
    #expect(
      headers == [
        "# ArXiv cs.CV --Wed, 25 Dec 2019", "# ArXiv cs.CV --Tue, 17 Mar 2020",
        "# ArXiv cs.CV --Fri, 17 Dec 2004",
      ])
  }

  @Test func appendingUnderTheSameDayDoesNotRepeatTheHeaderAndGoesOnNumbering() {
    let text = MarkdownFormat.document(
      for: [SamplePapers.formula], continuing: "# ArXiv cs.CV --Wed, 25 Dec 2019",
      lastNumber: 4)
    #expect(text.hasPrefix("### 5.=SUM(A1)"))
  }

  @Test func entriesAreNumberedFromOneUnderEachHeader() {
    let numbers = MarkdownFormat.document(for: SamplePapers.all).split(separator: "\n")
      .filter { $0.hasPrefix("### ") }.map { $0.prefix(6) }
    #expect(numbers == ["### 1.", "### 2.", "### 1.", "### 1."])
  }

  @Test func idsAreReadBackFromEntryLinks() {
    let text = MarkdownFormat.document(for: SamplePapers.all) + "### 9.Bad link  [ x ](nowhere)\n"
    #expect(
      MarkdownFormat.exportedIDs(in: text)
        == [
          ArxivID(unchecked: "1912.11474"), ArxivID(unchecked: "1912.11473"),
          ArxivID(unchecked: "2003.07650"), ArxivID(unchecked: "cs/0412069"),
        ])
    #expect(MarkdownFormat.lastHeader(in: text)?.header == "# ArXiv cs.CV --Fri, 17 Dec 2004")
    #expect(MarkdownFormat.lastHeader(in: text)?.lastNumber == 9)
  }
}
