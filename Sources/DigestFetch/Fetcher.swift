import ArxivDigest
import Foundation

/// What `digest fetch` fetches and where it writes.
public struct FetchOptions: Sendable {
  /// The categories, in order: a paper listed under several goes to the first one's file.
  public var categories: [String]
  /// The announce types written.
  public var include: [AnnounceType]
  /// The fetch folder.
  public var folder: URL
  /// The RSS base: the feed of `cs.CV` is `<rssBase>/cs.CV`.
  public var rssBase: URL
  /// The API endpoint (`http://export.arxiv.org/api/query`).
  public var apiBase: URL
  /// Papers per API page, at most 2,000.
  public var pageSize: Int

  /// arXiv's RSS base, `https://rss.arxiv.org/rss`.
  public static let defaultRSSBase = "https://rss.arxiv.org/rss"
  /// arXiv's API endpoint, `http://export.arxiv.org/api/query`.
  public static let defaultAPIBase = "http://export.arxiv.org/api/query"

  /// Options with every value given; `pageSize` is kept between 1 and 2,000.
  public init(
    categories: [String], include: [AnnounceType], folder: URL, rssBase: URL, apiBase: URL,
    pageSize: Int = 2000
  ) {
    self.categories = categories
    self.include = include
    self.folder = folder
    self.rssBase = rssBase
    self.apiBase = apiBase
    self.pageSize = min(max(pageSize, 1), 2000)
  }
}

/// What a fetch did: lines for standard output, one per category and day, and the categories
/// that failed, one line each.
public struct FetchReport: Hashable, Sendable {
  /// `cs.CV 2025-12-01: 4 papers added to /…/cs.CV-2025-12-01.md`, `cs.CV: unchanged since
  /// the last fetch`, ….
  public var lines: [String] = []
  /// `cs.AI: HTTP 404 from rss.arxiv.org`, …: nothing was written for these categories.
  public var failures: [String] = []
  /// The files written, in order.
  public var written: [URL] = []
}

/// Fetches arXiv listings into the fetch folder: today's RSS listing per category, or a
/// back-fill of submission days from the API.
///
/// Everything is fetched first and written after, so an unreachable host changes nothing. A
/// category whose feed fails is reported and skipped; the others are written. A paper already
/// in any file of the folder is never written again.
///
/// ```swift
/// let fetcher = Fetcher(options: options, client: client, progress: { print($0) })
/// let report = try fetcher.fetchListings()
/// ```
public final class Fetcher {
  private let options: FetchOptions
  private let client: PoliteClient
  private let progress: (String) -> Void
  /// When `true`, ``fetchListings()`` sends a `cs.CV: fetching…` line to `progress` before
  /// each category's request (the command sets it when standard error is a terminal, so a
  /// slow, polite run shows where it is and a script's stderr stays quiet).
  public var announcesCategories = false
  private var folder: FetchFolder { FetchFolder(url: options.folder) }

  /// - Parameters:
  ///   - client: Sends the requests; its ``PoliteClient/progress`` becomes `progress`.
  ///   - progress: Called with lines for standard error: retries and the pages of long
  ///     back-fills.
  public init(
    options: FetchOptions, client: PoliteClient, progress: @escaping (String) -> Void = { _ in }
  ) {
    self.options = options
    self.client = client
    self.progress = progress
    client.progress = progress
  }

  private var includeNames: [String] { options.include.map(\.rawValue) }

  // MARK: - Daily listings

