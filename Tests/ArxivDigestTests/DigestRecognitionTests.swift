import Testing

@testable import ArxivDigest

/// Telling a digest (of either dialect, however damaged) from a file that is none at all.
@Suite struct DigestRecognitionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var isDigest: Bool
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "seed header", text: "# ArXiv cs.CV --Wed, 25 Dec 2019\n", isDigest: true),
    Case(name: "cvpapers header", text: "# Arxiv Papers in cs.CV on 2019-12-20\n", isDigest: true),
    Case(name: "damaged header", text: "# ArXiv cs.CV --garbage\n### x\n", isDigest: true),
    Case(
      name: "headerless seed entries",
      text: "### 1.Title  [ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)\n",
      isDigest: true),
    Case(name: "cvpapers bullet", text: "### T\n- **Arxiv ID**: 1912.11474\n", isDigest: true),
    Case(name: "empty", text: "", isDigest: true),
    Case(name: "README", text: "# digest\n\nA reader.\n\n## Install\n### Linux\n", isDigest: false),
    Case(name: "calendar", text: "- 2019-12-25 holiday\n- 2019-12-26 back\n", isDigest: false),
    Case(name: "PDF", text: "%PDF-1.5\n%\u{00}\u{01}binary\n", isDigest: false),
    Case(name: "bare hashes", text: "### x\n### y\n", isDigest: false),
  ]

  @Test(arguments: cases) func recognisesDigests(_ example: Case) {
    #expect(DigestParser.looksLikeDigest(Array(example.text.utf8)) == example.isDigest)
  }
}
