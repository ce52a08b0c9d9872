import ArxivDigest
import DigestState
import Foundation
import ReaderApp
import ReaderCore
import ReaderUI

/// Reader figures: the real session code path (state, layout, render, diff, draw) on a
/// headless terminal, for a 200-paper day and for 50,000 papers generated in memory.
func readerFigures() -> [Figure] {
  let size = Size(width: 120, height: 40)
  let day = ReaderBench.papers(count: 200)
  let large = ReaderBench.papers(count: 50_000)
  var figures: [Figure] = []

  let starts: [([Paper], String, Int)] = [(day, "200 papers", 50), (large, "50,000 papers", 300)]
  for (papers, label, target) in starts {
    let samples = Measure.samples(runs: 15) {
      let session = ReaderBench.session(papers: papers, size: size)
      session.start()
    }
    let median = Measure.quantile(samples, 0.5)
    figures.append(
      Figure(
        name: "reader: start to first screen, \(label)", value: Measure.ms(median),
        target: "≤ \(target) ms", met: median * 1000 <= Double(target)))
  }

  // The same for a 200-paper day read from markdown: parse, merge, state, first screen.
  let markdown = ReaderBench.markdown(for: day)
  let parsed = Measure.samples(runs: 15) {
    let file = DigestFile(parsing: markdown, path: "generated.md")
    let session = ReaderBench.session(papers: Library(files: [file]).papers, size: size)
    session.start()
  }
  let parsedCount = Library(files: [DigestFile(parsing: markdown, path: "generated.md")]).papers
    .count
  figures.append(
    Figure(
      name: "reader: parse to first screen, \(parsedCount)-paper digest",
      value: Measure.ms(Measure.quantile(parsed, 0.5)), target: "≤ 50 ms",
      met: Measure.quantile(parsed, 0.5) <= 0.050 && parsedCount == day.count))

  // One keystroke to repainted screen, on the large library.
  let session = ReaderBench.session(papers: large, size: size)
  session.start()
  guard let terminal = session.terminal as? TestTerminal else { return figures }
  var cells: [Int] = []
  let keys: [Key] =
    Array(repeating: .character("j"), count: 150)
    + Array(repeating: .character("k"), count: 50) + [.pageDown, .pageDown, .character("G")]
  var samples: [Double] = []
  for key in keys {
    samples.append(Measure.time { session.handle(.key(key)) })
    cells.append(terminal.lastChangeCount)
  }
  samples.sort()
  let median = Measure.quantile(samples, 0.5)
  let p99 = Measure.quantile(samples, 0.99)
  figures.append(
    Figure(
      name: "reader: keystroke to repaint (j/k), median", value: Measure.ms(median),
      target: "≤ 16 ms", met: median <= 0.016))
  figures.append(
    Figure(
      name: "reader: keystroke to repaint (j/k), p99", value: Measure.ms(p99), target: "≤ 16 ms",
      met: p99 <= 0.016))
  let sortedCells = cells.sorted()
  figures.append(
    Figure(
      name: "reader: cells written per j (median of \(cells.count))",
      value: "\(sortedCells[sortedCells.count / 2]) of \(size.width * size.height)",
      target: "changed only", met: sortedCells[sortedCells.count / 2] < size.width * size.height))

  // Starring through the real store: the commit happens before the repaint.
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "digest-reader-bench-\(UUID().uuidString)", isDirectory: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  if let store = try? openMarkStore(at: folder.appendingPathComponent("state.sqlite")) {
    let starring = Session(
      state: ReaderState(papers: day, today: DigestDay(daysSinceEpoch: 18_300)),
      terminal: TestTerminal(size: size), runner: EffectRunner(store: store))
    starring.start()
    var stars: [Double] = []
    for _ in 0..<40 {
      stars.append(Measure.time { starring.handle(.key(.character("s"))) })
      starring.handle(.key(.character("j")))
    }
    stars.sort()
    let starMedian = Measure.quantile(stars, 0.5)
    figures.append(
      Figure(
        name: "reader: s (star, SQLite commit) to repaint, median", value: Measure.ms(starMedian),
        target: "≤ 16 ms", met: starMedian <= 0.016))
  }

  // Filtering 50,000 papers: the first keystroke builds the index.
  _ = session.handle(.key(.character("/")))
  let first = Measure.time { session.handle(.key(.character("n"))) }
  let second = Measure.time { session.handle(.key(.character("e"))) }
  figures.append(
    Figure(
      name: "reader: first filter key, 50,000 (cold index)", value: Measure.ms(first),
      target: "info", met: nil))
  figures.append(
    Figure(
      name: "reader: filter keystroke, 50,000 papers (next)", value: Measure.ms(second),
      target: "info", met: nil))
  return figures
}

/// Generated papers and headless sessions for the reader figures.
enum ReaderBench {
  static let words = [
    "learning", "deep", "network", "image", "visual", "segmentation", "transformer", "graph",
    "robust", "adversarial", "detection", "tracking", "diffusion", "model", "scene", "depth",
    "point", "cloud", "self-supervised", "contrastive", "attention", "video", "semantic", "3D",
    "reconstruction", "pose", "estimation", "few-shot", "domain", "adaptation", "generative",
  ]

  /// `count` papers, 200 per day, with realistic title and abstract lengths.
  static func papers(count: Int) -> [Paper] {
    let start = DigestDay(daysSinceEpoch: 18_000)
    // A linear congruential generator per paper: different, repeatable text for each.
    func text(_ length: Int, seed: Int) -> String {
      var state = UInt64(truncatingIfNeeded: seed) &* 6_364_136_223_846_793_005 &+ 1
      return (0..<length).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return words[Int(state >> 33) % words.count]
      }.joined(separator: " ")
    }
    return (0..<count).compactMap { index in
      let month = 1 + (index / 100_000) % 12
      guard let id = ArxivID(String(format: "19%02d.%05d", month, index % 100_000)) else {
        return nil
      }
      return Paper(
        id: id, title: text(10, seed: index).capitalized, abstract: text(180, seed: index + 7),
        category: "cs.CV", date: start.adding(days: index / 200), number: index % 200 + 1,
        source: SourceLocation(path: "generated.md", line: index + 1))
    }
  }

  /// `papers` as one seed-dialect digest day.
  static func markdown(for papers: [Paper]) -> String {
    var text = "# ArXiv cs.CV --Wed, 25 Dec 2019\n"
    for (offset, paper) in papers.enumerated() {
      text += "### \(offset + 1).\(paper.title)  [ :arrow_down: ](https://arxiv.org/pdf/"
      text += "\(paper.id.rawValue).pdf)\n>  \(paper.abstract) \n"
    }
    return text
  }

  /// A session over `papers` on a headless terminal of `size`.
  static func session(papers: [Paper], size: Size) -> Session {
    let state = ReaderState(papers: papers, today: DigestDay(daysSinceEpoch: 18_300))
    return Session(
      state: state, terminal: TestTerminal(size: size),
      runner: EffectRunner(store: BenchMarkStore()))
  }
}

/// Marks kept in memory: the reader figures never touch the disk.
final class BenchMarkStore: MarkStore {
  private var current = Marks()
  let isReadOnly = false
  func marks() throws -> Marks { current }
  func apply(_ change: MarkChange, papers: [Paper]) throws { current.apply(change) }
  func undo() throws -> MarkChange? { nil }
  func redo() throws -> MarkChange? { nil }
  func rememberedPapers(_ ids: [ArxivID]) throws -> [Paper] { [] }
}
