import ArxivDigest
import Foundation

// MARK: - Fixture text

/// Titles and abstracts of the test fixtures, read without the parser (lines of the seed
/// dialect: `### N.Title  [...]` then `>  abstract`), so the figures do not depend on it.
func benchFixtureTexts(filePath: String = #filePath) -> [(title: String, abstract: String)] {
  let fixtures = URL(fileURLWithPath: filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/TestSupport/Fixtures")
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

/// Whether `text` holds LaTeX that could be left raw: a command (a backslash before a letter)
/// or a `$`.
func holdsLaTeX(_ text: String) -> Bool { rawLaTeXLeft(in: text, countingCurrency: true) }

/// Whether rendered text still shows LaTeX: a backslash before a letter (a command) or a `$`;
/// without `countingCurrency`, a `$` before a digit or after `US` (`$22 billion`, `20K US$`) is
/// a dollar sign, not LaTeX.
func rawLaTeXLeft(in text: String, countingCurrency: Bool) -> Bool {
  let scalars = Array(text.unicodeScalars)
  func isLetter(_ index: Int) -> Bool {
    index < scalars.count && (scalars[index].value | 0x20) >= 97
      && (scalars[index].value | 0x20) <= 122
  }
  for (index, scalar) in scalars.enumerated() {
    if scalar == "\\", isLetter(index + 1) { return true }
    guard scalar == "$" else { continue }
    if countingCurrency { return true }
    let next = index + 1 < scalars.count ? scalars[index + 1].value : 0
    let isAmount = next >= 48 && next <= 57
    let isUSDollar = index >= 2 && scalars[index - 2] == "U" && scalars[index - 1] == "S"
    if !isAmount && !isUSDollar { return true }
  }
  return false
}

/// The share of titles and abstracts holding LaTeX (a command or a `$`) that render with no
/// command and no `$` left (issue 18), over the digests under `paths`, and the slowest field
/// (best of 5 runs). With `DIGEST_BENCH_LEFTOVERS` set, each field left raw is printed.
func latexCorpusFigures(_ paths: [String]) -> [Figure] {
  let texts = benchCorpusTexts(paths)
  let withLaTeX = texts.filter(holdsLaTeX)
  let printsLeftovers = ProcessInfo.processInfo.environment["DIGEST_BENCH_LEFTOVERS"] != nil
  var raw = 0
  var rawNotCurrency = 0
  for text in withLaTeX {
    let rendered = LaTeXRenderer.plainText(text)
    if rawLaTeXLeft(in: rendered, countingCurrency: true) { raw += 1 }
    if rawLaTeXLeft(in: rendered, countingCurrency: false) {
      rawNotCurrency += 1
      if printsLeftovers { print("LEFTOVER\t\(text)\n\t\(rendered)") }
    }
  }
  var slowest = 0.0
  var fellBack = 0
  for text in texts where LaTeXRenderer.mayContainLaTeX(text) {
    var rendered = StyledText(plain: "")
    let samples = Measure.samples(runs: 5) { rendered = LaTeXRenderer.render(text) }
    slowest = max(slowest, Measure.quantile(samples, 0))
    if rendered.warning != nil { fellBack += 1 }
  }
  func share(_ left: Int) -> Double {
    withLaTeX.isEmpty ? 100 : 100 * Double(withLaTeX.count - left) / Double(withLaTeX.count)
  }
  return [
    Figure(
      name: "LaTeX: corpus fields with a command or $",
      value: "\(withLaTeX.count) of \(texts.count)", target: "", met: nil),
    Figure(
      name: "LaTeX: no command or $ left",
      value: String(format: "%.2f%% (%d raw)", share(raw), raw), target: "≥ 99%",
      met: share(raw) >= 99),
    Figure(
      name: "LaTeX: no command or $ left, dollar amounts kept",
      value: String(format: "%.2f%% (%d raw)", share(rawNotCurrency), rawNotCurrency),
      target: "≥ 99%", met: share(rawNotCurrency) >= 99),
    Figure(
      name: "LaTeX: corpus fields shown as written (bound)", value: "\(fellBack)", target: "0",
      met: fellBack == 0),
    Figure(
      name: "LaTeX: slowest corpus field (best of 5)", value: Measure.ms(slowest),
      target: "≤ 1 ms", met: slowest <= 0.001),
  ]
}

// MARK: - Bound

/// Hostile fields (issue 11): the nested `\frac` of the report, and fields built to cost the
/// most just under the renderer's length bound (32 KB): each construct repeated, and nesting
/// 10 to 60 deep around wide content. Each figure is the median of 5 runs (on a shared
/// machine the slowest run measures the scheduler, not the renderer).
func latexBoundFigures() -> [Figure] {
  func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }
  func filled(_ unit: String) -> String { repeated(unit, 32_000 / unit.utf8.count) }
  func nested(_ open: String, _ close: String, depth: Int, width: Int) -> String {
    "$" + repeated(open + repeated("ab+", width), depth) + "x" + repeated(close, depth) + "$"
  }
  let hostile: [(String, String)] = [
    ("\\frac nested 100k deep", nested(#"\frac{"#, "}{y}", depth: 100_000, width: 0)),
    ("\\frac nested 1M deep", nested(#"\frac{"#, "}{y}", depth: 1_000_000, width: 0)),
    ("braces nested 1M deep", repeated("{", 1_000_000) + "x" + repeated("}", 1_000_000)),
    ("32 KB of math spans", filled(#"$\alpha$ "#)),
    ("32 KB of nested fractions", filled(#"$\frac{\frac{a}{b}}{c}$ "#)),
    ("32 KB of dashes, ties, quotes", filled("a--b~c ``d'' ")),
    ("32 KB URL full of dashes", "x} " + filled("http://a--b~c/")),
    ("32 KB of unknown macros", filled(#"\foo{\bar{x}} "#)),
    ("32 KB of \\cite and \\href", filled(#"a \cite{x} \href{http://x--y}{a~b} "#)),
    ("32 KB of accents", filled(#"\'e\"o "#)),
    ("\\frac 60 deep around 30 KB", nested(#"\frac{"#, "}{y}", depth: 60, width: 170)),
    ("\\frac 10 deep around 30 KB", nested(#"\frac{"#, "}{y}", depth: 10, width: 1000)),
    ("x^{ 60 deep around 30 KB", nested("x^{", "}", depth: 60, width: 170)),
    ("\\overline 60 deep around 30 KB", nested(#"\overline{"#, "}", depth: 60, width: 170)),
    ("\\mathbb 60 deep around 30 KB", nested(#"\mathbb{"#, "}", depth: 60, width: 170)),
  ]
  var figures: [Figure] = []
  var worst = 0.0
  var sink = 0
  for (name, text) in hostile {
    var rendered = StyledText(plain: "")
    let samples = Measure.samples(runs: 5) { rendered = LaTeXRenderer.render(text) }
    let seconds = Measure.quantile(samples, 0.5)
    sink &+= rendered.runs.count
    worst = max(worst, seconds)
    figures.append(
      Figure(
        name: "LaTeX bound: \(name)",
        value: Measure.ms(seconds) + (rendered.warning == nil ? " typeset" : " as is"),
        target: "≤ 1 ms", met: seconds <= 0.001))
  }
  if sink == 42 { print("") }  // keeps the work from being optimised away
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
