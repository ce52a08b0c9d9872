import ArxivDigest
import ReaderCore
import Testing

@Suite struct ReduceLinksTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var urls: [String]
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(name: "none", text: "No links here.", urls: []),
    Case(
      name: "a full stop after a link", text: "Code: https://github.com/a/b.",
      urls: ["https://github.com/a/b"]),
    Case(
      name: "a link in parentheses", text: "data (see http://x.org/d) here",
      urls: ["http://x.org/d"]),
    Case(
      name: "parentheses inside the link",
      text: "https://en.wikipedia.org/wiki/Tree_(graph_theory), then",
      urls: ["https://en.wikipedia.org/wiki/Tree_(graph_theory)"]),
    Case(
      name: "two links in order", text: "https://a.org/1 and https://b.org/2",
      urls: ["https://a.org/1", "https://b.org/2"]),
    Case(name: "a scheme alone is no link", text: "see https:// nothing", urls: []),
    Case(name: "inside a word is no link", text: "xhttps://a.org", urls: []),
  ])
  func linksAreFoundInText(_ testCase: Case) {
    #expect(PaperLinks.urls(in: testCase.text) == testCase.urls)
  }

  static let paper = Paper(
    id: Papers.id(1), title: "T",
    abstract: "Code at https://github.com/a/b. Data: https://x.org/d and https://github.com/a/b",
    category: "cs.CV", date: Papers.christmas, number: 1,
    source: SourceLocation(path: "t.md", line: 1), comments: "Project page https://p.io")

  @Test func linksOfAbstractThenCommentsAreNumberedOnce() {
    #expect(
      PaperLinks.urls(of: Self.paper) == [
        "https://github.com/a/b", "https://x.org/d", "https://p.io",
      ])
  }

  @Test func fThenANumberOpensThatLink() {
    var state = ReaderState(papers: [Self.paper], today: Papers.christmas)
    #expect(state.reduce(.beginFollow) == [])
    #expect(state.menu == .follow)
    #expect(state.activePane == .follow)
    #expect(state.status == "follow link 1–3 (Esc cancels)")
    #expect(state.reduce(.followLink(2)) == [.openURL("https://x.org/d")])
    #expect(state.menu == nil)
  }

  @Test func aNumberWithoutALinkSaysSo() {
    var state = ReaderState(papers: [Self.paper], today: Papers.christmas)
    _ = state.reduce(.beginFollow)
    #expect(state.reduce(.followLink(7)) == [])
    #expect(state.status == "no link 7")
    #expect(state.menu == nil)
  }

  @Test func fOnAPaperWithoutLinksSaysSo() {
    var state = ReaderState(papers: Papers.papers(1), today: Papers.christmas)
    _ = state.reduce(.beginFollow)
    #expect(state.menu == nil)
    #expect(state.status == "no links in this paper")
  }

  @Test func capitalOOpensThePDF() {
    var state = ReaderState(papers: Papers.papers(1), today: Papers.christmas)
    #expect(state.reduce(.openPDF) == [.openURL("https://arxiv.org/pdf/1912.10001")])
  }
}
