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

// MARK: - Corpus

/// Titles and abstracts of every digest (`*.md`) under `paths`, read with the parser, one
/// entry per paper (the first occurrence of an id wins).
func benchCorpusTexts(_ paths: [String]) -> [String] {
  var files: [String] = []
  for path in paths {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
    if !isFolder.boolValue {
      files.append(path)
      continue
    }
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
    for name in names.sorted() where name.hasSuffix(".md") {
      files.append((path as NSString).appendingPathComponent(name))
    }
  }
  var seen: Set<String> = []
  var texts: [String] = []
  for file in files {
    guard let data = FileManager.default.contents(atPath: file) else { continue }
    for paper in DigestParser.parse([UInt8](data), path: file).papers
    where seen.insert(paper.id.rawValue).inserted {
      texts.append(paper.title)
      texts.append(paper.abstract)
    }
  }
  return texts
}

/// Whether rendered text still shows LaTeX: a backslash before a letter (a command) or a `$`.
func showsRawLaTeX(_ rendered: String) -> Bool {
  var previous: Unicode.Scalar = " "
  for scalar in rendered.unicodeScalars {
    if scalar == "$" { return true }
    if previous == "\\", (scalar.value | 0x20) >= 97, (scalar.value | 0x20) <= 122 {
      return true
    }
    previous = scalar
  }
  return false
}

/// The share of titles and abstracts holding LaTeX that render with no command and no `$`
/// left (issue 18), over the digests under `paths`; each leftover is printed when
/// `DIGEST_BENCH_LEFTOVERS` is set.
func latexCorpusFigures(_ paths: [String]) -> [Figure] {
  let texts = benchCorpusTexts(paths)
  let withLaTeX = texts.filter(LaTeXRenderer.mayContainLaTeX)
  let printsLeftovers = ProcessInfo.processInfo.environment["DIGEST_BENCH_LEFTOVERS"] != nil
  var raw = 0
  var slowest = 0.0
  for text in withLaTeX {
    var rendered = ""
    let seconds = Measure.time { rendered = LaTeXRenderer.plainText(text) }
    slowest = max(slowest, seconds)
    if showsRawLaTeX(rendered) {
      raw += 1
      if printsLeftovers { print("LEFTOVER\t\(text)\n\t\(rendered)") }
    }
  }
  let clean = withLaTeX.isEmpty ? 100 : 100 * Double(withLaTeX.count - raw) / Double(withLaTeX.count)
  return [
    Figure(
      name: "LaTeX: fields with LaTeX in corpus",
      value: "\(withLaTeX.count) of \(texts.count)", target: "", met: nil),
    Figure(
      name: "LaTeX: rendered with no command or $ left",
      value: String(format: "%.2f%% (%d raw)", clean, raw), target: "≥ 99%", met: clean >= 99),
    Figure(
      name: "LaTeX: slowest corpus field", value: Measure.ms(slowest), target: "≤ 1 ms",
      met: slowest <= 0.001),
  ]
}

// MARK: - Bound

/// Hostile fields (issue 11): the worst time to render one, and whether each falls back to
/// its source as written with a warning once past the renderer's bound.
func latexBoundFigures() -> [Figure] {
  func nestedFractions(_ depth: Int) -> String {
    "$" + String(repeating: #"\frac{"#, count: depth) + "x"
      + String(repeating: "}{y}", count: depth) + "$"
  }
  let hostile: [(String, String)] = [
    ("\\frac nested 1k deep", nestedFractions(1_000)),
    ("\\frac nested 100k deep", nestedFractions(100_000)),
    ("\\frac nested 1M deep", nestedFractions(1_000_000)),
    ("braces nested 1M deep", String(repeating: "{", count: 1_000_000) + "x"
      + String(repeating: "}", count: 1_000_000)),
    ("x^ 1M times", "$" + String(repeating: "x^", count: 1_000_000) + "$"),
    ("\\sqrt 200k times", "$" + String(repeating: #"\sqrt{x}"#, count: 200_000) + "$"),
    ("\\alpha 1M times (1 MB of symbols)", "$" + String(repeating: #"\alpha "#, count: 1_000_000) + "$"),
  ]
  var figures: [Figure] = []
  var worst = 0.0
  for (name, text) in hostile {
    var rendered = StyledText(plain: "")
    let samples = Measure.samples(runs: 3) { rendered = LaTeXRenderer.render(text) }
    let seconds = Measure.quantile(samples, 1)
    worst = max(worst, seconds)
    let fellBack = rendered.warning != nil
    figures.append(
      Figure(
        name: "LaTeX bound: \(name)",
        value: Measure.ms(seconds) + (fellBack ? " as written" : ""), target: "≤ 1 ms",
        met: seconds <= 0.001))
  }
  figures.append(
    Figure(
      name: "LaTeX bound: worst hostile field", value: Measure.ms(worst), target: "≤ 1 ms",
      met: worst <= 0.001))
  return figures
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
