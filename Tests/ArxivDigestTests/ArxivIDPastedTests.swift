import Testing

@testable import ArxivDigest

/// The forms of an arXiv id researchers paste into `show` and `mark`.
@Suite struct ArxivIDPastedTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var id: String?
    var version: Int?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "bare", text: "1912.11474", id: "1912.11474"),
    Case(name: "bare with version", text: "1912.11474v2", id: "1912.11474", version: 2),
    Case(name: "arXiv prefix", text: "arXiv:1912.11474", id: "1912.11474"),
    Case(name: "lower-case prefix", text: "arxiv:1912.11474v3", id: "1912.11474", version: 3),
    Case(name: "surrounding space", text: "  arXiv:1912.11474\t", id: "1912.11474"),
    Case(
      name: "abs link with version", text: "https://arxiv.org/abs/1912.11474v2",
      id: "1912.11474", version: 2),
    Case(name: "pdf link .pdf", text: "http://arxiv.org/pdf/1912.11474.pdf", id: "1912.11474"),
    Case(
      name: "pdf link with version", text: "https://arxiv.org/pdf/1912.11474v1",
      id: "1912.11474", version: 1),
    Case(
      name: "pdf link version .pdf", text: "https://arxiv.org/pdf/1912.11474v1.pdf",
      id: "1912.11474", version: 1),
    Case(name: "www host", text: "https://www.arxiv.org/abs/2602.01666", id: "2602.01666"),
    Case(name: "export host", text: "https://export.arxiv.org/abs/1912.11474", id: "1912.11474"),
    Case(name: "trailing slash", text: "https://arxiv.org/abs/1912.11474/", id: "1912.11474"),
    Case(name: "query", text: "https://arxiv.org/abs/1912.11474?context=cs", id: "1912.11474"),
    Case(name: "fragment", text: "https://arxiv.org/abs/1912.11474#S2", id: "1912.11474"),
    Case(name: "upper-case scheme", text: "HTTPS://ARXIV.ORG/abs/1912.11474", id: "1912.11474"),
    Case(name: "old style bare", text: "hep-th/9901001", id: "hep-th/9901001"),
    Case(name: "old style prefix", text: "arXiv:hep-th/9901001", id: "hep-th/9901001"),
    Case(
      name: "old style abs link", text: "https://arxiv.org/abs/hep-th/9901001v1",
      id: "hep-th/9901001", version: 1),
    Case(
      name: "old style pdf link", text: "http://arxiv.org/pdf/math.GT/0309136.pdf",
      id: "math.GT/0309136"),
    Case(name: "other site", text: "https://example.org/abs/1912.11474"),
    Case(name: "other arxiv page", text: "https://arxiv.org/list/cs.CV/recent"),
    Case(name: "prefix only", text: "arXiv:"),
    Case(name: "no path", text: "https://arxiv.org"),
    Case(name: "empty", text: ""),
    Case(name: "garbage", text: "hello"),
    Case(name: "bad month", text: "arXiv:1913.11474"),
    Case(name: "control bytes", text: "1912.0\u{1B}[31mX\u{07}"),
  ]

  @Test(arguments: cases) func readsThePastedForm(_ example: Case) {
    let parsed = ArxivID.parse(pasted: example.text)
    #expect(parsed?.id.rawValue == example.id)
    #expect(parsed?.version == example.version)
  }
}
