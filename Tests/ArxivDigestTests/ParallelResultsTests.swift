import ArxivDigest
import Dispatch
import Testing

/// The shared collector of parallel results keeps every result in index order.
@Suite struct ParallelResultsTests {
  @Test func everyIterationsResultIsKeptInIndexOrder() {
    let results = ParallelResults<[Int]>(count: 64)
    DispatchQueue.concurrentPerform(iterations: 64) { index in
      results.set(index, Array(repeating: index, count: index % 5))
    }
    #expect(results.values.map { $0.first ?? -1 } == (0..<64).map { $0 % 5 == 0 ? -1 : $0 })
    let taken = results.take()
    #expect(taken.count == 64)
    #expect(results.values.isEmpty)
  }

  @Test func unsetAndOutOfRangeSlotsAreLeftOut() {
    let results = ParallelResults<String>(count: 3)
    results.set(2, "c")
    results.set(0, "a")
    results.set(7, "x")
    results.set(-1, "y")
    #expect(results.take() == ["a", "c"])
  }
}
