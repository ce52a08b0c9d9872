import DigestQuery
import Testing

/// Highlights per part of a paper: each field's terms only where the field looks; and which
/// queries depend on marks.
@Suite struct QueryFieldHighlightTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var query: String
    var part: Query.TextPart
    var text: String
    var highlighted: [String]
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(
      name: "a bare word in a title", query: "dense", part: .title, text: "Dense RepPoints",
      highlighted: ["Dense"]),
    Case(
      name: "a bare word in an abstract", query: "dense", part: .abstract, text: "a dense set",
      highlighted: ["dense"]),
    Case(
      name: "a bare word not in authors", query: "chen", part: .authors, text: "Changan Chen",
      highlighted: []),
    Case(
      name: "ti: in a title", query: #"ti:"point sets""#, part: .title,
      text: "Dense Point Sets", highlighted: ["Point Sets"]),
    Case(
      name: "ti: not in an abstract", query: "ti:dense", part: .abstract, text: "a dense set",
      highlighted: []),
    Case(
      name: "abs: not in a title", query: "abs:dense", part: .title, text: "Dense RepPoints",
      highlighted: []),
    Case(
      name: "au: in authors", query: "au:grauman or au:jain", part: .authors,
      text: "Unnat Jain, Kristen Grauman", highlighted: ["Jain", "Grauman"]),
    Case(
      name: "au: not in an abstract", query: "au:jain", part: .abstract, text: "Jain et al.",
      highlighted: []),
    Case(
      name: "a negated field nowhere", query: "ti:dense -ti:point", part: .title,
      text: "Dense Point", highlighted: ["Dense"]),
  ])
  func fieldTermsHighlightOnlyTheirPart(_ example: Case) throws {
    let query = try Query(parsing: example.query)
    let ranges = query.highlights(in: example.text, part: example.part)
    #expect(ranges.map { String(example.text[$0]) } == example.highlighted)
  }

  @Test(arguments: [
    ("is:unread", true), ("tracking -is:read", true), ("a or (b is:starred)", true),
    ("is:unstarred", true), ("tracking ti:x au:y cat:cs date:2019", false), ("", false),
    ("is:new -is:replaced", false),
  ])
  func queriesWithIsTermsDependOnMarks(_ example: (String, Bool)) throws {
    #expect(try Query(parsing: example.0).dependsOnMarks == example.1)
  }
}
