import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A GET request: the URL and the headers to send.
public struct HTTPRequest: Hashable, Sendable {
  /// The URL to get.
  public var url: URL
  /// Header fields by name.
  public var headers: [String: String]

  /// A GET of `url` with `headers`.
  public init(url: URL, headers: [String: String] = [:]) {
    self.url = url
    self.headers = headers
  }
}

/// A response: status, headers (names lower-cased) and the whole body.
public struct HTTPResponse: Hashable, Sendable {
  /// The status code (200, 304, 503, …).
  public var status: Int
  /// Header fields by lower-cased name.
  public var headers: [String: String]
  /// The whole body; empty for a 304.
  public var body: Data

  /// A response; header names are lower-cased.
  public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
    self.status = status
    self.headers = Dictionary(
      headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    self.body = body
  }
}

/// Why a request got no response.
public struct TransportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Hashable, Sendable {
    /// The host could not be reached at all (no network, no such host, connection refused):
    /// retrying soon will not help.
    case unreachable
    /// The exchange started and broke (timeout, connection lost, body cut short): worth a
    /// retry.
    case interrupted
  }

  /// Whether retrying can help.
  public var kind: Kind
  /// A few words for the user: `connection refused`, `timed out`.
  public var reason: String

  /// An error of `kind`, described by `reason`.
  public init(_ kind: Kind, _ reason: String) {
    self.kind = kind
    self.reason = reason
  }

  /// ``reason``.
  public var description: String { reason }
}

/// Sends one request at a time and waits for the whole response.
public protocol HTTPTransport: Sendable {
  /// Sends `request` and returns the response, whatever its status.
  ///
  /// - Throws: ``TransportError`` when no complete response arrived.
  func send(_ request: HTTPRequest) throws(TransportError) -> HTTPResponse
}

/// ``HTTPTransport`` over `URLSession` (libcurl on Linux), with no cache of its own: the
/// conditional headers are the caller's.
public final class URLSessionTransport: HTTPTransport {
  private let session: URLSession

  /// - Parameter timeout: Seconds to wait for data before giving up on a request.
  public init(timeout: TimeInterval = 60) {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.urlCache = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.timeoutIntervalForRequest = timeout
    configuration.httpMaximumConnectionsPerHost = 1
    session = URLSession(configuration: configuration)
  }

  deinit { session.finishTasksAndInvalidate() }

  /// Sends `request` and blocks until the whole response has arrived.
  ///
  /// - Throws: ``TransportError``: `.unreachable` when no connection could be made,
  ///   `.interrupted` when the exchange broke off.
  public func send(_ request: HTTPRequest) throws(TransportError) -> HTTPResponse {
    var urlRequest = URLRequest(url: request.url)
    urlRequest.httpMethod = "GET"
    urlRequest.cachePolicy = .reloadIgnoringLocalCacheData
    for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
    let done = DispatchSemaphore(value: 0)
    let box = ResultBox()
    let task = session.dataTask(with: urlRequest) { data, response, error in
      box.set(data: data, response: response, error: error)
      done.signal()
    }
    task.resume()
    done.wait()
    let (data, response, error) = box.get()
    if let error { throw URLSessionTransport.transportError(error) }
    guard let http = response as? HTTPURLResponse else {
      throw TransportError(.interrupted, "no HTTP response")
    }
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      if let name = name as? String, let value = value as? String { headers[name] = value }
    }
    return HTTPResponse(status: http.statusCode, headers: headers, body: data ?? Data())
  }

  static func transportError(_ error: Error) -> TransportError {
    guard let urlError = error as? URLError else {
      return TransportError(.interrupted, "\(error.localizedDescription)")
    }
    switch urlError.code {
    case .cannotConnectToHost: return TransportError(.unreachable, "connection refused")
    case .cannotFindHost, .dnsLookupFailed: return TransportError(.unreachable, "host not found")
    case .notConnectedToInternet: return TransportError(.unreachable, "no network connection")
    case .timedOut: return TransportError(.interrupted, "timed out")
    case .networkConnectionLost: return TransportError(.interrupted, "connection lost")
    // libcurl's errors without a URLError of their own, such as a body shorter than its
    // Content-Length (CURLE_PARTIAL_FILE), arrive as `.unknown`.
    case .unknown: return TransportError(.interrupted, "the transfer broke off")
    case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
      .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
      return TransportError(.unreachable, "TLS handshake failed")
    default:
      return TransportError(.interrupted, "network error \(urlError.code.rawValue)")
    }
  }

  /// Hands the completion handler's values to the waiting thread.
  private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: URLResponse?
    private var error: Error?

    func set(data: Data?, response: URLResponse?, error: Error?) {
      lock.lock()
      defer { lock.unlock() }
      self.data = data
      self.response = response
      self.error = error
    }

    func get() -> (Data?, URLResponse?, Error?) {
      lock.lock()
      defer { lock.unlock() }
      return (data, response, error)
    }
  }
}
