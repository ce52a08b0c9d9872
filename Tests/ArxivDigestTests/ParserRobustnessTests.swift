import ArxivDigest
import PropertyBased
import Testing

/// Random bytes and damaged real files never crash the parser, and damage never costs a paper
/// that precedes it.
@Suite struct ParserRobustnessTests {
  /// Bytes that steer random input towards the parser's decisions.
  static let alphabet: [UInt8] =
    Array(
      ("# ArXiv cs.CV --Wed, 25 Dec 2019\n### 1.[ :arrow_down: ]"
        + "(https://arxiv.org/pdf/1912.11474v2.pdf)>-**Arxiv ID**: "
        + "<br><a href=\"x\">&amp;&#x41;\r\n\t  ").utf8)
    + [0x00, 0x1B, 0x7F, 0x80, 0x85, 0xC2, 0xC3, 0xE2, 0xEF, 0xBB, 0xBF, 0xF0, 0xFF]

  static let alphabetByte = Gen<Int>.value(in: 0..<alphabet.count).map { alphabet[$0] }
  static let reference = Gen<Int>.value(in: 0..<references.count).map { references[$0] }

  /// One fixture's bytes and what the undamaged file parses to.
  struct Reference: Sendable {
    var name: String
    var bytes: [UInt8]
    var papers: [Paper]
    /// Offset of each line's `\n`, indexed by line number - 1.
    var lineEnds: [Int]
    var isCVPapers: Bool
  }

  static let references: [Reference] = FixtureFiles.all.map { name in
    let bytes = FixtureFiles.bytes(name)
    let file = DigestParser.parse(bytes, path: name)
    let ends = bytes.indices.filter { bytes[$0] == 0x0A }
    return Reference(
      name: name, bytes: bytes, papers: file.papers, lineEnds: ends,
      isCVPapers: file.dialect == .cvpapers)
  }

  /// How many leading papers of `reference` are read entirely from bytes before `offset`: the
  /// title line (and, for CVPapers, the `Arxiv ID` line after it) ends before it.
  static func papersBefore(_ offset: Int, in reference: Reference) -> Int {
    var count = 0
    for paper in reference.papers {
      let lastLine = paper.source.line + (reference.isCVPapers ? 1 : 0)
      guard lastLine - 1 < reference.lineEnds.count, reference.lineEnds[lastLine - 1] < offset
      else { break }
      count += 1
    }
    return count
  }

  static func expectKept(_ count: Int, of reference: Reference, in damaged: DigestFile) {
    let kept = Array(damaged.papers.prefix(count))
    let expected = Array(reference.papers.prefix(count))
    #expect(kept.map(\.id) == expected.map(\.id), "\(reference.name)")
    #expect(kept.map(\.title) == expected.map(\.title), "\(reference.name)")
    #expect(kept.map(\.number) == expected.map(\.number), "\(reference.name)")
    #expect(kept.map(\.source) == expected.map(\.source), "\(reference.name)")
  }

  static func expectWellFormed(_ file: DigestFile, lines: Int) {
    for diagnostic in file.diagnostics {
      #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lines + 1)
      #expect(diagnostic.location.column >= 1)
    }
    for paper in file.papers {
      #expect(
        !paper.title.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
      )
      #expect(
        !paper.abstract.unicodeScalars.contains {
          ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
        })
    }
  }

  @Test func randomBytesNeverCrash() async {
    await propertyCheck(count: 300, input: Gen<UInt8>.value().array(of: 0...3000)) { bytes in
      let file = DigestParser.parse(bytes, path: "r.md")
      Self.expectWellFormed(file, lines: bytes.count { $0 == 0x0A })
    }
  }

  @Test func randomDigestLikeBytesNeverCrash() async {
    await propertyCheck(count: 300, input: Self.alphabetByte.array(of: 0...3000)) {
      bytes in
      let file = DigestParser.parse(bytes, path: "r.md")
      Self.expectWellFormed(file, lines: bytes.count { $0 == 0x0A })
    }
  }

  @Test func truncationKeepsEveryPaperBeforeTheCut() async {
    await propertyCheck(
      count: 200, input: Self.reference, Gen<Int>.value(in: 0...1_000_000)
    ) { reference, fraction in
      let cut = reference.bytes.count * fraction / 1_000_000
      let damaged = DigestParser.parse(Array(reference.bytes.prefix(cut)), path: reference.name)
      Self.expectWellFormed(damaged, lines: reference.lineEnds.count)
      let before = Self.papersBefore(cut, in: reference)
      #expect(damaged.papers.count >= before)
      Self.expectKept(before, of: reference, in: damaged)
    }
  }

  @Test func insertedGarbageKeepsEveryPaperBeforeIt() async {
    await propertyCheck(
      count: 200, input: Self.reference, Gen<Int>.value(in: 0...1_000_000),
      Gen<UInt8>.value().array(of: 1...200)
    ) { reference, fraction, garbage in
      let at = reference.bytes.count * fraction / 1_000_000
      var bytes = reference.bytes
      bytes.insert(contentsOf: garbage, at: at)
      let damaged = DigestParser.parse(bytes, path: reference.name)
      Self.expectWellFormed(damaged, lines: reference.lineEnds.count + garbage.count)
      Self.expectKept(Self.papersBefore(at, in: reference), of: reference, in: damaged)
    }
  }

  @Test func overwrittenBytesKeepEveryPaperBeforeThem() async {
    await propertyCheck(
      count: 200, input: Self.reference, Gen<Int>.value(in: 0...1_000_000),
      Self.alphabetByte.array(of: 1...64)
    ) { reference, fraction, garbage in
      let at = reference.bytes.count * fraction / 1_000_000
      var bytes = reference.bytes
      let end = min(bytes.count, at + garbage.count)
      bytes.replaceSubrange(at..<end, with: garbage)
      let damaged = DigestParser.parse(bytes, path: reference.name)
      Self.expectWellFormed(damaged, lines: reference.lineEnds.count + garbage.count)
      Self.expectKept(Self.papersBefore(at, in: reference), of: reference, in: damaged)
    }
  }
}
