import Foundation
import Testing

/// The scriptable contract of `digest list`, `check` and `show`, run on the real binary.
@Suite(.timeLimit(.minutes(5))) struct ReadCommandsTests {
  let seed = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")
  let damaged = DigestBinary.fixture("damaged.md")
  let headerless = DigestBinary.fixture("headerless.md")

  /// A home with an empty digest folder, so a run never sees the user's own files.
  func emptyHome() throws -> [String: String] {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    return [
      "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "DIGEST_STATE": home.appendingPathComponent("state.sqlite").path,
    ]
  }

  @Test func listCountsTheSeedPapers() throws {
    let run = try DigestBinary.run(["list", "--count", seed], environment: emptyHome())
    #expect(run.status == 0)
    #expect(run.stdout == "26\n")
  }

  @Test func listPrintsOneReadableLinePerPaper() throws {
    let run = try DigestBinary.run(["list", seed], environment: emptyHome())
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 26)
    #expect(lines.first == "1912.11474  2019-12-25  cs.CV  Audio-Visual Embodied Navigation")
  }

  @Test func listJSONHasTheContractKeys() throws {
    let run = try DigestBinary.run(["list", "--json", seed], environment: emptyHome())
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 26)
    let data = Data(lines[0].utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["id"] as? String == "1912.11474")
    #expect(object["version"] is NSNull)
    #expect(object["title"] as? String == "Audio-Visual Embodied Navigation")
    #expect((object["abstract"] as? String)?.hasPrefix("Moving around in the world") == true)
    #expect(object["category"] as? String == "cs.CV")
    #expect(object["date"] as? String == "2019-12-25")
    #expect(object["number"] as? Int == 1)
    #expect(object["pdf"] as? String == "https://arxiv.org/pdf/1912.11474.pdf")
    #expect(object["abs"] as? String == "https://arxiv.org/abs/1912.11474")
    #expect((object["source"] as? String)?.hasSuffix("cs.CV-2019-12-25.seed.md:2") == true)
    #expect((object["authors"] as? [String]) == [])
  }

  @Test func listFilterKeepsTheMatchingPapers() throws {
    let run = try DigestBinary.run(
      ["list", "--filter", "ti:dense or audio", seed], environment: emptyHome())
    #expect(run.status == 0)
    #expect(
      run.stdout == """
        1912.11474  2019-12-25  cs.CV  Audio-Visual Embodied Navigation
        1912.11473  2019-12-25  cs.CV  Dense RepPoints: Representing Visual Objects with Dense Point Sets

        """)
  }

  @Test func listFilterWithAMistakeExitsTwoWithTheColumnAndASuggestion() throws {
    let run = try DigestBinary.run(["list", "--filter", "tit:x", seed], environment: emptyHome())
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(
      run.stderr == "digest: --filter: column 1: unknown field \"tit:\", did you mean \"ti:\"?\n")
  }

  @Test func listLaTeXUnicodeRendersAndRawKeepsTheSource() throws {
    let unicode = try DigestBinary.run(
      ["list", "--json", "--latex", "unicode", "--filter", "id:1912.11473", seed],
      environment: emptyHome())
    #expect(unicode.stdout.contains("called Dense RepPoints, for flexible"))
    let raw = try DigestBinary.run(
      ["list", "--json", "--filter", "id:1912.11473", seed], environment: emptyHome())
    #expect(raw.stdout.contains(#"called \\textbf{Dense RepPoints}, for flexible"#))
  }

  @Test func listReadsStandardInput() throws {
    let text = """
      # ArXiv cs.CV --Wed, 25 Dec 2019
      ### 1.From Stdin  [ :arrow_down: ](https://arxiv.org/pdf/1912.11474v3.pdf)
      >  Piped in. 

      """
    let run = try DigestBinary.run(["list", "--json", "-"], stdin: text, environment: emptyHome())
    #expect(run.status == 0)
    #expect(run.stdout.contains(#""id":"1912.11474","version":3,"title":"From Stdin""#))
    #expect(run.stdout.contains(#""source":"<stdin>:2""#))
  }

  @Test func listWithoutPathsFallsBackToTheBundledSampleAndSaysSo() throws {
    let run = try DigestBinary.run(["list", "--count"], environment: emptyHome())
    #expect(run.status == 0)
    #expect(run.stdout == "26\n")
    #expect(run.stderr.contains("showing the bundled sample"))
  }

  @Test func listWithoutPathsReadsTheUsersDigestFolder() throws {
    var env = try emptyHome()
    let folder = URL(fileURLWithPath: env["XDG_DATA_HOME"] ?? "")
      .appendingPathComponent("digest/digests/2019")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: damaged, toPath: folder.appendingPathComponent("day.md").path)
    env["LANG"] = "C.UTF-8"
    let run = try DigestBinary.run(["list", "--count"], environment: env)
    #expect(run.stdout == "2\n")
    #expect(run.stderr == "")
  }

  @Test func checkPrintsLocatedWarningsAndASummary() throws {
    let run = try DigestBinary.run(["check", damaged], environment: emptyHome())
    #expect(run.status == 0)
    #expect(run.stdout == "2 papers in 1 file, 0 errors, 2 warnings\n")
    #expect(
      run.stderr == """
        \(damaged):4:1: warning: paper 1912.11473 has no abstract
        \(damaged):5:28: warning: entry has no complete link, so no arXiv id; entry dropped

        """)
  }

  @Test func checkExitsOneWhenThereAreErrors() throws {
    let run = try DigestBinary.run(["check", headerless], environment: emptyHome())
    #expect(run.status == 1)
    #expect(run.stdout == "0 papers in 1 file, 1 error, 0 warnings\n")
    #expect(run.stderr.hasPrefix("\(headerless):1:1: error: "))
  }

  @Test func showPrintsOnePaperInFull() throws {
    let run = try DigestBinary.run(["show", "1912.11474v2", seed], environment: emptyHome())
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Audio-Visual Embodied Navigation\n\nid:       1912.11474\n"))
    #expect(run.stdout.contains("abs:      https://arxiv.org/abs/1912.11474\n"))
  }

  @Test func showJSONIsOneObject() throws {
    let run = try DigestBinary.run(["show", "--json", "1912.11473", seed], environment: emptyHome())
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix(#"{"id":"1912.11473","#))
    #expect(run.stdout.split(separator: "\n").count == 1)
  }

  struct UsageCase: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var message: String
    var testDescription: String { name }
  }

  static let usageCases: [UsageCase] = [
    UsageCase(
      name: "missing file", arguments: ["list", "/nonexistent/day.md"],
      message: "digest: /nonexistent/day.md: no such file or directory\n"),
    UsageCase(
      name: "malformed id", arguments: ["show", "banana"],
      message: "digest: banana: not an arXiv id (expected e.g. 1912.11474 or cs/0412069)\n"),
    UsageCase(
      name: "unknown flag", arguments: ["list", "--bogus"],
      message: "Error: Unknown option '--bogus'"),
    UsageCase(
      name: "check of a missing folder", arguments: ["check", "/nonexistent/"],
      message: "digest: /nonexistent/: no such file or directory\n"),
  ]

  @Test(arguments: usageCases)
  func usageErrorsExitTwoWithAClearMessage(_ usage: UsageCase) throws {
    let run = try DigestBinary.run(usage.arguments, environment: emptyHome())
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(run.stderr.hasPrefix(usage.message))
  }

  @Test func showOfAnAbsentPaperExitsTwo() throws {
    let run = try DigestBinary.run(["show", "1901.00001", seed], environment: emptyHome())
    #expect(run.status == 2)
    #expect(run.stderr == "digest: 1901.00001: not in the given digests\n")
  }
}
