import ArxivDigest
import DigestRank
import Foundation
import ReaderApp
import ReaderCore

/// "For you" in the reader at 50,000 papers: features once per load, then after each star the
/// retrain-and-rescore (off the main thread) and the re-sort of the list (on it).
func forYouFigures() -> [Figure] {
  let papers = ReaderBench.papers(count: 50_000)
  var figures: [Figure] = []

  var ranker: PaperRanker?
  let features = Measure.time { ranker = PaperRanker(loaded: papers) }
  figures.append(
    Figure(
      name: "for you: features, 50,000 papers (once per load)", value: Measure.ms(features),
      target: "≤ 1000 ms", met: features <= 1.0))
  guard let ranker else { return figures }

  // A reader with 30 stars and 300 papers read one at a time.
  var marks = Marks()
  for index in stride(from: 0, to: 3_000, by: 100) { marks.starred.insert(papers[index].id) }
  for index in stride(from: 7, to: 3_000, by: 10) { marks.read.insert(papers[index].id) }

  var state = ReaderState(papers: papers, marks: marks, today: DigestDay(daysSinceEpoch: 18_300))
  _ = state.reduce(.setViewport(Viewport(listRows: 38, detailRows: 38)))
  var generation = 0
  func ranking() -> PaperRanking? {
    guard let model = RankModel.train(on: ranker.corpus, labels: ranker.inputs.labels(for: marks))
    else { return nil }
    generation += 1
    return PaperRanking(generation: generation, scores: Array(model.scores.prefix(papers.count)))
  }
  guard let first = ranking() else { return figures }
  _ = state.reduce(.rankingChanged(.ready(first)))
  _ = state.reduce(.toggleOrder)

  var retrain: [Double] = []
  var resort: [Double] = []
  for step in 0..<9 {
    // One more star, as `s` would add.
    marks.starred.insert(papers[3_000 + step * 37].id)
    var next: PaperRanking?
    retrain.append(Measure.time { next = ranking() })
    guard let next else { continue }
    resort.append(Measure.time { _ = state.reduce(.rankingChanged(.ready(next))) })
  }
  retrain.sort()
  resort.sort()
  let retrainMedian = Measure.quantile(retrain, 0.5)
  let resortMedian = Measure.quantile(resort, 0.5)
  figures.append(
    Figure(
      name: "for you: retrain and rescore after s, 50,000", value: Measure.ms(retrainMedian),
      target: "off the main thread", met: nil))
  figures.append(
    Figure(
      name: "for you: re-sort the list after s, 50,000", value: Measure.ms(resortMedian),
      target: "≤ 16 ms (main thread)", met: resortMedian <= 0.016))
  figures.append(
    Figure(
      name: "for you: star to re-sorted list, 50,000", value: Measure.ms(retrainMedian + resortMedian),
      target: "≤ 50 ms", met: retrainMedian + resortMedian <= 0.050))
  return figures
}