  /// Fetches each category's RSS feed and writes one file per category and announcement day.
  ///
  /// A category whose request fails after its retries, or whose feed is an HTTP error, not
  /// RSS or cut short, is one line in ``FetchReport/failures``; the others are written.
  ///
  /// - Throws: ``FetchError/unreachable(host:reason:)`` when the host cannot be reached
  ///   (nothing is written), ``FetchError/failed(_:)`` when a file cannot be written.
  public func fetchListings() throws(FetchError) -> FetchReport {
    var report = FetchReport()
    var cache = ValidatorCache.load(from: options.folder)
    var fetched: [(category: String, url: String, feed: RSSFeed, response: HTTPResponse)] = []
    for category in options.categories {
      if announcesCategories { progress("\(category): fetching…") }
      let url = options.rssBase.appendingPathComponent(category)
      let key = url.absoluteString
      let headers = cache.conditionalHeaders(
        for: key, include: includeNames, folder: options.folder)
      let response: HTTPResponse
      do throws(FetchError) {
        response = try client.get(url, headers: headers)
      } catch {
        if case .unreachable = error { throw error }
        report.failures.append("\(category): \(error.description)")
        continue
      }
      let host = url.host ?? key
      switch response.status {
      case 304:
        report.lines.append("\(category): unchanged since the last fetch")
      case 200:
        do throws(FeedError) {
          fetched.append((category, key, try RSSFeed(parsing: response.body), response))
        } catch {
          report.failures.append("\(category): \(key): \(error.description)")
        }
      default:
        report.failures.append("\(category): HTTP \(response.status) from \(host)")
      }
    }
    var held = folder.heldIDs()
    for (category, key, feed, response) in fetched {
      // In feed order, each id once: a feed that lists a paper twice writes it once.
      let papers = feed.papers.filter { paper in
        guard let type = paper.announceType, options.include.contains(type) else { return false }
        return held.insert(paper.id).inserted
      }
      var files: [String] = []
      if let day = feed.day {
        let file = folder.file(category: category, day: day, submitted: false)
        if !papers.isEmpty {
          try write(papers, category: category, day: day, to: file)
          report.written.append(file)
          report.lines.append(
            "\(category) \(day.iso): \(count(papers.count)) added to \(file.path)")
        } else if feed.papers.isEmpty {
          report.lines.append("\(category) \(day.iso): no papers announced")
        } else {
          report.lines.append("\(category) \(day.iso): nothing new")
        }
        if FileManager.default.fileExists(atPath: file.path) {
          files.append(file.lastPathComponent)
        }
      } else if feed.papers.isEmpty {
        report.lines.append("\(category): no papers announced")
      } else {
        report.failures.append("\(category): \(key): the feed gives no date")
        for paper in papers { held.remove(paper.id) }
        continue
      }
      cache.entries[key] = ValidatorCache.Entry(
        etag: response.headers["etag"], lastModified: response.headers["last-modified"],
        include: includeNames, files: files)
    }
    if !fetched.isEmpty {
      do {
        try cache.save(to: options.folder)
      } catch {
        throw .failed("cannot write \(ValidatorCache.fileName) in \(options.folder.path)")
      }
    }
    return report
  }

  // MARK: - Back-fill

  /// Fetches the papers submitted from `since` through `until` (UTC days) from the API, a
  /// calendar month per search, and writes one file per category and submission day.
  ///
  /// - Throws: as ``fetchListings()``.
  public func backfill(since: DigestDay, until: DigestDay) throws(FetchError) -> FetchReport {
    var report = FetchReport()
    var fetched: [(category: String, entries: [APIPage.Entry])] = []
    for category in options.categories {
      do throws(CategoryFailure) {
        var entries: [APIPage.Entry] = []
        let windows = APIQuery.months(from: since, through: until)
        for window in windows {
          entries += try search(
            category: category, from: window.lowerBound, through: window.upperBound,
            showProgress: windows.count > 1)
        }
        fetched.append((category, entries))
      } catch {
        switch error {
        case .unreachable(let fetchError): throw fetchError
        case .failed(let message): report.failures.append("\(category): \(message)")
        }
      }
    }
    var held = folder.heldIDs()
    for (category, entries) in fetched {
      var byDay: [DigestDay: [FetchedPaper]] = [:]
      var total = 0
      for entry in entries where entry.day >= since && entry.day <= until {
        guard let type = entry.paper.announceType, options.include.contains(type),
          !held.contains(entry.paper.id)
        else { continue }
        held.insert(entry.paper.id)
        byDay[entry.day, default: []].append(entry.paper)
        total += 1
      }
      for day in byDay.keys.sorted() {
        guard let papers = byDay[day] else { continue }
        let file = folder.file(category: category, day: day, submitted: true)
        try write(papers, category: category, day: day, to: file)
        report.written.append(file)
        report.lines.append("\(category) \(day.iso): \(count(papers.count)) added to \(file.path)")
      }
      if total == 0 {
        report.lines.append("\(category) \(since.iso)..\(until.iso): nothing new")
      }
    }
    return report
  }

