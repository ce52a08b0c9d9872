import ArxivDigest
import Testing

/// Day headers of both dialects, and what is said about bad ones.
@Suite struct DayHeaderTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var header: String
    var day: String?
    var category: String?
    var diagnostics: [String]
    var testDescription: String { header }
  }

  static let cases: [Case] = [
    Case(
      header: "# ArXiv cs.CV --Wed, 25 Dec 2019", day: "2019-12-25", category: "cs.CV",
      diagnostics: []),
    Case(
      header: "# ArXiv cs.CV --Sun, 03 Feb 2019", day: "2019-02-03", category: "cs.CV",
      diagnostics: []),
    Case(
      header: "# ArXiv q-bio.NC --Mon, 3 February 2020", day: "2020-02-03", category: "q-bio.NC",
      diagnostics: []),
    Case(
      header: "# ArXiv cs.CV --25 Dec 2019", day: "2019-12-25", category: "cs.CV", diagnostics: []),
    Case(
      header: "# Arxiv Papers in cs.CV on 2019-12-20", day: "2019-12-20", category: "cs.CV",
      diagnostics: []),
    Case(
      header: "# ArXiv cs.CV --Thu, 25 Dec 2019", day: "2019-12-25", category: "cs.CV",
      diagnostics: ["h.md:1:17: warning: Thu is not the weekday of 2019-12-25 (Wed)"]),
    Case(
      header: "# ArXiv cs.CV --Fri, 29 Feb 2019", day: nil, category: nil,
      diagnostics: [
        "h.md:1:22: error: no such date: 29 Feb 2019; papers below wait for the next readable "
          + "header"
      ]),
    Case(
      header: "# ArXiv cs.CV --Wed, 25 Dez 2019", day: nil, category: nil,
      diagnostics: [
        "h.md:1:25: error: expected a month name; papers below wait for the next readable header"
      ]),
    Case(
      header: "# ArXiv cs.CV Wed, 25 Dec 2019", day: nil, category: nil,
      diagnostics: [
        "h.md:1:15: error: expected '--<Day>, <DD> <Mon> <YYYY>' after the category; papers "
          + "below wait for the next readable header"
      ]),
    Case(
      header: "# Arxiv Papers in cs.CV on 2019-13-20", day: nil, category: nil,
      diagnostics: [
        "h.md:1:28: error: '2019-13-20' is not a date (YYYY-MM-DD); papers below wait for the "
          + "next readable header"
      ]),
    Case(
      header: "# Weekly digest", day: nil, category: nil,
      diagnostics: [
        "h.md:1:1: error: unrecognised header; expected '# ArXiv <category> --<Day>, <DD> <Mon> "
          + "<YYYY>' or '# Arxiv Papers in <category> on <YYYY-MM-DD>'; papers below wait for "
          + "the next readable header"
      ]),
  ]

  @Test(arguments: cases)
  func headerIsReadOrReported(_ example: Case) {
    let file = DigestFile(parsing: example.header + "\n", path: "h.md")
    #expect(file.digests.first?.day.iso == example.day)
    #expect(file.digests.first?.category == example.category)
    #expect(file.diagnostics.map(\.description) == example.diagnostics)
  }
}
