import Foundation

import ArxivDigest

/// Papers' text normalised once at load (case- and accent-folded) so filtering is fast.
///
/// Placeholder implementation (#5 replaces the internals, keeps the API).
public final class SearchIndex: @unchecked Sendable {
  public let papers: [Paper]
  private let folded: [String]

  public init(papers: [Paper]) {
    self.papers = papers
    self.folded = papers.map { Query.fold($0.title + "\n" + $0.abstract) }
  }

  /// Indices (into ``papers``) of the papers that match, in order.
  public func filter(_ query: Query, marks: Marks, today: DigestDay) -> [Int] {
    papers.indices.filter { query.matches(folded: folded[$0]) }
  }
}

/// A parsed filter query.
public struct Query: Hashable, Sendable {
  public let text: String
  let words: [String]

  /// Parses a query; throws ``QueryError`` with a column when it is malformed.
  public init(parsing text: String) throws(QueryError) {
    self.text = text
    self.words = text.split(whereSeparator: { $0 == " " }).map { Query.fold(String($0)) }
  }

  /// `true` for a query with no terms (matches everything).
  public var isEmpty: Bool { words.isEmpty }

  func matches(folded: String) -> Bool { words.allSatisfy { folded.contains($0) } }

  /// Ranges of `text` to highlight as matches.
  public func highlights(in text: String) -> [Range<String.Index>] { [] }

  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}

/// A malformed query: what is wrong and where (1-based column).
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var column: Int
  public init(_ message: String, column: Int) {
    self.message = message
    self.column = column
  }
  public var description: String { "column \(column): \(message)" }
}