  private enum CategoryFailure: Error {
    case unreachable(FetchError)
    case failed(String)
  }

  /// Every page of one search; a progress line per page when `showProgress` or the search
  /// spans several pages.
  private func search(
    category: String, from: DigestDay, through: DigestDay, showProgress: Bool
  ) throws(CategoryFailure) -> [APIPage.Entry] {
    var entries: [APIPage.Entry] = []
    var start = 0
    var total = 0
    repeat {
      let url = APIQuery.url(
        base: options.apiBase, category: category, from: from, through: through, start: start,
        pageSize: options.pageSize)
      let response: HTTPResponse
      do throws(FetchError) {
        response = try client.get(url)
      } catch {
        switch error {
        case .unreachable: throw .unreachable(error)
        case .failed(let message): throw .failed(message)
        }
      }
      guard response.status == 200 else {
        throw .failed("HTTP \(response.status) from \(url.host ?? "the API")")
      }
      let page: APIPage
      do throws(FeedError) {
        page = try APIPage(parsing: response.body, category: category)
      } catch {
        throw .failed("\(url.host ?? "the API"): \(error.description)")
      }
      total = page.totalResults
      guard !page.entries.isEmpty || start >= total else {
        throw .failed(
          "\(url.host ?? "the API"): the search stopped at \(start) of \(total) papers")
      }
      entries += page.entries
      start += page.entries.count
      if showProgress || total > options.pageSize {
        progress("\(category) \(from.iso)..\(through.iso): \(min(start, total)) of \(total) papers")
      }
    } while start < total
    return entries
  }

  private func write(
    _ papers: [FetchedPaper], category: String, day: DigestDay, to file: URL
  ) throws(FetchError) {
    let text = papers.map { CVPapersWriter.entry($0, category: category) }.joined()
    do throws(FetchFolder.Failure) {
      try folder.append(text, header: CVPapersWriter.header(category: category, day: day), to: file)
    } catch {
      throw .failed(error.description)
    }
  }

  private func count(_ number: Int) -> String { number == 1 ? "1 paper" : "\(number) papers" }
}

/// The API's search URLs.
enum APIQuery {
  /// `search_query=cat:cs.CV AND submittedDate:[202512010000 TO 202512312359]`, sorted by
  /// submission date, `max_results` papers from `start`.
  static func url(
    base: URL, category: String, from: DigestDay, through: DigestDay, start: Int, pageSize: Int
  ) -> URL {
    let compact = { (day: DigestDay) in day.iso.replacingOccurrences(of: "-", with: "") }
    let search =
      "cat:\(category) AND submittedDate:[\(compact(from))0000 TO \(compact(through))2359]"
    let query = [
      ("search_query", search), ("start", "\(start)"), ("max_results", "\(pageSize)"),
      ("sortBy", "submittedDate"), ("sortOrder", "ascending"),
    ].map { "\($0.0)=\(encode($0.1))" }.joined(separator: "&")
    var text = base.absoluteString
    text += text.contains("?") ? "&" : "?"
    return URL(string: text + query) ?? base
  }

  private static func encode(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~:")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }

  /// `from...through` cut at calendar months.
  static func months(from: DigestDay, through: DigestDay) -> [ClosedRange<DigestDay>] {
    var windows: [ClosedRange<DigestDay>] = []
    var start = from
    while start <= through {
      let nextMonth =
        start.month == 12
        ? DigestDay(year: start.year + 1, month: 1, day: 1)
        : DigestDay(year: start.year, month: start.month + 1, day: 1)
      guard let nextMonth else { break }
      let end = min(nextMonth.adding(days: -1), through)
      windows.append(start...end)
      start = nextMonth
    }
    return windows
  }
}
