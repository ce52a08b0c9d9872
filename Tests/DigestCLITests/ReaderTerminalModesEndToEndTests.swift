import Foundation
import Testing

/// The reader's terminal modes: flow control off, Ctrl-\ a clean stop, a digest through a
/// pipe with keys from the terminal.
@Suite(.serialized, .timeLimit(.minutes(2))) struct ReaderTerminalModesEndToEndTests {
  static let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  @Test func ctrlSIsAKeyNotAFreezeAndFlowControlComesBackOnExit() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 80, height: 24)
    try reader.waitForScreen("the first paper selected") { $0.contains("1/26") }
    #expect(try reader.terminalModes().contains("-ixon"))
    try reader.send("C-s")
    try reader.send("j")
    try reader.waitForScreen("the second paper selected after Ctrl-S") { $0.contains("2/26") }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
    let modes = try reader.terminalModes()
    #expect(modes.contains(" ixon") && modes.contains(" icanon") && modes.contains(" echo "))
  }

  @Test func ctrlBackslashRestoresTheTerminalAndExits131WithoutACrashReport() throws {
    let reader = try ReaderTmux(
      arguments: [Self.fixture], width: 100, height: 30, backtrace: "enable=yes,interactive=no")
    try reader.waitForScreen("the status bar") { $0.contains(" unread · ") }
    try reader.send("C-\\")
    #expect(try reader.waitForExit() == 131)
    #expect(try reader.format("#{alternate_on}") == "0")
    let screen = try reader.screen()
    #expect(!screen.contains("crashed"), "\(screen)")
    let modes = try reader.terminalModes()
    #expect(modes.contains(" icanon") && modes.contains(" echo "))
  }

  @Test func aDigestThroughAPipeIsReadWithKeysFromTheTerminal() throws {
    let reader = try ReaderTmux(
      arguments: ["-"], width: 100, height: 30, pipedFrom: Self.fixture)
    try reader.waitForScreen("the papers from stdin") {
      $0.contains("1912.11474  Audio-Visual Embodied Navigation") && $0.contains("1/26")
    }
    try reader.send("j")
    try reader.waitForScreen("the second paper selected") { $0.contains("2/26") }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
    #expect(try reader.format("#{alternate_on}") == "0")
  }

  @Test func aPipeWithoutATerminalForKeysIsRefusedInOneLine() throws {
    let run = try DigestBinary.run(["-"], stdin: "")
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(run.stderr.hasPrefix("digest: the reader needs a terminal"))
  }
}
