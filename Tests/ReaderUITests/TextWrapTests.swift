import ReaderUI
import Testing

@Suite struct TextWrapTests {
  func wrap(_ text: String, _ width: Int) -> [String] {
    TextWrap.wrap(Glyph.glyphs(text, .normal), width: width).map {
      String($0.map(\.character))
    }
  }

  @Test func wrapsAtSpacesWithinTheWidth() {
    #expect(wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
  }

  @Test func splitsAWordWiderThanTheLine() {
    #expect(
      wrap("a supercalifragilistic word", 8) == ["a", "supercal", "ifragili", "stic", "word"])
  }

  @Test func countsWideCharactersAsTwoColumns() {
    #expect(wrap("日本語の タイトル", 6) == ["日本語", "の", "タイト", "ル"])
  }

  @Test func collapsesRunsOfSpacesAndDropsThemAtBreaks() {
    #expect(wrap("  one   two  ", 20) == ["one two"])
    #expect(wrap("", 5) == [])
    #expect(wrap("abc", 0) == [])
  }
}
