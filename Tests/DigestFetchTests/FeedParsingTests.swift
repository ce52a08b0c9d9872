import ArxivDigest
import DigestFetch
import FetchTestSupport
import Foundation
import Testing

/// RSS and API bodies read into papers: text cleaned to one line, LaTeX kept, errors named.
@Suite struct FeedParsingTests {
  static func id(_ text: String) throws -> ArxivID { try #require(ArxivID(text)) }

  @Test func weekdayFeedGivesEveryItemWithItsAnnounceType() throws {
    let feed = try RSSFeed(parsing: try FeedFixtures.data("cs.CV-weekday.rss"))
    #expect(feed.day?.iso == "2025-12-01")
    #expect(
      feed.papers == [
        FetchedPaper(
          id: try Self.id("2512.00101"), version: 1,
          title: #"$\alpha$-Flows for Dense Pose & Shape"#,
          abstract:
            #"We bound the cost by $\mathcal{O}(n^2)$ when $x < y$ & report 360° views of "#
            + "Schrödinger bridges.31m Code is public.",
          authors: ["Zoë Müller", "Jan Smith"], categories: ["cs.CV", "cs.LG"],
          journal: "CVPR 2026", doi: "10.1000/xyz.123", announceType: .new),
        FetchedPaper(
          id: try Self.id("2512.00102"), version: 1, title: "Tracking with Learned Priors",
          abstract: "Priors learned from video help trackers.", authors: ["Ann Lee"],
          categories: ["cs.LG", "cs.CV", "stat.ML"], announceType: .cross),
        FetchedPaper(
          id: try Self.id("2511.09999"), version: 2, title: "A Revised Benchmark",
          abstract: "We revise the benchmark.", authors: ["Bo Chen", "Cai Wu"],
          categories: ["cs.CV"], announceType: .replace),
        FetchedPaper(
          id: try Self.id("2510.01234"), version: 3,
          title: "Convex Relaxations of Image Registration",
          abstract: "A convex relaxation.", authors: ["Dana Roe"],
          categories: ["math.OC", "cs.CV"],
          announceType: .replaceCross),
      ])
  }

  @Test func weekendFeedHasItsDayAndNoPapers() throws {
    let feed = try RSSFeed(parsing: try FeedFixtures.data("cs.CV-weekend.rss"))
    #expect(feed.day?.iso == "2025-12-06")
    #expect(feed.papers == [])
  }

  struct BadBody: CustomTestStringConvertible, Sendable {
    var name: String
    var fixture: String?
    var error: FeedError
    var testDescription: String { name }
  }

  static let badBodies: [BadBody] = [
    BadBody(name: "truncated feed", fixture: "cs.CV-truncated.rss", error: .cutShort),
    BadBody(name: "HTML error page", fixture: "error.html", error: .notAFeed("<html>")),
    BadBody(
      name: "Atom where RSS is expected", fixture: "api-page1.atom", error: .notAFeed("<feed>")),
    BadBody(name: "empty body", fixture: nil, error: .notAFeed("empty body")),
  ]

  @Test(arguments: badBodies)
  func bodiesThatAreNotACompleteFeedAreNamed(_ test: BadBody) throws {
    let data = try test.fixture.map(FeedFixtures.data) ?? Data()
    #expect(throws: test.error) { try RSSFeed(parsing: data) }
  }

  @Test func apiPageGivesEntriesWithSubmissionDaysAndPrimaryFirst() throws {
    let page = try APIPage(parsing: try FeedFixtures.data("api-page1.atom"), category: "cs.CV")
    #expect(page.totalResults == 3)
    #expect(page.startIndex == 0)
    #expect(page.entries.map(\.day.iso) == ["2025-11-03", "2025-11-03"])
    #expect(
      page.entries.map(\.paper) == [
        FetchedPaper(
          id: try Self.id("2511.01001"), version: 2,
          title: #"Event Cameras for Fast $\ell_1$ Flow"#,
          abstract:
            #"Event cameras see fast motion; we estimate flow with an $\ell_1$ penalty & a <10 ms budget."#,
          authors: ["Hana Kim", "Ivo Novák"], categories: ["cs.CV", "cs.RO"],
          comment: "12 pages, 5 figures", doi: "10.1000/evt.7", announceType: .new,
          published: "2025-11-03 08:15:00+00:00", updated: "2025-11-20 10:00:00+00:00"),
        FetchedPaper(
          id: try Self.id("2511.01002"), version: 1, title: "Grasping from Pixels",
          abstract: "We learn grasps from pixels.", authors: ["Jo Park"],
          categories: ["cs.RO", "cs.CV"], announceType: .cross,
          published: "2025-11-03 17:40:00+00:00", updated: "2025-11-03 17:40:00+00:00"),
      ])
  }

  @Test func apiErrorEntryIsReported() {
    let body = Data(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>
          <title>Error</title><summary>incorrect id format for 1234</summary></entry>
      </feed>
      """.utf8)
    #expect(throws: FeedError.apiError("incorrect id format for 1234")) {
      try APIPage(parsing: body, category: "cs.CV")
    }
  }
}

/// What the writer writes, the digest parser reads back whole and without a warning.
@Suite struct CVPapersWriterTests {
  @Test func writtenFilesReadBackWithAuthorsCategoriesAndAnnounceTypes() {
    let text = ExpectedFiles.weekdayCV + ExpectedFiles.replacementsCV
    let file = DigestFile(parsing: text, path: "cs.CV-2025-12-01.md")
    #expect(file.diagnostics.map(\.description) == [])
    #expect(file.dialect == .cvpapers)
    #expect(file.papers.map(\.announceType) == [.new, .cross, .replace, .replaceCross])
    #expect(file.papers.map(\.version) == [1, 1, 2, 3])
    #expect(file.papers.map(\.category) == ["cs.CV", "cs.CV", "cs.CV", "cs.CV"])
    #expect(
      file.papers.map(\.categories) == [
        ["cs.CV", "cs.LG"], ["cs.LG", "cs.CV", "stat.ML"], ["cs.CV"], ["math.OC", "cs.CV"],
      ])
    #expect(file.papers.first?.authors == ["Zoë Müller", "Jan Smith"])
    #expect(file.papers.first?.title == #"$\alpha$-Flows for Dense Pose & Shape"#)
  }

  @Test func submissionDayFilesKeepCommentsAndTheirDays() {
    let file = DigestFile(
      parsing: ExpectedFiles.submitted03 + ExpectedFiles.submitted04, path: "s.md")
    #expect(file.diagnostics.map(\.description) == [])
    #expect(file.papers.map(\.date.iso) == ["2025-11-03", "2025-11-03", "2025-11-04"])
    #expect(file.papers.map(\.comments) == ["12 pages, 5 figures", nil, "Accepted at 3DV"])
    #expect(file.papers.map(\.announceType) == [.new, .cross, .new])
  }
}
