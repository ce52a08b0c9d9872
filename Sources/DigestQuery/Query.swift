import ArxivDigest

/// A parsed filter query: the one language of the filter pane and `digest list --filter`.
///
/// - Bare words must all match (AND), as case- and accent-insensitive substrings of the title
///   or abstract, raw or LaTeX-rendered (`alpha` and `α` both find `$\alpha$`).
/// - `"a phrase"` matches as one substring.
/// - Fields: `ti:`, `abs:`, `au:` (substrings), `id:` (prefix), `cat:` (`cs.CV`, or `cs` for
///   every `cs.*`), `date:` (`2019-12-25`, `2019-12`, `2019-12-01..2019-12-31`, `>=2019-12-20`,
///   `<7d`), `is:read`, `is:unread`, `is:starred`, `is:unstarred`, and for fetched digests
///   `is:new`, `is:cross`, `is:replaced` (the paper's ``AnnounceType``). A field takes a word or
///   a quoted phrase.
/// - `-term` or `not term` negates; `or` or `|` between terms; parentheses group; AND binds
///   tighter than OR; keywords are case-insensitive.
///
/// ```swift
/// let query = try Query(parsing: #"tracking -medical or ti:"pose estimation" is:unread"#)
/// let matches = index.filter(query, marks: marks, today: today)
/// ```
public struct Query: Hashable, Sendable, CustomStringConvertible {
  /// The text the query was parsed from, as written.
  public let text: String
  let root: QueryNode

  /// Parses a query.
  ///
  /// - Throws: ``QueryError`` with the 1-based column of the problem: an unclosed quote or
  ///   parenthesis, an unmatched `)`, an unknown field (with a suggestion for a near miss), a
  ///   field without a value, an invalid date or `is:` value, a dangling `or`/`and`/`not`/`-`.
  public init(parsing text: String) throws(QueryError) {
    self.text = text
    self.root = try QueryParser.parse(text)
  }

  /// `true` for a query with no terms (blank text): it matches everything.
  public var isEmpty: Bool { root == .all }

  /// The query text.
  public var description: String { text }

  /// Ranges of `text` that the query's positive text terms match (terms under a negation are
  /// not highlighted), sorted and merged; empty when nothing matches.
  ///
  /// Matching is the same case- and accent-insensitive substring match as filtering, so a
  /// highlight in `Schrödinger` for the query `schrodinger` covers the whole word. A term that
  /// names a LaTeX symbol also highlights the symbol, so `alpha` marks `α` in rendered text.
  ///
  /// - Complexity: O(*n* × *t*) for a text of length *n* and *t* terms.
  public func highlights(in text: String) -> [Range<String.Index>] {
    highlights(in: text) { _ in true }
  }

  /// Ranges of `text`, a paper's `part`, that the query's positive text terms for that part
  /// match: bare words and phrases in titles and abstracts, `ti:` only in titles, `abs:` only
  /// in abstracts, `au:` only in authors.
  ///
  /// - Complexity: O(*n* × *t*) for a text of length *n* and *t* terms.
  public func highlights(in text: String, part: TextPart) -> [Range<String.Index>] {
    highlights(in: text) { field in
      switch field {
      case .titleOrAbstract: return part == .title || part == .abstract
      case .title: return part == .title
      case .abstract: return part == .abstract
      case .authors: return part == .authors
      }
    }
  }

  private func highlights(
    in text: String, where applies: (TextField) -> Bool
  ) -> [Range<String.Index>] {
    var folding = TextFolding()
    var needles = Query.positiveTextTerms(root, where: applies)
    // A command name also highlights its symbol in rendered text (`alpha` → `α`).
    for term in Query.positiveOriginals(root, where: applies)
    where !term.isEmpty && term.allSatisfy({ $0.isASCII && $0.isLetter }) {
      let symbol = LaTeXRenderer.plainText("$\\\(term)$")
      if !symbol.hasPrefix("\\") { needles.append(folding.fold(symbol)) }
    }
    guard !needles.isEmpty, !text.isEmpty else { return [] }
    let (bytes, origins) = folding.foldWithOrigins(text)
    let scalars = text.unicodeScalars
    var ranges: [Range<String.Index>] = []
    for needle in needles where !needle.isEmpty && needle.count <= bytes.count {
      var start = 0
      while start + needle.count <= bytes.count {
        var matched = true
        for offset in 0..<needle.count where bytes[start + offset] != needle[offset] {
          matched = false
          break
        }
        if matched {
          let lower = origins[start]
          let upper = scalars.index(after: origins[start + needle.count - 1])
          ranges.append(lower..<upper)
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    ranges.sort { $0.lowerBound < $1.lowerBound }
    var merged: [Range<String.Index>] = []
    for range in ranges {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  private static func positiveOriginals(
    _ node: QueryNode, where applies: (TextField) -> Bool
  ) -> [String] {
    switch node {
    case .term(.text(let field, _, let original)): return applies(field) ? [original] : []
    case .and(let children), .or(let children):
      return children.flatMap { positiveOriginals($0, where: applies) }
    case .all, .term, .not: return []
    }
  }

  private static func positiveTextTerms(
    _ node: QueryNode, where applies: (TextField) -> Bool
  ) -> [[UInt8]] {
    switch node {
    case .all: return []
    case .term(.text(let field, let folded, _)): return applies(field) ? [folded] : []
    case .term: return []
    case .not: return []
    case .and(let children), .or(let children):
      return children.flatMap { positiveTextTerms($0, where: applies) }
    }
  }
}

extension Query {
  /// The part of a paper a text is, for ``highlights(in:part:)``.
  public enum TextPart: Hashable, Sendable {
    /// The title.
    case title
    /// The abstract.
    case abstract
    /// The authors.
    case authors
  }
}
