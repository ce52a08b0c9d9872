import ArxivDigest
import PropertyBased
import Testing

@Suite struct LaTeXRendererPropertyTests {
  /// Characters that are not LaTeX syntax outside math, including the ones TeX would treat
  /// specially but abstracts use literally (`%`, `^`, `_`, `&`); no `-` (`--` is a dash), no
  /// `~` (a tie) and no `` ` `` (a quote).
  static let textCharacters: [Character] = Array(
    "abcXYZ019 .,;:!?'\"()[]<>+=*/%^_&#@|é中😀\u{301}\t\n")

  /// Self-contained LaTeX fragments, well-formed or not, that never absorb the words around them.
  static let fragments: [String] = [
    #"$\alpha$"#, #"$x^2$"#, #"$\frac{a}{b}$"#, #"\textbf{bold}"#, #"{\em it}"#, #"\'e"#,
    #"{\ss}"#, #"$\mathbb{R}$"#, #"\unknown{x}"#, #"\%"#, #"$a_{ij}$"#, #"\emph{x}"#,
    #"$$y$$"#, #"\(z\)"#, "$", "{", "}", "\\", #"\textbf{"#, "}}", #"\frac{a}"#, #"$\log"#,
    #"\sqrt[3]{"#, #"$\unknown"#, "$$", #"\(\)"#,
  ]

  @Test func textWithoutLaTeXSyntaxRendersUnchanged() async {
    let text = Gen<Character?>.element(of: LaTeXRendererPropertyTests.textCharacters)
      .map { $0 ?? "a" }.string(of: 0...80)
    await propertyCheck(count: 500, input: text) { text in
      let rendered = LaTeXRenderer.render(text)
      #expect(rendered.plainText == text)
      #expect(rendered.runs.allSatisfy { $0.style == .plain })
    }
  }

  @Test func wordsOutsideCommandsSurviveInOrder() async {
    let word = Gen<Character?>.element(of: Array("abcdefXYZ0189éü中"))
      .map { $0 ?? "a" }.string(of: 1...8)
    let piece = Gen<String?>.element(of: LaTeXRendererPropertyTests.fragments).map { $0 ?? "" }
    let pieces = PropertyBased.zip(word, piece).array(of: 0...12)
    await propertyCheck(count: 500, input: pieces) { pairs in
      let raw = pairs.map { "\($0.0) \($0.1) " }.joined()
      let rendered = LaTeXRenderer.render(raw).plainText
      var searchFrom = rendered.startIndex
      for (word, _) in pairs {
        let found = rendered.range(of: word, range: searchFrom..<rendered.endIndex)
        #expect(found != nil, "\(word) lost from \(raw) → \(rendered)")
        if let found { searchFrom = found.upperBound }
      }
    }
  }

  @Test func anyInputRendersIntoConsistentRuns() async {
    let syntaxHeavy = Gen<Character?>.element(
      of: Array(#"\\\\$${}{}^_'~ab1 []()&%#"é"#)
    ).map { $0 ?? "a" }.string(of: 0...60)
    await propertyCheck(count: 1000, input: syntaxHeavy) { text in
      let rendered = LaTeXRenderer.render(text)
      #expect(rendered.runs.allSatisfy { !$0.text.isEmpty })
      #expect(rendered.runs.map(\.text).joined() == rendered.plainText)
      #expect(LaTeXRenderer.plainText(text) == rendered.plainText)
    }
  }

  @Test func deepNestingRendersWithoutExhaustingTheStack() {
    let depth = 20_000
    let raw =
      String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth)
      + String(repeating: #"\textbf{"#, count: depth)
    #expect(LaTeXRenderer.render(raw).plainText.contains("x"))
  }
}
