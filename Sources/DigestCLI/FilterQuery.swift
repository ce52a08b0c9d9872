import ArxivDigest
import DigestQuery
import Foundation

/// `--filter QUERY`, shared by `list` and `export`.
enum FilterQuery {
  /// Parses the query, or throws the usage error (exit 2) with its column.
  static func parse(_ text: String) throws(CLIError) -> Query {
    do {
      return try Query(parsing: text)
    } catch {
      throw CLIError.usage("--filter: \(error.description)")
    }
  }

  /// The papers that match, in order; relative dates count from today in the user's zone.
  static func papers(_ papers: [Paper], matching query: Query, marks: Marks) -> [Paper] {
    let index = SearchIndex(papers: papers)
    return index.filter(query, marks: marks, today: DigestDay(date: Date())).map { papers[$0] }
  }
}
