@testable import ArxivDigest
import DigestExport
import Testing

@Suite struct ExportSelectionTests {
  static let loaded = [SamplePapers.audioVisual, SamplePapers.formula, SamplePapers.metricLearning]
  static let store = [SamplePapers.fronteiras]

  /// A store look-up that records what it was asked.
  final class Lookup {
    var asked: [[ArxivID]] = []
    func callAsFunction(_ ids: [ArxivID]) -> [Paper] {
      asked.append(ids)
      return ExportSelectionTests.store.filter { ids.contains($0.id) }
    }
  }

  @Test func starredPapersComeLoadedOrRememberedInDigestOrder() {
    let marks = Marks(
      starred: [
        SamplePapers.metricLearning.id, SamplePapers.audioVisual.id, SamplePapers.fronteiras.id,
        ArxivID(unchecked: "1912.99999"),
      ])
    let lookup = Lookup()
    let papers = ExportSelection.starred(
      in: Self.loaded, marks: marks, remembered: lookup.callAsFunction)
    #expect(papers.map(\.id.rawValue) == ["cs/0412069", "1912.11474", "2003.07650"])
    #expect(
      lookup.asked == [[ArxivID(unchecked: "1912.99999"), ArxivID(unchecked: "cs/0412069")]])
  }

  @Test func theStoreIsNotAskedWhenEveryStarredPaperIsLoaded() {
    let lookup = Lookup()
    let papers = ExportSelection.starred(
      in: Self.loaded, marks: Marks(starred: [SamplePapers.formula.id]),
      remembered: lookup.callAsFunction)
    #expect(papers == [SamplePapers.formula])
    #expect(lookup.asked == [])
  }

  @Test func nothingStarredSelectsNothing() {
    let lookup = Lookup()
    let papers = ExportSelection.starred(
      in: Self.loaded, marks: Marks(), remembered: lookup.callAsFunction)
    #expect(papers == [])
    #expect(lookup.asked == [])
  }

  @Test func idsComeInTheGivenOrderWithRepeatsDroppedAndMissingOnesNamed() {
    let lookup = Lookup()
    let found = ExportSelection.papers(
      withIDs: [
        SamplePapers.fronteiras.id, SamplePapers.formula.id, ArxivID(unchecked: "1912.99999"),
        SamplePapers.formula.id,
      ],
      in: Self.loaded, remembered: lookup.callAsFunction)
    #expect(found.papers == [SamplePapers.fronteiras, SamplePapers.formula])
    #expect(found.missing == [ArxivID(unchecked: "1912.99999")])
  }
}
