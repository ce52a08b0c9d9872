import Testing

@testable import ArxivDigest

/// Large inputs are read in stretches on several cores; the result must not show it.
@Suite struct ChunkedParseTests {
  /// Several days, an unreadable header with papers under it, a header with a wrong weekday,
  /// and papers before the first header.
  static let input: [UInt8] = {
    let names = [
      "cs.CV-2019-02-03.md", "cs.CV-2019-06-11.md", "cs.CV-2019-08-02.md",
      "cs.CV-2019-12-25.seed.md", "cs.CV-2020-02-11.md",
    ]
    let orphan = Array(
      "### 1.Orphan  [ :arrow_down: ](https://arxiv.org/pdf/2101.00001.pdf)\n>  O\n".utf8)
    var bytes = orphan
    for (index, name) in names.enumerated() {
      if index == 2 { bytes += Array("# ArXiv cs.CV --Wed, 31 Feb 2019\n".utf8) + orphan }
      if index == 3 { bytes += Array("# ArXiv cs.CV --Mon, 05 Jan 2021\n".utf8) + orphan }
      bytes += FixtureFiles.bytes(name)
    }
    return bytes
  }()

  static func parse(threshold: Int, parts: Int) -> DigestFile {
    input.withUnsafeBufferPointer {
      DigestParser.parseChunks(
        $0, from: 0, dialect: .seed, path: "big.md", threshold: threshold,
        parts: parts)
    }
  }

  @Test(arguments: [2, 3, 5, 8, 40])
  func stretchesReadTheSameAsOnePass(parts: Int) {
    let whole = Self.parse(threshold: Int.max, parts: 1)
    let split = Self.parse(threshold: 0, parts: parts)
    #expect(split.papers.count == 26 + 6 + 51 + 36 + 43 + 3)
    #expect(split.digests.count == whole.digests.count)
    #expect(split.diagnostics == whole.diagnostics)
    #expect(split == whole)
  }

  @Test func stretchesStartAtCleanHeaders() {
    let bounds = Self.input.withUnsafeBufferPointer {
      DigestParser.chunkBounds($0, from: 0, threshold: 0, parts: 8)
    }
    #expect(bounds.count > 2)
    #expect(bounds.first?.lowerBound == 0)
    #expect(bounds.last?.upperBound == Self.input.count)
    for (left, right) in zip(bounds, bounds.dropFirst()) {
      #expect(left.upperBound == right.lowerBound)
      #expect(Self.input[right.lowerBound..<(right.lowerBound + 9)] == Array("# ArXiv c".utf8)[...])
    }
  }

  @Test func orphanDiagnosticsAreTheSameWhenSplit() {
    let split = Self.parse(threshold: 0, parts: 8)
    #expect(
      split.diagnostics.map(\.description).filter { !$0.contains("out of sequence") } == [
        "big.md:1:1: warning: 1 paper with no day header above; listed under the next header, "
          + "cs.CV 2019-02-03",
        "big.md:119:22: error: no such date: 31 Feb 2019; papers below wait for the next "
          + "readable header",
        "big.md:120:1: warning: 1 paper with no day header above; listed under the next header, "
          + "cs.CV 2019-08-02",
        "big.md:195:17: warning: Mon is not the weekday of 2021-01-05 (Tue)",
      ])
  }
}
