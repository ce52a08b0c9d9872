import DigestFetch
import Foundation
import Testing

/// Spacing, retries and backoff of ``PoliteClient``, on a scripted transport and a clock that
/// records its sleeps instead of sleeping.
@Suite struct PoliteClientTests {
  /// Answers from a script and notes the time of each request.
  final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var script: [Result<HTTPResponse, TransportError>]
    private let clock: FakeClock
    private(set) var times: [TimeInterval] = []
    private(set) var requests: [HTTPRequest] = []

    init(_ script: [Result<HTTPResponse, TransportError>], clock: FakeClock) {
      self.script = script
      self.clock = clock
    }

    func send(_ request: HTTPRequest) throws(TransportError) -> HTTPResponse {
      lock.lock()
      defer { lock.unlock() }
      times.append(clock.time)
      requests.append(request)
      let next = script.count > 1 ? script.removeFirst() : script[0]
      return try next.get()
    }
  }

  /// Time that moves only when slept.
  final class FakeClock: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var time: TimeInterval = 0
    private(set) var sleeps: [TimeInterval] = []

    var clock: FetchClock {
      FetchClock(
        now: { Date(timeIntervalSince1970: self.time) },
        sleep: { seconds in
          self.lock.lock()
          defer { self.lock.unlock() }
          self.sleeps.append(seconds)
          self.time += seconds
        })
    }
  }

  static func client(
    _ script: [Result<HTTPResponse, TransportError>], interval: TimeInterval = 0.5,
    host: String = "127.0.0.1"
  ) throws -> (PoliteClient, ScriptedTransport, FakeClock, URL) {
    let clock = FakeClock()
    let transport = ScriptedTransport(script, clock: clock)
    let client = PoliteClient(
      transport: transport, interval: interval, userAgent: "digest/test", clock: clock.clock)
    let url = try #require(URL(string: "http://\(host)/rss/cs.CV"))
    return (client, transport, clock, url)
  }

  @Test func requestsToOneHostAreSpacedAndCarryTheUserAgent() throws {
    let (client, transport, clock, url) = try Self.client([.success(HTTPResponse(status: 200))])
    for _ in 0..<3 { _ = try client.get(url) }
    #expect(transport.times == [0, 0.5, 1.0])
    #expect(clock.sleeps == [0.5, 0.5])
    #expect(
      transport.requests.map { $0.headers["User-Agent"] } == [
        "digest/test", "digest/test", "digest/test",
      ])
  }

  @Test func arxivHostsWaitThreeSecondsWhateverTheSetting() throws {
    let (client, transport, _, url) = try Self.client(
      [.success(HTTPResponse(status: 200))], interval: 0.5, host: "rss.arxiv.org")
    for _ in 0..<2 { _ = try client.get(url) }
    #expect(transport.times == [0, 3])
  }

  @Test func retriesAreBoundedWithExponentialBackoff() throws {
    let (client, transport, clock, url) = try Self.client(
      [.success(HTTPResponse(status: 502))], interval: 0.5)
    let response = try client.get(url)
    #expect(response.status == 502)
    #expect(transport.times.count == 4)
    #expect(clock.sleeps == [1, 2, 4])
  }

  @Test func retryAfterIsHonoured() throws {
    let (client, transport, clock, url) = try Self.client([
      .success(HTTPResponse(status: 503, headers: ["Retry-After": "7"])),
      .success(HTTPResponse(status: 200)),
    ])
    #expect(try client.get(url).status == 200)
    #expect(transport.times == [0, 7])
    #expect(clock.sleeps == [7])
  }

  @Test func aRetryAfterBeyondTheLongestWaitFailsAtOnce() throws {
    let (client, transport, _, url) = try Self.client([
      .success(HTTPResponse(status: 503, headers: ["Retry-After": "3600"]))
    ])
    #expect(
      throws: FetchError.failed(
        "127.0.0.1: HTTP 503, asked to wait 3600 s; try again later")
    ) { try client.get(url) }
    #expect(transport.times == [0])
  }

  @Test func aBrokenExchangeIsRetriedThenReported() throws {
    let (client, transport, clock, url) = try Self.client([
      .failure(TransportError(.interrupted, "connection lost"))
    ])
    #expect(throws: FetchError.failed("127.0.0.1: connection lost (after 4 attempts)")) {
      try client.get(url)
    }
    #expect(transport.times.count == 4)
    #expect(clock.sleeps == [1, 2, 4])
  }

  @Test func anUnreachableHostIsNotRetried() throws {
    let (client, transport, _, url) = try Self.client([
      .failure(TransportError(.unreachable, "host not found"))
    ])
    #expect(throws: FetchError.unreachable(host: "127.0.0.1", reason: "host not found")) {
      try client.get(url)
    }
    #expect(transport.times == [0])
  }
}
