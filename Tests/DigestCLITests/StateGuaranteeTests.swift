import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite(.timeLimit(.minutes(5))) struct StateGuaranteeTests {
  /// `digest mark --read -` commits one id per line and prints it once committed; killing it
  /// with SIGKILL after a random number of reported ids must lose none of them.
  @Test func killingAMarkingProcessNeverLosesAReportedMark() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    var generator = SystemRandomNumberGenerator()
    var reported: Set<String> = []
    let trials = 25
    let perTrial = 120
    for trial in 0..<trials {
      let ids = (0..<perTrial).map { String(format: "2101.%05d", trial * 1000 + $0) }
      let marking = try MarkingProcess(state: folder.state, ids: ids)
      // Trial 0 kills before anything is reported (the database may be mid-creation).
      let target = trial == 0 ? 0 : Int.random(in: 1...perTrial, using: &generator)
      let before = marking.waitForLines(target)
      marking.kill()
      let lines = before + marking.remainingLines()
      #expect(lines.allSatisfy { ids.contains($0) }, "trial \(trial) printed \(lines)")
      reported.formUnion(lines)
    }
    let state = try folder.exportedState()
    let missing = reported.subtracting(state.read)
    #expect(missing.isEmpty, "reported but lost: \(missing.sorted())")
    #expect(reported.count >= trials - 1)
  }

  @Test func twoProcessesMarkingAtOnceKeepEveryMarkOfBoth() throws {
    for trial in 0..<8 {
      // A fresh state file each time, so the processes also race to create it.
      let folder = try StateTestFolder()
      defer { folder.remove() }
      let first = (0..<100).map { String(format: "2201.%05d", $0) }
      let second = (0..<100).map { String(format: "2202.%05d", $0) }
      let one = try MarkingProcess(state: folder.state, ids: first, closeInput: true)
      let two = try MarkingProcess(state: folder.state, ids: second, closeInput: true)
      let linesOne = one.remainingLines()
      let linesTwo = two.remainingLines()
      #expect(one.waitForExit() == 0, "trial \(trial): \(one.errorOutput())")
      #expect(two.waitForExit() == 0, "trial \(trial): \(two.errorOutput())")
      #expect(linesOne == first)
      #expect(linesTwo == second)
      let state = try folder.exportedState()
      #expect(Set(state.read) == Set(first + second))
      #expect(state.events.count == 200)
    }
  }

  struct NotState: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var testDescription: String { name }
  }

  static let notState: [NotState] = [
    NotState(name: "text", bytes: Array("my reading notes\n1912.11474 read\n".utf8)),
    NotState(
      name: "damaged SQLite",
      bytes: Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0x5A, count: 8176)),
  ]

  static let commands: [[String]] = [
    ["mark", "--read", "1912.11474"], ["undo"], ["redo"], ["stats"], ["state", "export"],
    ["list", "--starred", DigestBinary.fixture("cs.CV-2019-12-25.seed.md")],
  ]

  @Test(arguments: notState)
  func aFileThatIsNotStateIsNamedInAClearErrorAndNeverTouched(_ file: NotState) throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    try Data(file.bytes).write(to: URL(fileURLWithPath: folder.state))
    for command in StateGuaranteeTests.commands {
      let run = try folder.digest(command)
      #expect(run.status == 2, "\(command)")
      #expect(
        run.stderr.hasPrefix("digest: \(folder.state): not a digest state database ("),
        "\(command): \(run.stderr)")
      #expect(run.stderr.hasSuffix("the file was left untouched\n"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.state)) == Data(file.bytes))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(files == ["state.sqlite"])
  }

  @Test func aReadOnlyStateFileStillServesReadingCommandsAndSaysSo() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    _ = try folder.digest(["mark", "--star", "1912.11474"])
    try FileManager.default.setAttributes(
      [.posixPermissions: NSNumber(value: Int16(0o444))], ofItemAtPath: folder.state)
    let note = "digest: \(folder.state): the state file is read-only; marks cannot be changed\n"
    let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

    let list = try folder.digest(["list", "--starred", fixture])
    #expect(list.status == 0)
    #expect(list.stderr == note)
    #expect(list.stdout == "1912.11474  2019-12-25  cs.CV  Audio-Visual Embodied Navigation\n")
    let stats = try folder.digest(["stats", fixture])
    #expect(stats.status == 0)
    #expect(stats.stderr == note)
    #expect(stats.stdout.contains("starred:        1\n"))
    let export = try folder.digest(["state", "export"])
    #expect(export.status == 0)
    #expect(try StateTestFolder.decode(export.stdout).starred == ["1912.11474"])

    let before = try Data(contentsOf: URL(fileURLWithPath: folder.state))
    for command in [["mark", "--read", "1912.11474"], ["undo"]] {
      let run = try folder.digest(command)
      #expect(run.status == 2, "\(command)")
      #expect(
        run.stderr == "digest: \(folder.state): the state file is read-only; nothing was changed\n")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.state)) == before)
  }
}

/// A running `digest mark --read -` fed ids on stdin, whose stdout is read line by line.
final class MarkingProcess {
  private let process = Process()
  private let output = Pipe()
  private let errors = Pipe()
  private let input = Pipe()
  private var buffer = Data()
  private var isInputOpen = true

  init(state: String, ids: [String], closeInput: Bool = false) throws {
    process.executableURL = DigestBinary.url
    process.arguments = ["mark", "--read", "-", "--state", state]
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment["XDG_DATA_HOME"] = URL(fileURLWithPath: state).deletingLastPathComponent()
      .appendingPathComponent("data").path
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(ids.map { $0 + "\n" }.joined().utf8))
    if closeInput { closeStandardInput() }
  }

  /// Reads until `count` complete lines arrived or the output ended; returns them.
  func waitForLines(_ count: Int) -> [String] {
    var lines: [String] = []
    while lines.count < count {
      if let line = nextLine() {
        lines.append(line)
        continue
      }
      let data = output.fileHandleForReading.availableData
      if data.isEmpty { break }
      buffer.append(data)
    }
    return lines
  }

  /// Every complete line still to come, up to the end of the output.
  func remainingLines() -> [String] {
    waitForLines(Int.max)
  }

  /// Sends SIGKILL (no chance to clean up) and waits for the process to die.
  func kill() {
    _ = Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    closeStandardInput()
  }

  func waitForExit() -> Int32 {
    process.waitUntilExit()
    return process.terminationStatus
  }

  func errorOutput() -> String {
    String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }

  private func closeStandardInput() {
    guard isInputOpen else { return }
    isInputOpen = false
    try? input.fileHandleForWriting.close()
  }

  private func nextLine() -> String? {
    guard let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
    let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
    buffer.removeSubrange(buffer.startIndex...newline)
    return line
  }
}
