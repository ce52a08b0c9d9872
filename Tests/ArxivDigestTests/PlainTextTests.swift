import Testing

@testable import ArxivDigest

/// What plain output strips from fields and escapes in echoed names.
@Suite struct PlainTextTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: String
    var testDescription: String { name }
  }

  static let visibleCases: [Case] = [
    Case(name: "plain", text: "Audio-Visual Navigation", expected: "Audio-Visual Navigation"),
    Case(name: "RLO override", text: "Ti\u{202E}tle", expected: "Title"),
    Case(name: "LRE and PDF", text: "\u{202A}a\u{202C}b", expected: "ab"),
    Case(name: "isolates", text: "\u{2066}x\u{2067}y\u{2068}z\u{2069}", expected: "xyz"),
    Case(name: "zero-width space", text: "zero\u{200B}width", expected: "zerowidth"),
    Case(name: "ZWNJ and ZWJ", text: "a\u{200C}b\u{200D}c", expected: "abc"),
    Case(name: "word joiner", text: "a\u{2060}b", expected: "ab"),
    Case(name: "BOM", text: "\u{FEFF}Title", expected: "Title"),
    Case(name: "accents kept", text: "Café Über 日本", expected: "Café Über 日本"),
  ]

  @Test(arguments: visibleCases) func visibleDropsHiddenScalars(_ example: Case) {
    #expect(PlainText.visible(example.text) == example.expected)
  }

  static let escapedCases: [Case] = [
    Case(name: "plain id", text: "1912.11474", expected: "1912.11474"),
    Case(
      name: "escape and bell", text: "1912.0\u{1B}[31mX\u{07}",
      expected: "1912.0\\x1b[31mX\\x07"),
    Case(name: "DEL and C1", text: "a\u{7F}b\u{9B}c", expected: "a\\x7fb\\x9bc"),
    Case(name: "carriage return", text: "a\rb", expected: "a\\x0db"),
    Case(name: "bidi shown", text: "a\u{202E}b", expected: "a\\u{202e}b"),
    Case(name: "tab kept", text: "a\tb", expected: "a\tb"),
  ]

  @Test(arguments: escapedCases) func escapedShowsControlBytes(_ example: Case) {
    #expect(PlainText.escaped(example.text) == example.expected)
  }

  @Test func printableStripsThenEscapes() {
    #expect(PlainText.printable("T\u{202E}i\u{1B}[2Jtle") == "Ti\\x1b[2Jtle")
  }
}
