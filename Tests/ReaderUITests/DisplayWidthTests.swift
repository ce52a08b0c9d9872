import ReaderUI
import Testing

@Suite struct DisplayWidthTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var width: Int
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(name: "ASCII", text: "Dense RepPoints", width: 15),
    Case(name: "empty", text: "", width: 0),
    Case(name: "precomposed accent", text: "caf\u{E9}", width: 4),
    Case(name: "combining accent", text: "cafe\u{301}", width: 4),
    Case(name: "several combining marks", text: "a\u{301}\u{323}b", width: 2),
    Case(name: "CJK ideographs", text: "日本語", width: 6),
    Case(name: "hiragana and katakana", text: "のタ", width: 4),
    Case(name: "Hangul syllables", text: "한국", width: 4),
    Case(name: "fullwidth forms", text: "ＡＢ", width: 4),
    Case(name: "emoji with presentation", text: "🎉", width: 2),
    Case(name: "text-style symbol", text: "★…", width: 2),
    Case(name: "emoji with skin tone keeps the base", text: "👍🏽", width: 2),
    Case(name: "zero-width joiner sequence keeps the first", text: "👨‍👩‍👧", width: 2),
    Case(name: "variation selector is dropped", text: "❤️", width: 1),
    Case(name: "zero-width space", text: "a\u{200B}b", width: 2),
    Case(name: "control characters", text: "a\u{7}b", width: 2),
    Case(name: "Greek and Cyrillic", text: "αβ жз", width: 5),
  ])
  func measuresTerminalColumns(_ testCase: Case) {
    #expect(DisplayWidth.of(testCase.text) == testCase.width)
  }

  @Test(arguments: [
    Case(name: "fits", text: "Graph", width: 5),
    Case(name: "cut with an ellipsis", text: "Graph networks", width: 6),
    Case(name: "wide characters cut on a column boundary", text: "日本語のタイトル", width: 6),
    Case(name: "one column", text: "日本", width: 1),
    Case(name: "combining marks stay with their base", text: "cafe\u{301} au lait", width: 5),
  ])
  func truncatesByDisplayWidth(_ testCase: Case) {
    let cut = DisplayWidth.truncate(testCase.text, to: testCase.width)
    #expect(DisplayWidth.of(cut) <= testCase.width)
    let expected: [String: String] = [
      "fits": "Graph",
      "cut with an ellipsis": "Graph…",
      "wide characters cut on a column boundary": "日本…",
      "one column": "…",
      "combining marks stay with their base": "cafe\u{301}…",
    ]
    #expect(cut == expected[testCase.name])
  }
}
