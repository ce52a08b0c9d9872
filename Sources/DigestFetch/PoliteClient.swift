import Foundation

/// Why a fetch did not get the response it needed.
public enum FetchError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The host cannot be reached (offline, no such host, connection refused): nothing was
  /// fetched and nothing is written. The CLI exits 2.
  case unreachable(host: String, reason: String)
  /// The host answered, but not with a usable feed (an HTTP error, an HTML page, a body cut
  /// short); the message is one line. The CLI exits 1.
  case failed(String)

  /// One line for the user: `cannot reach rss.arxiv.org: host not found`.
  public var description: String {
    switch self {
    case .unreachable(let host, let reason): return "cannot reach \(host): \(reason)"
    case .failed(let message): return message
    }
  }
}

/// Time as the client sees it; tests may replace it.
public struct FetchClock: Sendable {
  /// The current time.
  public var now: @Sendable () -> Date
  /// Blocks for the given number of seconds.
  public var sleep: @Sendable (TimeInterval) -> Void

  /// A clock of the given functions (tests record the sleeps instead of sleeping).
  public init(
    now: @escaping @Sendable () -> Date, sleep: @escaping @Sendable (TimeInterval) -> Void
  ) {
    self.now = now
    self.sleep = sleep
  }

  /// The wall clock and `Thread.sleep`.
  public static let system = FetchClock(
    now: { Date() }, sleep: { if $0 > 0 { Thread.sleep(forTimeInterval: $0) } })
}

/// Sends GET requests the way arXiv's terms ask: one at a time, at least ``interval`` seconds
/// between the end of one request and the start of the next to the same host (never less than
/// 3 s for arxiv.org hosts), a `User-Agent` naming digest, `Retry-After` honoured on 503 and
/// 429, and a bounded number of retries with exponential backoff.
///
/// ```swift
/// let client = PoliteClient(
///   transport: URLSessionTransport(), interval: 3, userAgent: "digest/0.2.0")
/// let response = try client.get(url, headers: ["If-None-Match": etag])
/// ```
public final class PoliteClient {
  private let transport: any HTTPTransport
  private let requestedInterval: TimeInterval
  /// The `User-Agent` sent with every request.
  public let userAgent: String
  /// Retries after the first attempt.
  public let maxRetries: Int
  /// A `Retry-After` longer than this (seconds) fails the request at once.
  public let longestWait: TimeInterval
  private let clock: FetchClock
  /// Called with a line for the user before each wait for a retry.
  public var progress: (String) -> Void = { _ in }
  private var lastFinished: [String: Date] = [:]

  /// - Parameters:
  ///   - transport: Sends the requests.
  ///   - interval: Seconds between requests to one host; raised to 3 for arxiv.org hosts.
  ///   - userAgent: The `User-Agent` header.
  ///   - maxRetries: Retries after a 503, 429, 500, 502, 504 or a broken exchange.
  ///   - longestWait: The longest `Retry-After` waited for.
  ///   - clock: The clock and sleep used for spacing and backoff.
  public init(
    transport: any HTTPTransport, interval: TimeInterval, userAgent: String, maxRetries: Int = 3,
    longestWait: TimeInterval = 300, clock: FetchClock = .system
  ) {
    self.transport = transport
    self.requestedInterval = interval
    self.userAgent = userAgent
    self.maxRetries = maxRetries
    self.longestWait = longestWait
    self.clock = clock
  }

  /// The spacing used for `host`: the requested interval, at least 3 s for arxiv.org and its
  /// subdomains.
  public func interval(for host: String) -> TimeInterval {
    PoliteClient.interval(requestedInterval, for: host)
  }

  /// `requested`, raised to 3 s for arxiv.org and its subdomains.
  public static func interval(_ requested: TimeInterval, for host: String) -> TimeInterval {
    let host = host.lowercased()
    let isArxiv = host == "arxiv.org" || host.hasSuffix(".arxiv.org")
    return isArxiv ? max(3, requested) : max(0, requested)
  }

  /// Sends a GET request and returns the first response that is not worth retrying (any
  /// status but 429, 500, 502, 503, 504, or those after the last retry).
  ///
  /// - Throws: ``FetchError/unreachable(host:reason:)`` when the host cannot be reached,
  ///   ``FetchError/failed(_:)`` when the retries run out on a broken exchange, or the server
  ///   asks to wait longer than ``longestWait``.
  public func get(_ url: URL, headers: [String: String] = [:]) throws(FetchError) -> HTTPResponse {
    let host = url.host ?? url.absoluteString
    var request = HTTPRequest(url: url, headers: headers)
    request.headers["User-Agent"] = userAgent
    var attempt = 0
    while true {
      waitForTurn(host)
      let result: Result<HTTPResponse, TransportError>
      do throws(TransportError) {
        result = .success(try transport.send(request))
      } catch {
        result = .failure(error)
      }
      lastFinished[host] = clock.now()
      let pause: TimeInterval
      switch result {
      case .failure(let error):
        if error.kind == .unreachable {
          throw .unreachable(host: host, reason: error.reason)
        }
        guard attempt < maxRetries else {
          throw .failed("\(host): \(error.reason) (after \(attempt + 1) attempts)")
        }
        pause = backoff(attempt, host: host)
        progress("\(host): \(error.reason); retrying in \(PoliteClient.seconds(pause))")
      case .success(let response):
        guard [429, 500, 502, 503, 504].contains(response.status) else { return response }
        guard attempt < maxRetries else { return response }
        if let wait = response.headers["retry-after"].flatMap(retryAfter) {
          guard wait <= longestWait else {
            throw .failed(
              "\(host): HTTP \(response.status), asked to wait \(PoliteClient.seconds(wait)); "
                + "try again later")
          }
          pause = max(wait, interval(for: host))
        } else {
          pause = backoff(attempt, host: host)
        }
        progress(
          "\(host): HTTP \(response.status); retrying in \(PoliteClient.seconds(pause))")
      }
      clock.sleep(pause)
      attempt += 1
    }
  }

  /// Sleeps until ``interval(for:)`` has passed since the last request to `host` ended.
  private func waitForTurn(_ host: String) {
    guard let last = lastFinished[host] else { return }
    let remaining = interval(for: host) - clock.now().timeIntervalSince(last)
    if remaining > 0 { clock.sleep(remaining) }
  }

  /// 1, 2, 4, … times the host's interval (at least one second).
  private func backoff(_ attempt: Int, host: String) -> TimeInterval {
    max(1, interval(for: host)) * Double(1 << min(attempt, 6))
  }

  /// `Retry-After` as seconds from now: a number of seconds or an HTTP date.
  private func retryAfter(_ value: String) -> TimeInterval? {
    let text = value.trimmingCharacters(in: .whitespaces)
    if let seconds = Int(text) { return TimeInterval(max(0, seconds)) }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    guard let date = formatter.date(from: text) else { return nil }
    return max(0, date.timeIntervalSince(clock.now()))
  }

  static func seconds(_ value: TimeInterval) -> String {
    value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
  }
}
