import ArxivDigest
import Foundation
import Testing

/// Issue 11: hostile LaTeX costs a bounded time and falls back to the source as written.
@Suite struct LaTeXRendererBoundTests {
  struct HostileCase: CustomTestStringConvertible, Sendable {
    var name: String
    var raw: String
    var testDescription: String { name }
  }

  static func nestedFractions(_ depth: Int) -> String {
    "$" + String(repeating: #"\frac{"#, count: depth) + "x"
      + String(repeating: "}{y}", count: depth) + "$"
  }

  static let hostileCases: [HostileCase] = [
    HostileCase(name: "frac nested 100k deep", raw: nestedFractions(100_000)),
    HostileCase(name: "frac nested 1M deep", raw: nestedFractions(1_000_000)),
    HostileCase(name: "frac nested 100 deep", raw: nestedFractions(100)),
    HostileCase(
      name: "braces nested 1M deep",
      raw: String(repeating: "{", count: 1_000_000) + "x" + String(repeating: "}", count: 1_000_000)),
    HostileCase(name: "sqrt repeated 200k times", raw: "$" + String(repeating: #"\sqrt{x}"#, count: 200_000) + "$"),
  ]

  @Test(arguments: hostileCases)
  func hostileFieldIsShownAsWrittenWithAWarning(_ example: HostileCase) {
    let start = DispatchTime.now().uptimeNanoseconds
    let rendered = LaTeXRenderer.render(example.raw)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    #expect(rendered.plainText == example.raw)
    #expect(rendered.runs == [StyledText.Run(example.raw)])
    #expect(rendered.warning != nil)
    #expect(LaTeXRenderer.plainText(example.raw) == example.raw)
    // The bound is 1 ms in release builds; a debug build on a busy machine gets slack.
    #expect(seconds < 0.25)
  }

  @Test func fractionsNestedWithinTheBoundAreTypeset() {
    let rendered = LaTeXRenderer.render(LaTeXRendererBoundTests.nestedFractions(3))
    #expect(rendered.plainText == "((x/y)/y)/y")
    #expect(rendered.warning == nil)
  }

  @Test func longestRealAbstractsAreTypeset() {
    let abstract = String(
      repeating: #"We bound $\mathcal{O}(n^2)$ by \textbf{far} less. "#, count: 40)
    let rendered = LaTeXRenderer.render(abstract)
    #expect(rendered.warning == nil)
    #expect(rendered.plainText.hasPrefix("We bound 𝒪(n²) by far less."))
  }
}
