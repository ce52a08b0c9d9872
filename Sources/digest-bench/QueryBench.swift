import ArxivDigest
import DigestQuery
import Foundation

// MARK: - Generated papers

/// A small deterministic generator (SplitMix64), so every run filters the same papers.
private struct BenchRandom {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}

/// `count` papers whose titles and abstracts are runs of words sampled from the fixtures
/// (keeping their phrases, LaTeX and word frequencies), with generated authors, categories and
/// days spread over two years.
private func generatedPapers(count: Int) -> [Paper] {
  let texts = benchFixtureTexts()
  guard !texts.isEmpty else { return [] }
  let titleWords = texts.map { $0.title.split(separator: " ").map(String.init) }
  let abstractWords = texts.map { $0.abstract.split(separator: " ").map(String.init) }
  let syllables = ["an", "ber", "chen", "da", "el", "fu", "gar", "hu", "ion", "ja", "ko", "li",
    "mar", "no", "ov", "pe", "qi", "ro", "sa", "tan", "ul", "vi", "wang", "xu", "yo", "zé"]
  let categories = ["cs.CV", "cs.CV", "cs.CV", "cs.CV", "cs.LG", "eess.IV", "cs.RO", "cs.AI"]
  var random = BenchRandom(state: 2019)
  func name() -> String {
    var word = ""
    for _ in 0..<(2 + random.below(2)) { word += syllables[random.below(syllables.count)] }
    return word.prefix(1).uppercased() + word.dropFirst()
  }
  func run(from pool: [[String]], words target: Int) -> String {
    var words: [String] = []
    while words.count < target {
      let source = pool[random.below(pool.count)]
      guard !source.isEmpty else { continue }
      let start = random.below(source.count)
      let length = 4 + random.below(12)
      words.append(contentsOf: source[start..<min(source.count, start + length)])
    }
    return words.prefix(target).joined(separator: " ")
  }
  let firstDay = DigestDay(daysSinceEpoch: 17_897)  // 2019-01-01
  var papers: [Paper] = []
  papers.reserveCapacity(count)
  for number in 0..<count {
    let model = abstractWords[random.below(abstractWords.count)].count
    let month = 1 + number % 12
    let raw = String(format: "%02d%02d.%05d", 19 + number / 60_000 % 2, month, number % 100_000)
    guard let id = ArxivID(raw) else { continue }
    let primary = categories[random.below(categories.count)]
    papers.append(
      Paper(
        id: id, title: run(from: titleWords, words: 5 + random.below(9)),
        abstract: run(from: abstractWords, words: max(60, model)), category: primary,
        date: firstDay.adding(days: random.below(730)), number: number + 1,
        source: SourceLocation(path: "generated", line: number + 1),
        authors: (0..<(1 + random.below(6))).map { _ in "\(name()) \(name())" },
        categories: random.below(3) == 0 ? [primary, "cs.LG"] : [primary]))
  }
  return papers
}

// MARK: - Figures

/// CPU time of the whole process so far (all threads), in seconds.
private func processCPUSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

/// Per-keystroke filtering over 50,000 generated papers, and the index build (issue 5).
func queryFigures() -> [Figure] {
  let rssBefore = Measure.residentBytes()
  let papers = generatedPapers(count: 50_000)
  guard papers.count == 50_000 else {
    return [Figure(name: "Filter: generated papers", value: "\(papers.count)", target: "50000",
      met: false)]
  }
  let textBytes = papers.reduce(0) { $0 + $1.title.utf8.count + $1.abstract.utf8.count }
  let rssPapers = Measure.residentBytes()
  var index = SearchIndex(papers: papers)
  let rssIndex = Measure.residentBytes()
  let cpuBefore = processCPUSeconds()
  let build = Measure.samples(runs: 3) { index = SearchIndex(papers: papers) }
  let buildCPU = (processCPUSeconds() - cpuBefore) / 3
  let today = DigestDay(daysSinceEpoch: 18_627)  // 2020-12-31
  var marks = Marks()
  for paper in papers.prefix(5_000) { marks.read.insert(paper.id) }
  for paper in papers.suffix(500) { marks.starred.insert(paper.id) }

  /// Every prefix of `text` that parses, as typed one keystroke at a time, re-filtering all
  /// papers each time; `rounds` passes. Returns sorted seconds and the final match count.
  func keystrokes(_ text: String, rounds: Int) -> ([Double], Int) {
    let queries = (1...text.count).compactMap { try? Query(parsing: String(text.prefix($0))) }
    var samples: [Double] = []
    var matches = 0
    for _ in 0..<rounds {
      for query in queries {
        let seconds = Measure.time {
          matches = index.filter(query, marks: marks, today: today).count
        }
        if ProcessInfo.processInfo.environment["QUERY_TRACE"] != nil {
          print(String(format: "%8.2f ms  %6d  %@", seconds * 1000, matches, query.text))
        }
        samples.append(seconds)
      }
    }
    return (samples.sorted(), matches)
  }

  let twoWords = "deep tracking"
  let mixed = "ti:segmentation -medical or tracking"
  let extra = #"is:unread date:<30d "neural network" | cat:eess.IV au:wang"#
  let (twoWordSamples, twoWordMatches) = keystrokes(twoWords, rounds: 8)
  let (mixedSamples, mixedMatches) = keystrokes(mixed, rounds: 8)
  let (extraSamples, extraMatches) = keystrokes(extra, rounds: 4)

  func percentiles(_ name: String, _ samples: [Double], _ matches: Int) -> [Figure] {
    let median = Measure.quantile(samples, 0.5)
    let p99 = Measure.quantile(samples, 0.99)
    return [
      Figure(name: "Filter 50k, \(name): keystroke median", value: Measure.ms(median),
        target: "≤ 5 ms (\(samples.count) keystrokes, \(matches) hits)", met: median <= 0.005),
      Figure(name: "Filter 50k, \(name): keystroke p99", value: Measure.ms(p99),
        target: "≤ 16 ms", met: p99 <= 0.016),
    ]
  }

  return [
    Figure(name: "Filter: index build, 50k papers (median of 3)",
      value: Measure.ms(Measure.quantile(build, 0.5)), target: "≤ 150 ms",
      met: Measure.quantile(build, 0.5) <= 0.15),
    Figure(name: "Filter: index build, CPU time of all threads",
      value: Measure.ms(buildCPU), target: "\(ProcessInfo.processInfo.activeProcessorCount) cores",
      met: nil),
    Figure(name: "Filter: folded text held by the index",
      value: Measure.mb(index.foldedByteCount),
      target: "raw text \(Measure.mb(textBytes)), \(index.wordCount) words", met: nil),
    Figure(name: "Filter: resident growth, 50k papers / index",
      value: "\(Measure.mb(rssPapers - rssBefore)) / \(Measure.mb(rssIndex - rssPapers))",
      target: "", met: nil),
  ]
    + percentiles("two words", twoWordSamples, twoWordMatches)
    + percentiles("field+not+or", mixedSamples, mixedMatches)
    + percentiles("phrase+date+is+cat+au", extraSamples, extraMatches)
}
