import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for offline fetch tests: each request is answered from
/// a script of responses per path, and logged with the time it arrived.
///
/// One connection at a time, `Connection: close`; enough for a client that sends one request
/// at a time, which is what the fetcher must do.
///
/// ```swift
/// let server = try LoopbackServer(routes: ["/rss/cs.CV": [.ok(feed), .notModified]])
/// defer { server.stop() }
/// // point the client at server.baseURL
/// ```
public final class LoopbackServer: @unchecked Sendable {
  /// A scripted response.
  public struct Response: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: Data
    /// Send a `Content-Length` larger than the body, then close: a transfer cut short.
    public var declaredLength: Int?

    public init(
      status: Int, headers: [(String, String)] = [], body: Data = Data(),
      declaredLength: Int? = nil
    ) {
      self.status = status
      self.headers = headers
      self.body = body
      self.declaredLength = declaredLength
    }

    /// 200 with `body` and the given validators.
    public static func ok(
      _ body: Data, type: String = "application/rss+xml", etag: String? = nil,
      lastModified: String? = nil
    ) -> Response {
      var headers = [("Content-Type", type)]
      if let etag { headers.append(("ETag", etag)) }
      if let lastModified { headers.append(("Last-Modified", lastModified)) }
      return Response(status: 200, headers: headers, body: body)
    }
  }

  /// A request as it arrived.
  public struct Request: Sendable {
    /// The request target: path and query, as sent.
    public var target: String
    /// Header fields by lower-cased name.
    public var headers: [String: String]
    /// When its header was complete.
    public var time: Date

    /// The path without the query.
    public var path: String { String(target.prefix { $0 != "?" }) }
  }

  private let socket: Int32
  private let lock = NSLock()
  private var routes: [String: [Response]]
  private var log: [Request] = []
  private var thread: Thread?
  private var stopped = false
  /// The port it listens on.
  public let port: UInt16

  /// `http://127.0.0.1:<port>`.
  public var baseURL: String { "http://127.0.0.1:\(port)" }

  /// The requests so far, in arrival order.
  public var requests: [Request] {
    lock.lock()
    defer { lock.unlock() }
    return log
  }

  /// Starts listening on a free port of 127.0.0.1.
  ///
  /// - Parameter routes: For each path (query ignored), the responses to give in turn; the
  ///   last one repeats. Unknown paths get 404.
  public init(routes: [String: [Response]]) throws {
    self.routes = routes
    #if canImport(Glibc)
      let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw ServerError.socket("socket") }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(fd, 16) == 0 else {
      close(fd)
      throw ServerError.socket("bind/listen")
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    socket = fd
    port = UInt16(bigEndian: address.sin_port)
    let thread = Thread { [self] in serve() }
    self.thread = thread
    thread.start()
  }

  /// Stops listening; the serving thread ends. Calling it again does nothing.
  ///
  /// Only the serving thread closes the listening socket, once its `accept` has failed: were
  /// it closed here, its descriptor number could go to another test's server while this
  /// thread still calls `accept` with it, and answer that server's requests.
  public func stop() {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped else { return }
    stopped = true
    shutdown(socket, Int32(SHUT_RDWR))
  }

  private var isStopped: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopped
  }

  public enum ServerError: Error {
    case socket(String)
  }

  private func serve() {
    while true {
      let client = accept(socket, nil, nil)
      if client < 0 {
        if isStopped { break }
        continue
      }
      handle(client)
      close(client)
    }
    close(socket)
  }

  private func handle(_ client: Int32) {
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    let end: [UInt8] = Array("\r\n\r\n".utf8)
    while !contains(received, end) {
      let count = recv(client, &buffer, buffer.count, 0)
      guard count > 0 else { return }
      received.append(contentsOf: buffer[0..<count])
    }
    let head = String(decoding: received, as: UTF8.self)
    let lines = head.components(separatedBy: "\r\n")
    let requestLine = lines.first?.split(separator: " ") ?? []
    let target = requestLine.count > 1 ? String(requestLine[1]) : "/"
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    let request = Request(target: target, headers: headers, time: Date())
    let response = next(for: request)
    var text = "HTTP/1.1 \(response.status) \(LoopbackServer.reason(response.status))\r\n"
    for (name, value) in response.headers { text += "\(name): \(value)\r\n" }
    text += "Content-Length: \(response.declaredLength ?? response.body.count)\r\n"
    text += "Connection: close\r\n\r\n"
    var bytes = Array(text.utf8)
    bytes.append(contentsOf: response.body)
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { return }
      sent += count
    }
  }

  private func next(for request: Request) -> Response {
    lock.lock()
    defer { lock.unlock() }
    log.append(request)
    guard var script = routes[request.path], let first = script.first else {
      return Response(status: 404, body: Data("not found\n".utf8))
    }
    if script.count > 1 {
      script.removeFirst()
      routes[request.path] = script
    }
    return first
  }

  private func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count)
    where bytes[start..<(start + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 200: return "OK"
    case 304: return "Not Modified"
    case 404: return "Not Found"
    case 500: return "Internal Server Error"
    case 503: return "Service Unavailable"
    default: return "Status"
    }
  }
}

/// The fixture feeds in `Feeds/`, written from arXiv's published formats.
public enum FeedFixtures {
  /// The bytes of `Feeds/<name>`.
  public static func data(_ name: String) throws -> Data {
    guard let url = Bundle.module.url(forResource: "Feeds/\(name)", withExtension: nil) else {
      throw LoopbackServer.ServerError.socket("no fixture \(name)")
    }
    return try Data(contentsOf: url)
  }
}
