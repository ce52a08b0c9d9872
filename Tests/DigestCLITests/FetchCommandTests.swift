import FetchTestSupport
import Foundation
import Testing

/// `digest fetch` run as a binary against fixture feeds on 127.0.0.1, then read back with
/// `digest list`.
@Suite(.timeLimit(.minutes(5))) struct FetchCommandTests {
  /// A home of its own: data, config and state inside it, feeds from `server`.
  struct Home {
    var root: URL
    var environment: [String: String]
    var fetchFolder: URL {
      root.appendingPathComponent("data/digest/digests/arxiv", isDirectory: true)
    }

    init(server: LoopbackServer?, base: String? = nil) throws {
      root = FileManager.default.temporaryDirectory
        .appendingPathComponent("digest-fetch-home-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      let base = base ?? server?.baseURL ?? "http://127.0.0.1:9"
      environment = [
        "HOME": root.path, "XDG_DATA_HOME": root.appendingPathComponent("data").path,
        "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
        "DIGEST_STATE": root.appendingPathComponent("state.sqlite").path,
        "DIGEST_ARXIV_RSS": base + "/rss", "DIGEST_ARXIV_API": base + "/api/query",
      ]
    }

    func run(_ arguments: [String]) throws -> DigestBinary.Run {
      try DigestBinary.run(arguments, environment: environment)
    }

    func writeConfig(_ text: String) throws {
      let folder = root.appendingPathComponent("config/digest", isDirectory: true)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: folder.appendingPathComponent("config.toml"))
    }
  }

  static let fast = ["--request-interval", "0.2"]

  @Test func fetchedDigestsAreListedWithAuthorsCategoriesAndAnnounceType() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [
        .ok(try FeedFixtures.data("cs.CV-weekday.rss"), etag: #""a""#),
        LoopbackServer.Response(status: 304),
      ],
      "/rss/cs.LG": [
        .ok(try FeedFixtures.data("cs.LG-weekday.rss"), etag: #""b""#),
        LoopbackServer.Response(status: 304),
      ],
    ])
    defer { server.stop() }
    let home = try Home(server: server)
    let cv = home.fetchFolder.appendingPathComponent("cs.CV-2025-12-01.md").path
    let lg = home.fetchFolder.appendingPathComponent("cs.LG-2025-12-01.md").path

    let fetch = try home.run(["fetch", "cs.CV", "cs.LG"] + Self.fast)
    #expect(fetch.stderr == "")
    #expect(fetch.status == 0)
    #expect(
      fetch.stdout == """
        cs.CV 2025-12-01: 2 papers added to \(cv)
        cs.LG 2025-12-01: 1 paper added to \(lg)

        """)
    #expect(server.requests.allSatisfy { $0.headers["user-agent"]?.hasPrefix("digest/") == true })

    let list = try home.run(["list", "--json"])
    #expect(list.status == 0)
    #expect(list.stderr == "")
    let objects = try list.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.map { $0["id"] as? String } == ["2512.00101", "2512.00102", "2512.00201"])
    #expect(objects.map { $0["announce"] as? String } == ["new", "cross", "new"])
    #expect(objects.map { $0["category"] as? String } == ["cs.CV", "cs.CV", "cs.LG"])
    #expect(
      objects.map { $0["authors"] as? [String] } == [
        ["Zoë Müller", "Jan Smith"], ["Ann Lee"], ["Eve Stone", "Finn Hall"],
      ])
    #expect(
      objects.map { $0["categories"] as? [String] } == [
        ["cs.CV", "cs.LG"], ["cs.LG", "cs.CV", "stat.ML"], ["cs.LG"],
      ])
    #expect(objects.first?["title"] as? String == #"$\alpha$-Flows for Dense Pose & Shape"#)
    #expect(
      objects.first?["abstract"] as? String
        == #"We bound the cost by $\mathcal{O}(n^2)$ when $x < y$ & report 360° views of "#
        + "Schrödinger bridges.31m Code is public.")

    let check = try home.run(["check"])
    #expect(check.stderr == "")
    #expect(check.stdout == "3 papers in 2 files, 0 errors, 0 warnings\n")

    let cross = try home.run(["list", "--filter", "is:cross"])
    #expect(cross.stdout == "2512.00102  2025-12-01  cs.CV  Tracking with Learned Priors\n")

    let again = try home.run(["fetch", "cs.CV", "cs.LG"] + Self.fast)
    #expect(again.status == 0)
    #expect(
      again.stdout == """
        cs.CV: unchanged since the last fetch
        cs.LG: unchanged since the last fetch

        """)
    #expect(server.requests.map { $0.headers["if-none-match"] } == [nil, nil, #""a""#, #""b""#])
  }

  @Test func configChoosesCategoriesIncludeAndFolder() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-weekday.rss"))]
    ])
    defer { server.stop() }
    let home = try Home(server: server)
    let folder = home.root.appendingPathComponent("papers/arxiv")
    try home.writeConfig(
      """
      categories = ["cs.CV"]
      include = ["replace", "replace-cross"]
      fetch_folder = "\(folder.path)"
      """)
    let fetch = try home.run(["fetch"] + Self.fast)
    #expect(fetch.status == 0)
    #expect(
      fetch.stdout
        == "cs.CV 2025-12-01: 2 papers added to \(folder.path)/cs.CV-2025-12-01.md\n")
    let list = try home.run(["list", "--filter", "is:replaced"])
    #expect(
      list.stdout == """
        2511.09999  2025-12-01  cs.CV  A Revised Benchmark
        2510.01234  2025-12-01  cs.CV  Convex Relaxations of Image Registration

        """)
  }

  @Test func theFetchFolderJoinsTheConfiguredDigestFolders() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-weekday.rss"))]
    ])
    defer { server.stop() }
    let home = try Home(server: server)
    let mine = home.root.appendingPathComponent("mine")
    try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: DigestBinary.fixture("cs.CV-2019-12-25.seed.md"),
      toPath: mine.appendingPathComponent("seed.md").path)
    try home.writeConfig(#"digests = ["\#(mine.path)"]"#)
    #expect(try home.run(["fetch"] + Self.fast).status == 0)
    let count = try home.run(["list", "--count"])
    #expect(count.stdout == "28\n")
    let new = try home.run(["list", "--filter", "is:new"])
    #expect(
      new.stdout == #"2512.00101  2025-12-01  cs.CV  $\alpha$-Flows for Dense Pose & Shape"# + "\n")
  }

  @Test func backfillWritesSubmissionDayFiles() throws {
    let server = try LoopbackServer(routes: [
      "/api/query": [
        .ok(try FeedFixtures.data("api-page1.atom"), type: "application/atom+xml"),
        .ok(try FeedFixtures.data("api-page2.atom"), type: "application/atom+xml"),
      ]
    ])
    defer { server.stop() }
    let home = try Home(server: server)
    let run = try home.run(
      ["fetch", "cs.CV", "--since", "2025-11-03", "--until", "2025-11-04", "--page-size", "2"]
        + Self.fast)
    #expect(run.status == 0)
    #expect(
      run.stderr == """
        digest: cs.CV 2025-11-03..2025-11-04: 2 of 3 papers
        digest: cs.CV 2025-11-03..2025-11-04: 3 of 3 papers

        """)
    #expect(
      FileManager.default.fileExists(
        atPath: home.fetchFolder.appendingPathComponent("cs.CV-2025-11-04-submitted.md").path))
    let list = try home.run(["list", "--filter", "is:new"])
    #expect(
      list.stdout == """
        2511.01001  2025-11-03  cs.CV  Event Cameras for Fast $\\ell_1$ Flow
        2511.02003  2025-11-04  cs.CV  Depth from Defocus, Revisited

        """)
  }

  struct Failure: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var routes: @Sendable () throws -> [String: [LoopbackServer.Response]]?
    var status: Int32
    var stderr: @Sendable (_ base: String, _ home: URL) -> String
    var testDescription: String { name }
  }

  static let failures: [Failure] = [
    Failure(
      name: "offline", arguments: ["fetch", "cs.CV"], routes: { nil }, status: 2,
      stderr: { _, _ in "digest: cannot reach 127.0.0.1: connection refused\n" }),
    Failure(
      name: "truncated feed", arguments: ["fetch", "cs.CV"],
      routes: { ["/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-truncated.rss"))]] },
      status: 1, stderr: { base, _ in "digest: cs.CV: \(base)/rss/cs.CV: the feed is cut short\n" }),
    Failure(
      name: "HTML page", arguments: ["fetch", "cs.CV"],
      routes: { ["/rss/cs.CV": [.ok(try FeedFixtures.data("error.html"), type: "text/html")]] },
      status: 1,
      stderr: { base, _ in
        "digest: cs.CV: \(base)/rss/cs.CV: not an RSS or Atom feed (<html>)\n"
      }),
    Failure(
      name: "not a category", arguments: ["fetch", "cs.CV", "../etc"], routes: { [:] },
      status: 2,
      stderr: { _, _ in "digest: \"../etc\" is not an arXiv category (such as cs.CV)\n" }),
    Failure(
      name: "--until alone", arguments: ["fetch", "--until", "2025-11-04"], routes: { [:] },
      status: 2, stderr: { _, _ in "Error: --until needs --since\n" }),
    Failure(
      name: "bad day", arguments: ["fetch", "--since", "2025-13-01"], routes: { [:] },
      status: 2,
      stderr: { _, _ in "digest: --since takes a day as YYYY-MM-DD, not \"2025-13-01\"\n" }),
  ]

  @Test(arguments: failures)
  func failuresAreOneLineAndWriteNothing(_ test: Failure) throws {
    let routes = try test.routes()
    let server = try LoopbackServer(routes: routes ?? [:])
    let base = server.baseURL
    if routes == nil { server.stop() }
    defer { server.stop() }
    let home = try Home(server: server)
    let run = try home.run(test.arguments + Self.fast)
    // The first line: argument-parser follows a usage error with the usage text.
    let firstLine = run.stderr.prefix { $0 != "\n" } + (run.stderr.contains("\n") ? "\n" : "")
    #expect(firstLine == test.stderr(base, home.root))
    #expect(run.status == test.status)
    #expect(run.stdout == "")
    #expect(!FileManager.default.fileExists(atPath: home.fetchFolder.path))
  }

  @Test func aFetchFolderKeptWithGitIsRefused() throws {
    let home = try Home(server: nil)
    let repository = home.root.appendingPathComponent("notes")
    try FileManager.default.createDirectory(
      at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try home.writeConfig(#"fetch_folder = "\#(repository.path)/arxiv""#)
    let run = try home.run(["fetch"] + Self.fast)
    #expect(run.status == 2)
    #expect(
      run.stderr
        == "digest: \(repository.path)/arxiv is inside a git work tree (\(repository.path)); "
        + "set fetch_folder to a folder of its own\n")
  }
}
