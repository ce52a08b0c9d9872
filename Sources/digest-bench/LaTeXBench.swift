import ArxivDigest
import Foundation

// MARK: - Fixture text

/// Titles and abstracts of the test fixtures, read without the parser (lines of the seed
/// dialect: `### N.Title  [...]` then `>  abstract`), so the figures do not depend on it.
func benchFixtureTexts(filePath: String = #filePath) -> [(title: String, abstract: String)] {
  let fixtures = URL(fileURLWithPath: filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/ArxivDigestTests/Fixtures")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
  var result: [(title: String, abstract: String)] = []
  for name in names.sorted() where name.hasSuffix(".md") {
    guard
      let text = try? String(
        contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    else { continue }
    var title: String?
    for line in text.split(separator: "\n") {
      if line.hasPrefix("### ") {
        var heading = line.dropFirst(4)
        if let dot = heading.firstIndex(of: "."), heading[..<dot].allSatisfy(\.isNumber) {
          heading = heading[heading.index(after: dot)...]
        }
        if let link = heading.range(of: "  [ :arrow_down:") {
          heading = heading[..<link.lowerBound]
        }
        title = String(heading)
      } else if line.hasPrefix(">"), let current = title {
        let abstract = line.dropFirst().trimmingCharacters(in: .whitespaces)
        result.append((current, abstract))
        title = nil
      }
    }
  }
  return result
}

// MARK: - Figures

/// Cost of rendering LaTeX in titles and abstracts (issue 8).
func latexFigures() -> [Figure] {
  let texts = benchFixtureTexts()
  guard !texts.isEmpty else {
    return [Figure(name: "LaTeX: fixtures", value: "none found", target: "", met: false)]
  }
  let count = 50_000
  let abstracts = (0..<count).map { texts[$0 % texts.count].abstract }
  let titles = (0..<count).map { texts[$0 % texts.count].title }
  let withLaTeX = texts.map(\.abstract).filter(LaTeXRenderer.mayContainLaTeX)
  let latexAbstracts = (0..<count).map { withLaTeX[$0 % max(1, withLaTeX.count)] }

  var sink = 0
  let renderAll = Measure.samples(runs: 5) {
    for abstract in abstracts { sink &+= LaTeXRenderer.render(abstract).runs.count }
  }
  let plainAll = Measure.samples(runs: 5) {
    for index in 0..<count {
      sink &+= LaTeXRenderer.plainText(titles[index]).utf8.count
      sink &+= LaTeXRenderer.plainText(abstracts[index]).utf8.count
    }
  }
  let renderLaTeX = withLaTeX.isEmpty ? [0] : Measure.samples(runs: 5) {
    for abstract in latexAbstracts { sink &+= LaTeXRenderer.render(abstract).runs.count }
  }
  if sink == 42 { print("") }  // keeps the work from being optimised away

  let perAbstract = Measure.quantile(renderAll, 0.5) / Double(count)
  let perLaTeXAbstract = Measure.quantile(renderLaTeX, 0.5) / Double(count)
  let share = Double(withLaTeX.count) / Double(texts.count) * 100
  return [
    Figure(
      name: "LaTeX: render 50k abstracts (fixture mix)",
      value: Measure.ms(Measure.quantile(renderAll, 0.5)), target: "≤ 250 ms",
      met: Measure.quantile(renderAll, 0.5) <= 0.25),
    Figure(
      name: "LaTeX: per abstract, fixture mix",
      value: String(format: "%.2f µs", perAbstract * 1e6), target: "≤ 5 µs",
      met: perAbstract <= 5e-6),
    Figure(
      name: String(format: "LaTeX: per abstract with LaTeX (%.0f%% of fixtures)", share),
      value: String(format: "%.2f µs", perLaTeXAbstract * 1e6), target: "≤ 50 µs",
      met: perLaTeXAbstract <= 50e-6),
    Figure(
      name: "LaTeX: plain text of 50k titles + abstracts",
      value: Measure.ms(Measure.quantile(plainAll, 0.5)), target: "≤ 250 ms",
      met: Measure.quantile(plainAll, 0.5) <= 0.25),
  ]
}
