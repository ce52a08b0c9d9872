import ArxivDigest
import DigestState
import Foundation
import Testing

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  init(_ iso: String) {
    current = Timestamp(iso: iso)?.date ?? Date(timeIntervalSince1970: 0)
  }

  var now: Date { lock.withLock { current } }

  func set(_ iso: String) {
    lock.withLock { current = Timestamp(iso: iso)?.date ?? current }
  }

  var read: @Sendable () -> Date { { self.now } }
}

/// A fresh temporary folder, removed by `remove()`.
struct TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-state-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> URL { url.appendingPathComponent(name) }

  func remove() {
    _ = try? FileManager.default.setAttributes(
      [.posixPermissions: NSNumber(value: Int16(0o700))], ofItemAtPath: url.path)
    try? FileManager.default.removeItem(at: url)
  }
}

/// The id written as `text`; fails the test when it is not an arXiv id.
func id(_ text: String) throws -> ArxivID {
  try #require(ArxivID(text))
}

/// A paper with only the fields that matter to the store filled in.
func paper(_ text: String, title: String, starredFrom path: String = "cs.CV-2019-12-25.md")
  throws -> Paper
{
  Paper(
    id: try id(text), version: 2, title: title, abstract: "First line.\nSecond line.",
    category: "cs.CV", date: try #require(DigestDay(iso: "2019-12-25")), number: 3,
    pdfURL: "https://arxiv.org/pdf/\(text).pdf", source: SourceLocation(path: path, line: 7),
    authors: ["Ada Lovelace", "Alan Turing"], categories: ["cs.CV", "cs.LG"],
    comments: "10 pages")
}
