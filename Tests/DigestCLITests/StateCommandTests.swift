import Foundation
import Testing

@Suite(.timeLimit(.minutes(5))) struct StateCommandTests {
  static let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  @Test func markingSeveralIdsIsOneEventAndVersionsAreDropped() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(
      ["mark", "--read", "1912.11474v2", "cs/0412069", "1912.11473", "1912.11474v1"])
    #expect(run.status == 0)
    #expect(run.stdout == "marked 3 papers read\n")
    let state = try folder.exportedState()
    #expect(state.read == ["1912.11473", "1912.11474", "cs/0412069"])
    #expect(state.events.map(\.action) == ["read"])
    #expect(state.events.map(\.ids) == [["1912.11474", "cs/0412069", "1912.11473"]])
  }

  struct MalformedCase: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var bad: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let malformed: [MalformedCase] = [
    MalformedCase(arguments: ["--read", "1912.11474", "1912.114"], bad: "1912.114"),
    MalformedCase(arguments: ["--star", "1913.11474"], bad: "1913.11474"),
    MalformedCase(arguments: ["--unstar", "1912.11474x"], bad: "1912.11474x"),
    MalformedCase(arguments: ["--read", "'; DROP TABLE mark; --"], bad: "'; DROP TABLE mark; --"),
  ]

  @Test(arguments: malformed)
  func aMalformedIdIsAUsageErrorAndNothingIsWritten(_ testCase: MalformedCase) throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(["mark"] + testCase.arguments)
    #expect(run.status == 2)
    #expect(
      run.stderr
        == "digest: \(testCase.bad): not an arXiv id (expected e.g. 1912.11474, 1912.11474v2"
        + " or cs/0412069)\n")
    #expect(!FileManager.default.fileExists(atPath: folder.state))
  }

  @Test func idsFromStandardInputAreEachOneChangeEchoedOnceSaved() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(
      ["mark", "--star", "-"], stdin: "1912.11474\n\n  cs/0412069v3 \nnot-an-id\n1912.11473\n")
    #expect(run.status == 2)
    #expect(run.stdout == "1912.11474\ncs/0412069\n")
    #expect(
      run.stderr
        == "digest: stdin:4: not-an-id: not an arXiv id (expected e.g. 1912.11474, 1912.11474v2"
        + " or cs/0412069)\n")
    let state = try folder.exportedState()
    #expect(state.starred == ["1912.11474", "cs/0412069"])
    #expect(state.events.map(\.ids) == [["1912.11474"], ["cs/0412069"]])
  }

  @Test func batchMarksEveryLineAsOneChangeUndoneByOneUndo() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(
      ["mark", "--read", "--batch", "-"], stdin: "1912.11474\n\n1912.11473v2\n1912.11474\n")
    #expect(run.status == 0)
    #expect(run.stdout == "1912.11474\n1912.11473\n")
    var state = try folder.exportedState()
    #expect(state.read == ["1912.11473", "1912.11474"])
    #expect(state.events.map(\.ids) == [["1912.11474", "1912.11473"]])
    #expect(try folder.digest(["undo"]).stdout == "undid: marked 2 papers read\n")
    state = try folder.exportedState()
    #expect(state.read == [])
  }

  @Test func batchWithAMalformedLineSavesNothing() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(
      ["mark", "--read", "--batch", "-"], stdin: "1912.11474\nnot-an-id\n")
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(run.stderr.hasSuffix("; nothing saved\n"))
  }

  @Test func batchNeedsIdsOnStandardInput() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(["mark", "--read", "--batch", "1912.11474"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--batch needs -"))
  }

  @Test func undoAndRedoWorkAcrossRunsAndReportWhenThereIsNothingLeft() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    #expect(try folder.digest(["undo"]).stderr == "digest: nothing to undo\n")
    _ = try folder.digest(["mark", "--read", "1912.11474"])
    _ = try folder.digest(["mark", "--star", "1912.11474", "1912.11473"])
    let first = try folder.digest(["undo"])
    #expect(first.status == 0)
    #expect(first.stdout == "undid: starred 2 papers\n")
    #expect(try folder.digest(["undo"]).stdout == "undid: marked 1912.11474 read\n")
    let nothing = try folder.digest(["undo"])
    #expect(nothing.status == 1)
    #expect(nothing.stderr == "digest: nothing to undo\n")
    #expect(try folder.exportedState().read == [])
    #expect(try folder.digest(["redo"]).stdout == "redid: marked 1912.11474 read\n")
    #expect(try folder.exportedState().read == ["1912.11474"])
    #expect(try folder.exportedState().starred == [])
  }

  @Test func aNewMarkAfterAnUndoDiscardsTheRedo() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    _ = try folder.digest(["mark", "--read", "1912.11474"])
    _ = try folder.digest(["undo"])
    _ = try folder.digest(["mark", "--star", "1912.11473"])
    let redo = try folder.digest(["redo"])
    #expect(redo.status == 1)
    #expect(redo.stderr == "digest: nothing to redo\n")
    #expect(try folder.exportedState().read == [])
    #expect(try folder.exportedState().starred == ["1912.11473"])
  }

  @Test func theStateOptionWinsOverTheEnvironmentWhichWinsOverXDG() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let environment = [
      "DIGEST_STATE": folder.path("env.sqlite"), "XDG_DATA_HOME": folder.path("xdg"),
      "HOME": folder.path("home"),
    ]
    let option = try DigestBinary.run(
      ["mark", "--read", "1912.11474", "--state", folder.path("option.sqlite")],
      environment: environment)
    #expect(option.status == 0)
    #expect(FileManager.default.fileExists(atPath: folder.path("option.sqlite")))
    #expect(!FileManager.default.fileExists(atPath: folder.path("env.sqlite")))
    _ = try DigestBinary.run(["mark", "--read", "1912.11474"], environment: environment)
    #expect(FileManager.default.fileExists(atPath: folder.path("env.sqlite")))
    var xdg = environment
    xdg["DIGEST_STATE"] = ""
    _ = try DigestBinary.run(["mark", "--read", "1912.11474"], environment: xdg)
    let stateFolder = folder.path("xdg/digest")
    #expect(FileManager.default.fileExists(atPath: stateFolder + "/state.sqlite"))
    let attributes = try FileManager.default.attributesOfItem(atPath: stateFolder)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
  }

  @Test func statsCountReadingAndTheUnreadPapersOfTheInputs() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    _ = try folder.digest(["mark", "--read", "1912.11474", "1912.11473", "cs/0412069"])
    _ = try folder.digest(["mark", "--star", "1912.11463"])
    let run = try folder.digest(["stats", StateCommandTests.fixture])
    #expect(run.status == 0)
    #expect(
      run.stdout == """
        read today:     3
        read this week: 3
        read all time:  3
        starred:        1
        unread:         24 of 26 papers in the inputs

        """)
    let json = try folder.digest(["stats", "--json", StateCommandTests.fixture])
    #expect(
      json.stdout
        == #"{"inputPapers":26,"readAllTime":3,"readThisWeek":3,"readToday":3,"starred":1,"#
        + #""unreadInInputs":24}"# + "\n")
  }

  @Test func statsOnAnEmptyDigestFolderAndNoStateGiveZeros() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.path("digests"), withIntermediateDirectories: true)
    let run = try folder.digest(["stats", folder.path("digests")])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasSuffix("starred:        0\nunread:         0 of 0 papers in the inputs\n"))
    #expect(!FileManager.default.fileExists(atPath: folder.state))
  }

  @Test func listFiltersByMarksAndPrintsThemInJSON() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    _ = try folder.digest(["mark", "--read", "1912.11474", "1912.11473"])
    _ = try folder.digest(["mark", "--star", "1912.11473", "1912.11463"])
    let fixture = StateCommandTests.fixture
    #expect(
      try folder.digest(["list", "--read", fixture]).stdout
        == "1912.11474  2019-12-25  cs.CV  Audio-Visual Embodied Navigation\n"
        + "1912.11473  2019-12-25  cs.CV  Dense RepPoints: Representing Visual Objects with"
        + " Dense Point Sets\n")
    #expect(
      try folder.digest(["list", "--starred", "--unread", fixture]).stdout
        == "1912.11463  2019-12-25  cs.CV  FHDR: HDR Image Reconstruction from a Single LDR"
        + " Image using Feedback Network\n")
    #expect(try folder.digest(["list", "--unread", "--count", fixture]).stdout == "24\n")
    let json = try folder.digest(["list", "--json", "--starred", fixture]).stdout
    let flags = try json.split(separator: "\n").map { line in
      String(line[try #require(line.range(of: #","read":"#)).lowerBound...])
    }
    // Two stars are too few to rank: the score is null.
    #expect(
      flags == [
        #","read":true,"starred":true,"score":null}"#, #","read":false,"starred":true,"score":null}"#,
      ])
  }

  @Test func readAndUnreadTogetherAreAUsageError() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(["list", "--read", "--unread", StateCommandTests.fixture])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--read and --unread exclude each other"))
  }

  @Test func importMergesTheMostRecentChangeAndTwiceChangesNothing() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let laptop = folder.path("laptop.sqlite")
    _ = try folder.digest(["mark", "--read", "1912.11474"])
    _ = try folder.digest(["mark", "--star", "cs/0412069"])
    _ = try folder.digest(["mark", "--read", "1912.11473"], state: laptop)
    // The laptop unreads 1912.11474 after the desktop read it: the later change wins.
    _ = try folder.digest(["mark", "--unread", "1912.11474"], state: laptop)
    let exported = try folder.digest(["state", "export", "-o", folder.path("desktop.json")])
    #expect(exported.status == 0)
    #expect(exported.stdout == "")
    let first = try folder.digest(["state", "import", folder.path("desktop.json")], state: laptop)
    #expect(first.status == 0)
    #expect(first.stdout == "imported 2 events, changed 1 mark, remembered 0 papers\n")
    let second = try folder.digest(["state", "import", folder.path("desktop.json")], state: laptop)
    #expect(second.stdout == "imported 0 events, changed 0 marks, remembered 0 papers\n")
    let merged = try StateTestFolder.decode(
      folder.digest(["state", "export"], state: laptop).stdout)
    #expect(merged.read == ["1912.11473"])
    #expect(merged.starred == ["cs/0412069"])
    #expect(merged.events.map(\.action) == ["read", "unread", "read", "star"])
  }

  @Test func starringRemembersThePaperSoItsDetailsTravelWithTheState() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let run = try folder.digest(
      ["mark", "--star", "1912.11474", "2001.00001", "--digest", StateCommandTests.fixture])
    #expect(run.stdout == "starred 2 papers\n")
    _ = try folder.digest(["state", "export", "-o", folder.path("desktop.json")])
    let laptop = folder.path("laptop.sqlite")
    let imported = try folder.digest(
      ["state", "import", folder.path("desktop.json")], state: laptop)
    #expect(imported.stdout == "imported 1 event, changed 2 marks, remembered 1 paper\n")
    let papers = try StateTestFolder.decode(
      folder.digest(["state", "export"], state: laptop).stdout
    ).papers
    #expect(papers.map(\.id) == ["1912.11474"])
    #expect(papers.map(\.title) == ["Audio-Visual Embodied Navigation"])
  }

  @Test func importingSomethingElseIsAUsageErrorNamingTheFile() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    try Data("{\"marks\": 3}".utf8).write(to: URL(fileURLWithPath: folder.path("x.json")))
    let run = try folder.digest(["state", "import", folder.path("x.json")])
    #expect(run.status == 2)
    #expect(
      run.stderr
        == "digest: \(folder.path("x.json")): not a digest state document (invalid JSON)\n")
    #expect(!FileManager.default.fileExists(atPath: folder.state))
  }
}

