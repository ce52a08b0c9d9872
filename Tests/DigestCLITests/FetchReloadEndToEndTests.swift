import FetchTestSupport
import Foundation
import Testing

/// `digest fetch` while a reader is open: the reader notices the new file, and `R` shows it,
/// also when `fetch_folder` lies outside the digest folders.
@Suite(.serialized) struct FetchReloadEndToEndTests {
  @Test func rAfterAFetchIntoAnOutsideFetchFolderShowsTheNewPapers() throws {
    let server = try LoopbackServer(routes: [
      "/rss/cs.CV": [.ok(try FeedFixtures.data("cs.CV-weekday.rss"))]
    ])
    defer { server.stop() }
    let home = try FetchCommandTests.Home(server: server)
    let mine = home.root.appendingPathComponent("mine")
    let outside = home.root.appendingPathComponent("elsewhere/arxiv")
    try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: DigestBinary.fixture("cs.CV-2019-12-25.seed.md"),
      toPath: mine.appendingPathComponent("seed.md").path)
    try home.writeConfig(
      """
      digests = ["\(mine.path)"]
      fetch_folder = "\(outside.path)"
      """)
    let reader = try ReaderTmux(
      arguments: [], width: 100, height: 30, environment: home.environment)
    try reader.waitForScreen("the seed digest") { $0.contains("1/26 · 26 unread") }
    try reader.send("G")
    #expect(!(try reader.screen().contains("Flows for Dense Pose")))

    let fetch = try home.run(["fetch", "--request-interval", "0.2"])
    #expect(fetch.status == 0)
    try reader.waitForScreen("the changed-on-disk notice") {
      $0.contains("the digests changed on disk: R reloads them")
    }
    try reader.send("R")
    try reader.waitForScreen("the reload") { !$0.contains("R reloads them") }
    try reader.send("G")
    try reader.waitForScreen("the fetched paper") { $0.contains("Flows for Dense Pose") }
  }
}

/// A first run without digests says where the user's own digests go.
@Suite struct FirstRunEndToEndTests {
  @Test func theSampleSaysWhereDigestsGo() throws {
    let data = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-first-run-\(UUID().uuidString)")
    let reader = try ReaderTmux(
      arguments: [], width: 140, height: 30,
      environment: [
        "XDG_DATA_HOME": data.path, "XDG_CONFIG_HOME": data.appendingPathComponent("config").path,
      ])
    try reader.waitForScreen("the first-run message") {
      $0.contains("the bundled sample: your digests go in \(data.path)/digest/digests")
    }
  }
}
