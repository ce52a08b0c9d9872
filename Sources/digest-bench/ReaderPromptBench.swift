import ArxivDigest
import DigestState
import Foundation
import ReaderApp
import ReaderCore
import ReaderUI

/// Reader figures for marking under a filter on marks and for exporting from the reader, on
/// the real session code path with a headless terminal.
func readerPromptFigures() -> [Figure] {
  let size = Size(width: 120, height: 40)
  let large = ReaderBench.papers(count: 50_000)
  var figures: [Figure] = []

  // `r` under `is:unread`: commit, filter the 50,000 papers again, repaint.
  let store = BenchMarkStore()
  let session = Session(
    state: ReaderState(papers: large, today: DigestDay(daysSinceEpoch: 18_300)),
    terminal: TestTerminal(size: size), runner: EffectRunner(store: store))
  session.start()
  session.state.prepareFilter()
  session.handle(.key(.character("/")))
  for character in "is:unread" { session.handle(.key(.character(character))) }
  session.handle(.key(.enter))
  var samples: [Double] = []
  for _ in 0..<60 {
    samples.append(Measure.time { session.handle(.key(.character("r"))) })
  }
  samples.sort()
  let median = Measure.quantile(samples, 0.5)
  let p99 = Measure.quantile(samples, 0.99)
  let dropped = session.state.visible.count == large.count - samples.count
  figures.append(
    Figure(
      name: "reader: r under is:unread, 50,000 papers, median", value: Measure.ms(median),
      target: "≤ 16 ms", met: median <= 0.016 && dropped))
  figures.append(
    Figure(
      name: "reader: r under is:unread, 50,000 papers, p99", value: Measure.ms(p99),
      target: "≤ 16 ms", met: p99 <= 0.016 && dropped))

  // `e`, Tab, Enter: 200 starred papers of 50,000 written as BibTeX, then the repaint.
  let home = FileManager.default.temporaryDirectory.appendingPathComponent(
    "digest-export-bench-\(UUID().uuidString)", isDirectory: true)
  defer { try? FileManager.default.removeItem(at: home) }
  guard (try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true))
    != nil
  else { return figures }
  let starred = BenchMarkStore()
  try? starred.apply(
    MarkChange(.starred, true, ids: large.prefix(200).map(\.id)), papers: [])
  let exporting = Session(
    state: ReaderState(
      papers: large, marks: (try? starred.marks()) ?? Marks(),
      today: DigestDay(daysSinceEpoch: 18_300)),
    terminal: TestTerminal(size: size), runner: EffectRunner(store: starred, home: home.path))
  exporting.start()
  var exports: [Double] = []
  for run in 0..<10 {
    exporting.handle(.key(.character("e")))
    if run == 0 { exporting.handle(.key(.tab)) }
    exports.append(
      Measure.time {
        exporting.handle(.key(.enter))
        if exporting.state.activePane == .exportOverwrite {
          exporting.handle(.key(.character("y")))
        }
      })
  }
  exports.sort()
  let exported =
    exporting.state.status?.hasPrefix("exported 200 papers to ~/starred-") ?? false
  figures.append(
    Figure(
      name: "reader: e export 200 starred to BibTeX, median", value: Measure.ms(exports[5]),
      target: "info", met: exported ? nil : false))
  return figures
}
