import ArxivDigest
import DigestQuery
import Testing

/// A malformed query and the exact error it must produce.
struct SyntaxErrorCase: CustomTestStringConvertible, Sendable {
  var query: String
  var message: String
  var column: Int
  var testDescription: String { query }

  init(_ query: String, _ message: String, column: Int) {
    self.query = query
    self.message = message
    self.column = column
  }
}

/// A query, a text, and the exact substrings highlighted in it.
struct HighlightCase: CustomTestStringConvertible, Sendable {
  var query: String
  var text: String
  var highlighted: [String]
  var testDescription: String { "\(query) in \(text)" }
}

@Suite struct QueryTests {
  static let syntaxErrors: [SyntaxErrorCase] = [
    SyntaxErrorCase(#""deep learning"#, "unclosed quote", column: 1),
    SyntaxErrorCase(#"tracking "deep"#, "unclosed quote", column: 10),
    SyntaxErrorCase(#"ti:"deep"#, "unclosed quote", column: 4),
    SyntaxErrorCase("(tracking or deep", "unclosed parenthesis", column: 1),
    SyntaxErrorCase("a (b (c)", "unclosed parenthesis", column: 3),
    SyntaxErrorCase("tracking)", #"unmatched ")""#, column: 9),
    SyntaxErrorCase(")", #"unmatched ")""#, column: 1),
    SyntaxErrorCase("()", "empty parentheses", column: 1),
    SyntaxErrorCase(#"a """#, "empty phrase", column: 3),
    SyntaxErrorCase("tit:tracking", #"unknown field "tit:", did you mean "ti:"?"#, column: 1),
    SyntaxErrorCase("deep abstr:x", #"unknown field "abstr:", did you mean "abs:"?"#, column: 6),
    SyntaxErrorCase("autor:smith", #"unknown field "autor:", did you mean "au:"?"#, column: 1),
    SyntaxErrorCase(
      "Date:2019 cats:cs", #"unknown field "cats:", did you mean "cat:"?"#, column: 11),
    SyntaxErrorCase("foo:bar", #"unknown field "foo:""#, column: 1),
    SyntaxErrorCase("ti:", #"missing value after "ti:""#, column: 1),
    SyntaxErrorCase("x date:2019-13-01", #"invalid date "2019-13-01""#, column: 8),
    SyntaxErrorCase("date:>=soon", #"invalid date ">=soon""#, column: 6),
    SyntaxErrorCase("date:..", #"invalid date "..""#, column: 6),
    SyntaxErrorCase(
      "is:unred",
      #"unknown value "unred" for is:, expected read, unread, starred, unstarred, new, cross or replaced"#,
      column: 4),
    SyntaxErrorCase("or tracking", #""or" needs a term on both sides"#, column: 1),
    SyntaxErrorCase("tracking or", #""or" needs a term on both sides"#, column: 10),
    SyntaxErrorCase("tracking | | deep", #""or" needs a term on both sides"#, column: 10),
    SyntaxErrorCase("(a or) b", #""or" needs a term on both sides"#, column: 4),
    SyntaxErrorCase("and deep", #""and" needs a term on both sides"#, column: 1),
    SyntaxErrorCase("tracking -", #""-" needs a term after it"#, column: 10),
    SyntaxErrorCase("tracking - deep", #""-" needs a term after it"#, column: 10),
    SyntaxErrorCase("tracking not", #""not" needs a term after it"#, column: 10),
    SyntaxErrorCase("a NOT or b", #""not" needs a term after it"#, column: 3),
  ]

  @Test(arguments: syntaxErrors)
  func reportsSyntaxErrorWithColumn(_ example: SyntaxErrorCase) {
    do {
      let query = try Query(parsing: example.query)
      Issue.record("parsed without error: \(query)")
    } catch {
      #expect(error.message == example.message)
      #expect(error.column == example.column)
    }
  }

  @Test func nearMissFieldCarriesSuggestion() {
    do {
      _ = try Query(parsing: "tit:tracking")
      Issue.record("parsed without error")
    } catch {
      #expect(error.suggestion == "ti:")
      #expect(error.description == #"column 1: unknown field "tit:", did you mean "ti:"?"#)
    }
  }

  static let validQueries: [String] = [
    "tracking OR deep", "a AND b", "Not a", "-(a | b)", "TI:deep", #"ti:"deep learning""#,
    "date:2019-12..", "date:..2019-12-31", "date:<=2w", "date:today", "is:STARRED",
    "cat:cs.CV id:1912.", "32:1", "3d-aware", "ratio 1:2",
  ]

  @Test(arguments: validQueries)
  func parsesValidQuery(_ text: String) throws {
    let query = try Query(parsing: text)
    #expect(query.text == text)
    #expect(!query.isEmpty)
  }

  @Test(arguments: ["", "   ", "\t"])
  func blankQueryIsEmpty(_ text: String) throws {
    #expect(try Query(parsing: text).isEmpty)
  }

  static let highlightCases: [HighlightCase] = [
    HighlightCase(
      query: "schrodinger", text: "Schrödinger bridges", highlighted: ["Schrödinger"]),
    HighlightCase(
      query: "tracking -deep", text: "Deep tracking and TRACKING",
      highlighted: ["tracking", "TRACKING"]),
    HighlightCase(
      query: #""point sets" or ti:dense"#, text: "Dense RepPoints with Dense Point Sets",
      highlighted: ["Dense", "Dense", "Point Sets"]),
    HighlightCase(query: "is:read cat:cs", text: "anything", highlighted: []),
    HighlightCase(query: "net", text: "ResNet networks", highlighted: ["Net", "net"]),
    HighlightCase(
      query: "alpha divergence", text: "α-divergence and alphabet",
      highlighted: ["α", "divergence", "alpha"]),
  ]

  @Test(arguments: highlightCases)
  func highlightsPositiveTerms(_ example: HighlightCase) throws {
    let query = try Query(parsing: example.query)
    let ranges = query.highlights(in: example.text)
    #expect(ranges.map { String(example.text[$0]) } == example.highlighted)
  }

  static let narrowing: [(String, String, Bool)] = [
    ("deep lea", "deep lear", true),
    ("deep", "deep tracking", true),
    ("", "anything -x", true),
    ("deep", "ti:deep", false),
    ("-deep", "-deeper", false),
    ("deep or x", "deep or xy", false),
    ("deep tracking", "deep", false),
  ]

  @Test(arguments: narrowing)
  func recognisesNarrowingQueries(_ example: (String, String, Bool)) throws {
    let previous = try Query(parsing: example.0)
    let next = try Query(parsing: example.1)
    #expect(next.narrows(previous) == example.2)
  }
}
