import ArxivDigest
import DigestFetch
import FetchTestSupport
import Foundation
import Testing

/// Fetches against fixture feeds served on 127.0.0.1: the files written byte for byte and the
/// requests the server saw.
@Suite struct FetcherTests {
  /// Seconds between requests in these tests (arxiv.org hosts never go below 3).
  static let interval = 0.2
  static let userAgent = "digest/test"
  static let lastModified = "Mon, 01 Dec 2025 05:00:06 GMT"

  /// A fresh folder to fetch into, not yet created.
  static func folder() -> URL {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-fetch-\(UUID().uuidString)/arxiv", isDirectory: true)
  }

  static func fetcher(
    _ server: LoopbackServer, folder: URL, categories: [String] = ["cs.CV"],
    include: [AnnounceType] = [.new, .cross], pageSize: Int = 2000, maxRetries: Int = 3,
    progress: @escaping (String) -> Void = { _ in }
  ) throws -> Fetcher {
    let options = FetchOptions(
      categories: categories, include: include, folder: folder,
      rssBase: try #require(URL(string: server.baseURL + "/rss")),
      apiBase: try #require(URL(string: server.baseURL + "/api/query")), pageSize: pageSize)
    let client = PoliteClient(
      transport: URLSessionTransport(timeout: 10), interval: interval, userAgent: userAgent,
      maxRetries: maxRetries)
    return Fetcher(options: options, client: client, progress: progress)
  }

  static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  static func files(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  /// Seconds between the arrivals of consecutive requests.
  static func gaps(_ requests: [LoopbackServer.Request]) -> [TimeInterval] {
    zip(requests.dropFirst(), requests).map { $0.time.timeIntervalSince($1.time) }
  }

  @Test(arguments: [false, true])
  func eachCategoryIsAnnouncedBeforeItsRequestOnlyWhenAsked(announces: Bool) throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-weekday.rss"))],
      "/rss/cs.LG": [LoopbackServer.Response(status: 304)],
    ])
    defer { server.stop() }
    var progress: [String] = []
    let fetcher = try Self.fetcher(
      server, folder: Self.folder(), categories: ["cs.CV", "cs.LG"]
    ) { progress.append($0) }
    fetcher.announcesCategories = announces
    _ = try fetcher.fetchListings()
    #expect(progress == (announces ? ["cs.CV: fetching…", "cs.LG: fetching…"] : []))
  }

  @Test func weekdayFeedsAreWrittenOncePerPaperAndASecondRunTransfersNothing() throws {
    let etag = #""cv-1""#
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [
        .ok(
          try FeedFixtures.data("cs.CV-weekday.rss"), etag: etag, lastModified: Self.lastModified),
        LoopbackServer.Response(status: 304),
      ],
      "/rss/cs.LG": [
        .ok(try FeedFixtures.data("cs.LG-weekday.rss"), lastModified: Self.lastModified),
        LoopbackServer.Response(status: 304),
      ],
    ])
    defer { server.stop() }
    let folder = Self.folder()
    let fetcher = try Self.fetcher(server, folder: folder, categories: ["cs.CV", "cs.LG"])

    let first = try fetcher.fetchListings()
    let cv = folder.appendingPathComponent("cs.CV-2025-12-01.md")
    let lg = folder.appendingPathComponent("cs.LG-2025-12-01.md")
    #expect(
      first.lines == [
        "cs.CV 2025-12-01: 2 papers added to \(cv.path)",
        "cs.LG 2025-12-01: 1 paper added to \(lg.path)",
      ])
    #expect(first.failures == [])
    #expect(try Self.text(cv) == ExpectedFiles.weekdayCV)
    #expect(try Self.text(lg) == ExpectedFiles.weekdayLG)

    let second = try fetcher.fetchListings()
    #expect(
      second.lines == [
        "cs.CV: unchanged since the last fetch", "cs.LG: unchanged since the last fetch",
      ])
    #expect(second.written == [])
    #expect(try Self.text(cv) == ExpectedFiles.weekdayCV)
    #expect(
      Self.files(folder) == [".fetch-cache.json", "cs.CV-2025-12-01.md", "cs.LG-2025-12-01.md"])

    let requests = server.requests
    #expect(requests.map(\.target) == ["/rss/cs.CV", "/rss/cs.LG", "/rss/cs.CV", "/rss/cs.LG"])
    #expect(requests.map { $0.headers["user-agent"] } == Array(repeating: Self.userAgent, count: 4))
    #expect(requests.map { $0.headers["if-none-match"] } == [nil, nil, etag, nil])
    #expect(
      requests.map { $0.headers["if-modified-since"] } == [
        nil, nil, Self.lastModified, Self.lastModified,
      ])
    #expect(Self.gaps(requests).allSatisfy { $0 >= Self.interval })
  }

  @Test func includeDecidesWhatIsWritten() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-weekday.rss"))]
    ])
    defer { server.stop() }
    let folder = Self.folder()
    let everything: [AnnounceType] = [.new, .cross, .replace, .replaceCross]
    _ = try Self.fetcher(server, folder: folder, include: everything).fetchListings()
    let file = folder.appendingPathComponent("cs.CV-2025-12-01.md")
    #expect(try Self.text(file) == ExpectedFiles.weekdayCV + ExpectedFiles.replacementsCV)
  }

  @Test func anExistingDayFileKeepsItsBytesAndGainsOnlyWhatItLacks() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-weekday.rss"))]
    ])
    defer { server.stop() }
    let folder = Self.folder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("cs.CV-2025-12-01.md")
    let kept =
      "# Arxiv Papers in cs.CV on 2025-12-01\n### Kept As Written\n"
      + "- **Arxiv ID**: https://arxiv.org/abs/2512.00102v1\n- **Summary**: mine"
    try Data(kept.utf8).write(to: file)
    let report = try Self.fetcher(server, folder: folder).fetchListings()
    #expect(report.lines == ["cs.CV 2025-12-01: 1 paper added to \(file.path)"])
    let weekday = ExpectedFiles.weekdayCV
    let firstEntry = weekday[
      try #require(weekday.range(of: "### $"))
        .lowerBound..<(try #require(weekday.range(of: "### Tracking")).lowerBound)]
    #expect(try Self.text(file) == kept + "\n" + firstEntry)
  }

  @Test func aPaperListedTwiceInOneFeedIsWrittenOnce() throws {
    let weekday = String(decoding: try FeedFixtures.data("cs.CV-weekday.rss"), as: UTF8.self)
    let twice = weekday.replacingOccurrences(of: "2512.00102", with: "2512.00101")
    let server = try LoopbackServer(routes: ["/rss/cs.CV": [.ok(Data(twice.utf8))]])
    defer { server.stop() }
    let folder = Self.folder()
    let report = try Self.fetcher(server, folder: folder).fetchListings()
    let file = folder.appendingPathComponent("cs.CV-2025-12-01.md")
    #expect(report.lines == ["cs.CV 2025-12-01: 1 paper added to \(file.path)"])
    let expected = ExpectedFiles.weekdayCV
    let firstEntryEnd = try #require(expected.range(of: "### Tracking")).lowerBound
    #expect(try Self.text(file) == String(expected[..<firstEntryEnd]))
  }

  @Test func weekendFeedWritesNothing() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-weekend.rss"))]
    ])
    defer { server.stop() }
    let folder = Self.folder()
    let report = try Self.fetcher(server, folder: folder).fetchListings()
    #expect(report.lines == ["cs.CV 2025-12-06: no papers announced"])
    #expect(report.written == [])
    #expect(Self.files(folder).filter { $0.hasSuffix(".md") } == [])
  }

  @Test func a503WithRetryAfterIsWaitedOutAndRetried() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [
        LoopbackServer.Response(status: 503, headers: [("Retry-After", "1")]),
        .ok(try FeedFixtures.data("cs.CV-weekday.rss")),
      ]
    ])
    defer { server.stop() }
    let folder = Self.folder()
    var progress: [String] = []
    let report = try Self.fetcher(server, folder: folder) { progress.append($0) }
      .fetchListings()
    #expect(report.failures == [])
    #expect(
      try Self.text(folder.appendingPathComponent("cs.CV-2025-12-01.md")) == ExpectedFiles.weekdayCV
    )
    #expect(progress == ["127.0.0.1: HTTP 503; retrying in 1 s"])
    #expect(server.requests.count == 2)
    #expect(Self.gaps(server.requests).allSatisfy { $0 >= 1 })
  }

  struct BrokenFeed: CustomTestStringConvertible, Sendable {
    var name: String
    var response: @Sendable () throws -> LoopbackServer.Response
    var failure: @Sendable (String) -> String
    var testDescription: String { name }
  }

  static let brokenFeeds: [BrokenFeed] = [
    BrokenFeed(
      name: "truncated body",
      response: { .ok(try FeedFixtures.data("cs.CV-truncated.rss")) },
      failure: { "cs.CV: \($0)/rss/cs.CV: the feed is cut short" }),
    BrokenFeed(
      name: "HTML error page",
      response: { .ok(try FeedFixtures.data("error.html"), type: "text/html") },
      failure: { "cs.CV: \($0)/rss/cs.CV: not an RSS or Atom feed (<html>)" }),
    BrokenFeed(
      name: "HTTP 404",
      response: { LoopbackServer.Response(status: 404, body: Data("no such feed".utf8)) },
      failure: { _ in "cs.CV: HTTP 404 from 127.0.0.1" }),
  ]

  @Test(arguments: brokenFeeds)
  func aBrokenFeedIsOneLineAndWritesNothingForItsCategory(_ test: BrokenFeed) throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [try test.response()],
      "/rss/cs.LG": [.ok(try FeedFixtures.data("cs.LG-weekday.rss"))],
    ])
    defer { server.stop() }
    let folder = Self.folder()
    let report = try Self.fetcher(server, folder: folder, categories: ["cs.CV", "cs.LG"])
      .fetchListings()
    #expect(report.failures == [test.failure(server.baseURL)])
    #expect(
      report.lines == ["cs.LG 2025-12-01: 2 papers added to \(folder.path)/cs.LG-2025-12-01.md"])
    #expect(server.requests.map(\.target) == ["/rss/cs.CV", "/rss/cs.LG"])
    #expect(Self.files(folder).filter { $0.hasSuffix(".md") } == ["cs.LG-2025-12-01.md"])
  }

  @Test func aTransferCutShortIsRetriedThenFailsWritingNothingForItsCategory() throws {
    let feed = try FeedFixtures.data("cs.CV-weekday.rss")
    let cut = LoopbackServer.Response(
      status: 200, body: feed.prefix(1000), declaredLength: feed.count)
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [cut], "/rss/cs.LG": [.ok(try FeedFixtures.data("cs.LG-weekday.rss"))],
    ])
    defer { server.stop() }
    let folder = Self.folder()
    var progress: [String] = []
    let fetcher = try Self.fetcher(
      server, folder: folder, categories: ["cs.CV", "cs.LG"], maxRetries: 1
    ) { progress.append($0) }
    let report = try fetcher.fetchListings()
    #expect(report.failures == ["cs.CV: 127.0.0.1: the transfer broke off (after 2 attempts)"])
    #expect(progress == ["127.0.0.1: the transfer broke off; retrying in 1 s"])
    #expect(server.requests.map(\.target) == ["/rss/cs.CV", "/rss/cs.CV", "/rss/cs.LG"])
    #expect(Self.files(folder).filter { $0.hasSuffix(".md") } == ["cs.LG-2025-12-01.md"])
  }

  @Test func anUnwritableFolderIsOneLine() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-weekday.rss"))]
    ])
    defer { server.stop() }
    let parent = Self.folder().deletingLastPathComponent()
    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    let blocker = parent.appendingPathComponent("file")
    try Data("not a folder".utf8).write(to: blocker)
    let folder = blocker.appendingPathComponent("arxiv")
    #expect {
      try Self.fetcher(server, folder: folder).fetchListings()
    } throws: { error in
      guard case FetchError.failed(let message) = error else { return false }
      return message.hasPrefix("cannot write \(folder.path)/cs.CV-2025-12-01.md: ")
    }
  }

  @Test func anUnreachableHostChangesNothing() throws {
    let server = try LoopbackServer(routes: [:])
    let base = server.baseURL
    server.stop()
    let folder = Self.folder()
    let options = FetchOptions(
      categories: ["cs.CV"], include: [.new], folder: folder,
      rssBase: try #require(URL(string: base + "/rss")),
      apiBase: try #require(URL(string: base + "/api/query")))
    let client = PoliteClient(
      transport: URLSessionTransport(timeout: 10), interval: 0, userAgent: Self.userAgent)
    #expect(throws: FetchError.unreachable(host: "127.0.0.1", reason: "connection refused")) {
      try Fetcher(options: options, client: client).fetchListings()
    }
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }

  @Test func backfillPagesThroughTheSearchAndWritesSubmissionDays() throws {
    let server = try LoopbackServer(routes: [
      "/api/query": [
        .ok(try FeedFixtures.data("api-page1.atom"), type: "application/atom+xml"),
        .ok(try FeedFixtures.data("api-page2.atom"), type: "application/atom+xml"),
      ]
    ])
    defer { server.stop() }
    let folder = Self.folder()
    var progress: [String] = []
    let fetcher = try Self.fetcher(server, folder: folder, pageSize: 2) { progress.append($0) }
    let since = try #require(DigestDay(iso: "2025-11-03"))
    let until = try #require(DigestDay(iso: "2025-11-04"))
    let report = try fetcher.backfill(since: since, until: until)
    let day3 = folder.appendingPathComponent("cs.CV-2025-11-03-submitted.md")
    let day4 = folder.appendingPathComponent("cs.CV-2025-11-04-submitted.md")
    #expect(
      report.lines == [
        "cs.CV 2025-11-03: 2 papers added to \(day3.path)",
        "cs.CV 2025-11-04: 1 paper added to \(day4.path)",
      ])
    #expect(try Self.text(day3) == ExpectedFiles.submitted03)
    #expect(try Self.text(day4) == ExpectedFiles.submitted04)
    #expect(
      progress == [
        "cs.CV 2025-11-03..2025-11-04: 2 of 3 papers",
        "cs.CV 2025-11-03..2025-11-04: 3 of 3 papers",
      ])
    let query =
      "/api/query?search_query=cat:cs.CV%20AND%20submittedDate:%5B202511030000%20TO%20"
      + "202511042359%5D&start=START&max_results=2&sortBy=submittedDate&sortOrder=ascending"
    #expect(
      server.requests.map(\.target) == [
        query.replacingOccurrences(of: "START", with: "0"),
        query.replacingOccurrences(of: "START", with: "2"),
      ])
    #expect(Self.gaps(server.requests).allSatisfy { $0 >= Self.interval })
  }

  @Test(arguments: [
    ("rss.arxiv.org", 0.2, 3.0), ("export.arxiv.org", 10, 10), ("arxiv.org", 0, 3),
    ("127.0.0.1", 0.2, 0.2), ("notarxiv.org", 1, 1),
  ])
  func arxivHostsAreNeverAskedMoreOftenThanEveryThreeSeconds(
    _ example: (String, Double, Double)
  ) {
    #expect(PoliteClient.interval(example.1, for: example.0) == example.2)
  }
}
