import Foundation
import Testing

/// `digest export` writing: stdout, `-o` with and without `--force`, `/dev/stdout`,
/// `--append`, and the round trip through `digest list`.
@Suite(.timeLimit(.minutes(5))) struct ExportOutputTests {
  typealias Sandbox = ExportCommandTests.Sandbox

  static let seed = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  @Test func withoutOutputTheExportGoesToStdout() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.export([Self.seed, "--ids", "1912.11474", "--format", "markdown"])
    #expect(run.status == 0)
    #expect(run.stderr == "exported 1 paper to stdout\n")
    #expect(
      run.stdout.hasPrefix(
        "# ArXiv cs.CV --Wed, 25 Dec 2019\n### 1.Audio-Visual Embodied Navigation  "
          + "[ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)\n>  Moving around"))
  }

  @Test func starredPapersAreExportedByDefaultEvenWithoutTheirDigest() throws {
    let sandbox = try Sandbox()
    let mark = try DigestBinary.run(
      [
        "mark", "--star", "1912.11463", "1912.11474", "--digest", Self.seed, "--state",
        sandbox.file("state.sqlite"),
      ], environment: sandbox.environment)
    #expect(mark.status == 0)
    let withDigest = try sandbox.export([Self.seed, "--format", "bibtex"])
    #expect(withDigest.status == 0)
    #expect(withDigest.stderr == "exported 2 papers to stdout\n")
    let keys = withDigest.stdout.split(separator: "\n").filter { $0.hasPrefix("@misc{") }
    #expect(keys == ["@misc{audiovisual2019,", "@misc{fhdr2019,"])
    #expect(withDigest.stdout.contains("title = {{FHDR}: {HDR} Image Reconstruction"))
    // No digest given and none in the user's folder: the state remembers both papers.
    let remembered = try sandbox.export(["--format", "bibtex"])
    #expect(remembered.status == 0)
    #expect(remembered.stderr == "exported 2 papers to stdout\n")
    #expect(remembered.stdout == withDigest.stdout)
  }

  @Test func aFilterSelectsTheMatchingPapersForCSV() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.export([Self.seed, "--filter", "audio", "--format", "csv"])
    #expect(run.status == 0)
    #expect(run.stderr == "exported 1 paper to stdout\n")
    let rows = run.stdout.components(separatedBy: "\r\n")
    #expect(rows.count == 3)
    #expect(rows.first == "id,title,category,date,abs,pdf,abstract,read,starred")
    #expect(
      rows[1].hasPrefix(
        "1912.11474,Audio-Visual Embodied Navigation,cs.CV,2019-12-25,"
          + "https://arxiv.org/abs/1912.11474,https://arxiv.org/pdf/1912.11474.pdf,"
          + "\"Moving around in the world"))
    #expect(rows[1].hasSuffix("in 3D spaces.\",false,false"))
    #expect(rows.last == "")
  }

  @Test func anExistingFileIsRefusedWithoutForceAndReplacedWithIt() throws {
    let sandbox = try Sandbox()
    let path = sandbox.file("x.bib")
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: path))
    let refused = try sandbox.export([Self.seed, "--ids", "1912.11474", "-o", path])
    #expect(refused.status == 2)
    #expect(
      refused.stderr
        == "digest: \(path) already exists; not overwritten "
        + "(--force overwrites it, --append adds to it)\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")

    let forced = try sandbox.export([Self.seed, "--ids", "1912.11474", "-o", path, "--force"])
    #expect(forced.status == 0)
    #expect(forced.stderr == "exported 1 paper to \(path)\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("@misc{audiovisual2019,\n"))
    #expect(sandbox.contents == ["x.bib"])
  }

  @Test func devStdoutIsWrittenDirectly() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.export([
      Self.seed, "--ids", "1912.11474", "1912.11473", "--format", "json", "-o", "/dev/stdout",
    ])
    #expect(run.status == 0)
    #expect(run.stderr == "exported 2 papers to /dev/stdout\n")
    #expect(run.stdout.hasPrefix("[\n{\"id\":\"1912.11474\","))
    #expect(run.stdout.hasSuffix("}\n]\n"))
  }

  @Test func devStdoutRedirectedToAFileWithAppendKeepsWhatWasThere() throws {
    let sandbox = try Sandbox()
    let path = sandbox.file("out.json")
    try Data("before\n".utf8).write(to: URL(fileURLWithPath: path))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "exec \"$0\" export \"$1\" --ids 1912.11474 --format json -o /dev/stdout >> \"$2\"",
      DigestBinary.url.path, Self.seed, path,
    ]
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("before\n[\n{\"id\":\"1912.11474\","))
    #expect(text.hasSuffix("}\n]\n"))
    #expect(sandbox.contents == ["out.json"])
  }

  @Test func appendSkipsPapersAlreadyInTheFile() throws {
    let sandbox = try Sandbox()
    let path = sandbox.file("x.md")
    let first = try sandbox.export([Self.seed, "--ids", "1912.11474", "-o", path])
    #expect(first.stderr == "exported 1 paper to \(path)\n")
    let second = try sandbox.export([
      Self.seed, "--ids", "1912.11474", "1912.11473", "-o", path, "--append",
    ])
    #expect(second.status == 0)
    #expect(second.stderr == "exported 1 paper to \(path) (1 already there)\n")
    let list = try DigestBinary.run(["list", path])
    #expect(
      list.stdout.split(separator: "\n") == [
        "1912.11474  2019-12-25  cs.CV  Audio-Visual Embodied Navigation",
        "1912.11473  2019-12-25  cs.CV  "
          + "Dense RepPoints: Representing Visual Objects with Dense Point Sets",
      ])
  }

  @Test func aMarkdownExportListsLikeTheDigestItCameFrom() throws {
    let sandbox = try Sandbox()
    let path = sandbox.file("all.md")
    let original = try DigestBinary.run(["list", "--json", Self.seed])
    let ids = original.stdout.split(separator: "\n").map { String($0.dropFirst(7).prefix(10)) }
    #expect(ids.first == "1912.11474")
    let run = try sandbox.export([Self.seed, "--ids"] + ids + ["-o", path])
    #expect(run.status == 0)
    #expect(run.stderr == "exported 26 papers to \(path)\n")
    let exported = try DigestBinary.run(["list", "--json", path])
    func withoutSource(_ text: String) -> [String] {
      text.split(separator: "\n").map {
        $0.replacingOccurrences(
          of: #""source":"[^"]*""#, with: "\"source\":\"\"", options: .regularExpression)
      }
    }
    #expect(withoutSource(exported.stdout) == withoutSource(original.stdout))
    #expect(withoutSource(exported.stdout).count == 26)
  }

  @Test func anOutputInAMissingFolderExitsTwo() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.export([
      Self.seed, "--ids", "1912.11474", "--format", "json", "-o", sandbox.file("missing/x.json"),
    ])
    #expect(run.status == 2)
    #expect(run.stderr == "digest: \(sandbox.path)/missing: no such folder\n")
    #expect(run.stdout == "")
  }
}
