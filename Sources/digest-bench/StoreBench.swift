import ArxivDigest
import DigestState
import Foundation

/// The state store's figures: loading the marks of 50,000 papers, and committing one mark,
/// on a database file in a temporary folder (WAL, `synchronous = FULL`).
func storeFigures() -> [Figure] {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("digest-bench-state-\(UUID().uuidString)", isDirectory: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  do {
    let store = try SQLiteMarkStore(at: folder.appendingPathComponent("state.sqlite"))
    let ids = (0..<50_000).compactMap { ArxivID(String(format: "1501.%05d", $0)) }
    for start in stride(from: 0, to: ids.count, by: 5_000) {
      let chunk = Array(ids[start..<min(start + 5_000, ids.count)])
      try store.apply(MarkChange(.read, true, ids: chunk), papers: [])
    }
    try store.apply(MarkChange(.starred, true, ids: Array(ids.prefix(2_000))), papers: [])

    var loaded = 0
    let loads = try Measure.samples(runs: 30) { loaded = try store.marks().read.count }
    let load = Measure.quantile(loads, 0.5)

    let extra = (0..<200).compactMap { ArxivID(String(format: "2601.%05d", $0)) }
    var next = 0
    let commits = try Measure.samples(runs: extra.count) {
      try store.apply(MarkChange(.read, true, ids: [extra[next]]), papers: [])
      next += 1
    }
    let commit = Measure.quantile(commits, 0.5)
    let commit95 = Measure.quantile(commits, 0.95)
    return [
      Figure(
        name: "store: load marks of \(loaded) papers (median)", value: Measure.ms(load),
        target: "< 50 ms", met: load < 0.050),
      Figure(
        name: "store: commit one mark (median)", value: Measure.ms(commit), target: "< 5 ms",
        met: commit < 0.005),
      Figure(
        name: "store: commit one mark (p95)", value: Measure.ms(commit95), target: "< 5 ms",
        met: commit95 < 0.005),
    ]
  } catch {
    return [Figure(name: "store: benchmark failed (\(error))", value: "-", target: "-", met: false)]
  }
}
