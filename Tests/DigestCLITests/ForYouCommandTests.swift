import Foundation
import Testing

/// `list --sort`, the `score` key and `digest similar`, on the real binary.
@Suite struct ForYouCommandTests {
  static let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  /// A state with two tracking papers and one navigation paper starred.
  func starred() throws -> StateTestFolder {
    let folder = try StateTestFolder()
    let run = try folder.digest(
      ["mark", "--star", "1912.11474", "1912.11343", "1912.11325", "--digest", Self.fixture])
    #expect(run.status == 0)
    return folder
  }

  func ids(_ output: String) -> [String] {
    output.split(separator: "\n").map { String($0.prefix(10)) }
  }

  @Test func relevancePutsTheStarredTopicsFirst() throws {
    let folder = try starred()
    defer { folder.remove() }
    let run = try folder.digest(["list", "--sort", "relevance", Self.fixture])
    #expect(run.status == 0)
    let order = ids(run.stdout)
    #expect(order.count == 26)
    #expect(Set(order.prefix(3)) == ["1912.11474", "1912.11343", "1912.11325"])
    // The other navigation paper comes next.
    #expect(order[3] == "1912.11121")
    let reversed = try folder.digest(["list", "--sort", "relevance", "--reverse", Self.fixture])
    #expect(ids(reversed.stdout) == order.reversed())
  }

  @Test func jsonCarriesAScoreThatFollowsTheOrder() throws {
    let folder = try starred()
    defer { folder.remove() }
    let run = try folder.digest(["list", "--json", "--sort", "relevance", Self.fixture])
    let scores = try run.stdout.split(separator: "\n").map { line in
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return try #require(object["score"] as? Double)
    }
    #expect(scores.count == 26)
    #expect(scores == scores.sorted(by: >))
  }

  @Test func withoutEnoughStarsRelevanceSaysWhyAndKeepsInputOrder() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let input = try folder.digest(["list", Self.fixture])
    let run = try folder.digest(["list", "--sort", "relevance", Self.fixture])
    #expect(run.status == 0)
    #expect(run.stdout == input.stdout)
    #expect(
      run.stderr
        == "digest: no relevance order: star a few papers first (0 of 3 starred); listing in input order\n")
    let json = try folder.digest(["list", "--json", Self.fixture])
    #expect(json.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix(#","score":null}"#) })
    #expect(json.stderr == "")
  }

  @Test func dateOrderIsOldestFirstAndReverseIsNewestFirst() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let older = folder.path("older.md")
    try "# ArXiv cs.CV --Tue, 24 Dec 2019\n### 1.An older paper  [ :arrow_down: ](https://arxiv.org/pdf/1912.10001.pdf)\n>  Text.\n"
      .write(toFile: older, atomically: true, encoding: .utf8)
    let oldest = try folder.digest(["list", "--sort", "date", Self.fixture, older])
    #expect(ids(oldest.stdout).first == "1912.10001")
    let newest = try folder.digest(["list", "--sort", "date", "--reverse", Self.fixture, older])
    #expect(ids(newest.stdout).first == "1912.11474")
    #expect(ids(newest.stdout).last == "1912.10001")
  }

  @Test func similarListsTheNearestPapersWithTheirSimilarity() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(["similar", "1912.11474", "--limit", "3", Self.fixture])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.first?.contains("1912.11121  2019-12-25  cs.CV  Learning to Navigate") == true)
    #expect(!run.stdout.contains("  1912.11474  "))
    let similarities = lines.compactMap { Double($0.prefix(5)) }
    #expect(similarities.count == 3)
    #expect(similarities == similarities.sorted(by: >))
    let json = try folder.digest(["similar", "1912.11474", "--limit", "2", "--json", Self.fixture])
    #expect(json.stdout.split(separator: "\n").allSatisfy { $0.contains(#""similarity":"#) })
  }

  @Test func similarToAnUnknownPaperIsAUsageError() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(["similar", "2001.00001", Self.fixture])
    #expect(run.status == 2)
    #expect(run.stderr.contains("2001.00001: not in the given digests"))
  }
}