/// A temporary folder holding one state file, and `digest` runs against it.
struct StateTestFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-cli-state-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The state file the runs use.
  var state: String { path("state.sqlite") }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Runs `digest` with `--state` set to ``state``, and the user's data folder (digests)
  /// moved into this folder.
  func digest(
    _ arguments: [String], stdin: String? = nil, state: String? = nil
  ) throws -> DigestBinary.Run {
    try DigestBinary.run(
      arguments + ["--state", state ?? self.state], stdin: stdin,
      environment: ["XDG_DATA_HOME": path("data"), "DIGEST_STATE": ""])
  }

  /// What `digest state export` says of the state.
  func exportedState() throws -> ExportedState {
    let run = try digest(["state", "export"])
    try #require(run.status == 0, "state export failed: \(run.stderr)")
    return try StateTestFolder.decode(run.stdout)
  }

  static func decode(_ json: String) throws -> ExportedState {
    try JSONDecoder().decode(ExportedState.self, from: Data(json.utf8))
  }

  func remove() {
    _ = try? FileManager.default.setAttributes(
      [.posixPermissions: NSNumber(value: Int16(0o700))], ofItemAtPath: state)
    try? FileManager.default.removeItem(at: url)
  }

  /// The parts of an exported state document the tests look at.
  struct ExportedState: Decodable {
    struct Mark: Decodable {
      var id: String
      var read: Bool
      var starred: Bool
    }
    struct Event: Decodable {
      var action: String
      var ids: [String]
    }
    struct Paper: Decodable {
      var id: String
      var title: String
    }
    var marks: [Mark]
    var events: [Event]
    var papers: [Paper]

    var read: [String] { marks.filter(\.read).map(\.id) }
    var starred: [String] { marks.filter(\.starred).map(\.id) }
  }
}
