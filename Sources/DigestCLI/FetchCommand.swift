import ArgumentParser
import ArxivDigest
import DigestFetch
import Foundation
import ReaderApp

/// `digest fetch`: today's arXiv listings, or a back-fill from the API, into the fetch folder.
struct FetchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fetch",
    abstract: "Fetch today's arXiv listings (or back-fill past days) into the digest folder.",
    discussion: """
      Reads arXiv's RSS feed of each category (default: the config's categories, cs.CV) and \
      writes one CVPapers-style file per category and announcement day into the fetch folder \
      ($XDG_DATA_HOME/digest/digests/arxiv, config fetch_folder), with authors, categories and \
      the announce type. --since (and --until) back-fill submission days from the arXiv API \
      instead. A paper already in the folder is never written again; existing files only \
      grow. Requests are spaced at least 3 s apart and conditional, so a second run the same \
      day transfers nothing. DIGEST_ARXIV_RSS and DIGEST_ARXIV_API point at a mirror.
      Exit status: 0 fetched, 1 a feed failed (nothing written for its category), 2 the host \
      cannot be reached or a usage error (nothing written).
      """)

  @Argument(
    help: ArgumentHelp(
      "arXiv categories (cs.CV, math.AG). Default: the config's categories.",
      valueName: "category"))
  var categories: [String] = []

  @Option(
    help: ArgumentHelp(
      "Back-fill the papers submitted from this day on (UTC), from the arXiv API.",
      valueName: "YYYY-MM-DD"))
  var since: String?

  @Option(
    help: ArgumentHelp(
      "The last submission day of a back-fill (default: today, UTC).", valueName: "YYYY-MM-DD"))
  var until: String?

  @OptionGroup var configOptions: ConfigOptions

  /// Seconds between requests to one host; never below 3 for arxiv.org hosts.
  @Option(help: .hidden)
  var requestInterval: Double = 3

  /// Papers per API page (at most 2,000).
  @Option(help: .hidden)
  var pageSize: Int = 2000

  /// The `User-Agent` of every request.
  static let userAgent =
    "digest/\(DigestVersion.current) (arXiv digest reader; one request at a time)"

  func validate() throws {
    if until != nil && since == nil { throw ValidationError("--until needs --since") }
    if requestInterval < 0 { throw ValidationError("--request-interval must not be negative") }
  }

  func run() throws {
    let config = try configOptions.load()
    for diagnostic in config.diagnostics { StandardError.write("\(diagnostic)\n") }
    let categories = self.categories.isEmpty ? config.categories : self.categories
    guard !categories.isEmpty else { throw CLIError.usage("no category to fetch") }
    for category in categories where !ReaderConfig.isCategoryName(category) {
      throw CLIError.usage("\"\(category)\" is not an arXiv category (such as cs.CV)")
    }
    let backfill = try backfillDays()
    let environment = ProcessInfo.processInfo.environment
    let folder = FetchCommand.folder(config: config, environment: environment)
    let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
    if let tree = FetchFolder(url: folder).gitWorkTree(home: home) {
      throw CLIError.usage(
        "\(folder.path) is inside a git work tree (\(tree.path)); "
          + "set fetch_folder to a folder of its own")
    }
    let options = FetchOptions(
      categories: uniqued(categories), include: config.include, folder: folder,
      rssBase: try base(environment["DIGEST_ARXIV_RSS"], FetchOptions.defaultRSSBase),
      apiBase: try base(environment["DIGEST_ARXIV_API"], FetchOptions.defaultAPIBase),
      pageSize: pageSize)
    let client = PoliteClient(
      transport: URLSessionTransport(), interval: requestInterval,
      userAgent: FetchCommand.userAgent)
    let fetcher = Fetcher(options: options, client: client) {
      StandardError.write("digest: \($0)\n")
    }
    fetcher.announcesCategories = isatty(2) == 1
    let report: FetchReport
    do throws(FetchError) {
      if let backfill {
        report = try fetcher.backfill(since: backfill.lowerBound, until: backfill.upperBound)
      } else {
        report = try fetcher.fetchListings()
      }
    } catch {
      switch error {
      case .unreachable: throw CLIError.usage(error.description)
      case .failed(let message):
        StandardError.write("digest: \(message)\n")
        throw CLIError.failed
      }
    }
    for line in report.lines { try StandardOutput.shared.line(line) }
    try StandardOutput.shared.flush()
    for failure in report.failures { StandardError.write("digest: \(failure)\n") }
    if !report.failures.isEmpty { throw CLIError.failed }
  }

  /// The fetch folder: the config's `fetch_folder`, else `arxiv` in the data folder's digests.
  static func folder(config: ReaderConfig, environment: [String: String]) -> URL {
    if let folder = config.fetchFolder { return URL(fileURLWithPath: folder, isDirectory: true) }
    return DigestLoader(environment: environment).defaultFolder
      .appendingPathComponent("arxiv", isDirectory: true)
  }

  private func base(_ value: String?, _ fallback: String) throws -> URL {
    let text = value.flatMap { $0.isEmpty ? nil : $0 } ?? fallback
    guard let url = URL(string: text), let scheme = url.scheme,
      scheme == "http" || scheme == "https", url.host != nil
    else { throw CLIError.usage("\(text) is not an http(s) URL") }
    return url
  }

  /// The back-fill's first and last day, or `nil` without `--since`.
  ///
  /// - Throws: ``CLIError/usage(_:)`` for a malformed day or `--since` after `--until`.
  private func backfillDays() throws -> ClosedRange<DigestDay>? {
    guard let since else { return nil }
    guard let first = DigestDay(iso: since) else {
      throw CLIError.usage("--since takes a day as YYYY-MM-DD, not \"\(since)\"")
    }
    var last = DigestDay(date: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current)
    if let until {
      guard let day = DigestDay(iso: until) else {
        throw CLIError.usage("--until takes a day as YYYY-MM-DD, not \"\(until)\"")
      }
      last = day
    }
    guard first <= last else {
      throw CLIError.usage("--since \(first.iso) is after --until \(last.iso)")
    }
    return first...last
  }

  private func uniqued(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
  }
}
