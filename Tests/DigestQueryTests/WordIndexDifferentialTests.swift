import TestSupport
import Testing

@testable import DigestQuery

/// The word index (an open-addressing word table per chunk, merged posting lists) answers
/// "which papers have a word containing this token, in these fields" exactly as splitting
/// every field into words and testing each one does, on seeded random text (set
/// `DIGEST_TEST_SEED` to replay another seed).
@Suite struct WordIndexDifferentialTests {
  /// A paper's two fields, as folded bytes.
  struct Fields {
    var title: [UInt8]
    var abstract: [UInt8]
  }

  /// The papers with a word containing `token` in one of `fields` (1 title, 2 abstract),
  /// found by splitting each field at every byte that is not a word byte.
  static func reference(_ papers: [Fields], token: [UInt8], fields: UInt32) -> [Int] {
    papers.indices.filter { index in
      var texts: [[UInt8]] = []
      if fields & 1 != 0 { texts.append(papers[index].title) }
      if fields & 2 != 0 { texts.append(papers[index].abstract) }
      return texts.contains { text in
        text.split(whereSeparator: { !TextFolding.isWordByte($0) }).contains { word in
          contains(Array(word), token)
        }
      }
    }
  }

  static func contains(_ word: [UInt8], _ token: [UInt8]) -> Bool {
    guard token.count <= word.count else { return false }
    return (0...(word.count - token.count)).contains { start in
      Array(word[start..<start + token.count]) == token
    }
  }

  /// Builds the index over `papers` in chunks of `chunkSize`, as ``SearchIndex`` does.
  static func index(_ papers: [Fields], chunkSize: Int) -> WordIndex {
    var builders: [WordIndex.Builder] = []
    for chunkStart in stride(from: 0, to: papers.count, by: chunkSize) {
      let builder = WordIndex.Builder()
      for paper in chunkStart..<min(chunkStart + chunkSize, papers.count) {
        for (field, text) in [(UInt32(1), papers[paper].title), (2, papers[paper].abstract)] {
          text.withUnsafeBufferPointer { buffer in
            _ = builder.addField(buffer, 0..<buffer.count, paper: UInt32(paper), field: field)
          }
        }
      }
      builders.append(builder)
    }
    return WordIndex(merging: builders)
  }

  @Test(arguments: [1, 7, 1_000])
  func agreesWithSplittingEveryField(chunkSize: Int) {
    // Few letters, so words repeat and share substrings; long words take the hashed key.
    let letters = Array("abc1é".utf8)
    let separators = Array(" ,.-(".utf8)
    var generator = SeededGenerator(defaultSeed: 0x3D1C_E5ED)
    func text() -> [UInt8] {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0..<12, using: &generator) {
        for _ in 0..<Int.random(in: 1..<14, using: &generator) {
          bytes.append(letters[Int.random(in: 0..<letters.count, using: &generator)])
        }
        bytes.append(separators[Int.random(in: 0..<separators.count, using: &generator)])
      }
      return bytes
    }
    let papers = (0..<300).map { _ in Fields(title: text(), abstract: text()) }
    let index = WordIndexDifferentialTests.index(papers, chunkSize: chunkSize)
    for _ in 0..<400 {
      let token = (0..<Int.random(in: 1..<6, using: &generator)).map { _ in
        letters[Int.random(in: 0..<letters.count, using: &generator)]
      }
      let fields = UInt32.random(in: 1...3, using: &generator)
      let found = index.papers(
        containing: token, fields: fields, count: papers.count, limit: Int.max)
      #expect(
        found?.indices
          == WordIndexDifferentialTests.reference(papers, token: token, fields: fields),
        "seed \(generator.seed): token \(token) fields \(fields)")
    }
  }
}
