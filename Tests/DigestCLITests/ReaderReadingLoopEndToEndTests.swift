import Foundation
import Testing

/// The morning loop in the real binary: read with n, mark a day, select and export, resume.
@Suite(.serialized, .timeLimit(.minutes(5))) struct ReaderReadingLoopEndToEndTests {
  static let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  /// An empty home and config, so the user's own files are never read or written.
  static func home(_ folder: URL) -> [String: String] {
    ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config", "XDG_DATA_HOME": folder.path + "/data"]
  }

  @Test func readingADayWithNLowersTheUnreadCount() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-loop-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let reader = try ReaderTmux(
      arguments: [Self.fixture], width: 80, height: 24, environment: Self.home(folder))
    try reader.waitForScreen("the list") { $0.contains("1/26 · 26 unread") }
    try reader.send("Enter")
    try reader.waitForScreen("the first paper read on open") { $0.contains("25 unread") }
    try reader.send("n")
    try reader.waitForScreen("the second paper, not read yet") {
      $0.contains("2/26 · 25 unread")
    }
    try reader.send("n")
    try reader.waitForScreen("the second paper read on leaving it") {
      $0.contains("3/26 · 24 unread") && $0.contains("marked 1912.11473 read")
    }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func dMarksTheDayAndOneUndoBringsItBack() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-loop-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let reader = try ReaderTmux(
      arguments: [Self.fixture], width: 80, height: 24, environment: Self.home(folder))
    try reader.waitForScreen("the list") { $0.contains("1/26 · 26 unread") }
    try reader.send("D")
    try reader.waitForScreen("the day read") {
      $0.contains("0 unread") && $0.contains("marked 26 papers read")
    }
    try reader.send("u")
    try reader.waitForScreen("the undo") {
      $0.contains("26 unread") && $0.contains("undid: marked 26 papers read")
    }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func threePapersSelectedWithXAreExported() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-loop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let reader = try ReaderTmux(
      arguments: [Self.fixture], width: 100, height: 24, environment: Self.home(folder))
    try reader.waitForScreen("the list") { $0.contains("1/26 · 26 unread") }
    for count in 1...3 {
      try reader.send("x")
      try reader.waitForScreen("\(count) selected") { $0.contains("· \(count) selected") }
    }
    try reader.send("e")
    try reader.waitForScreen("the export prompt") { $0.contains("export 3 selected papers as") }
    try reader.send("C-u")
    let path = folder.appendingPathComponent("picked.md").path
    try reader.type(path)
    try reader.send("Enter")
    try reader.waitForScreen("the export") { $0.contains("exported 3 papers") }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("1912.11474"))
    #expect(text.contains("1912.11473"))
    #expect(text.contains("1912.11463"))
    #expect(!text.contains("1912.11425"))
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func theReaderReopensOnThePaperItWasClosedOn() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-loop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try ReaderTmux(
      arguments: [Self.fixture], width: 80, height: 24, environment: Self.home(folder))
    try first.waitForScreen("the list") { $0.contains("1/26 · 26 unread") }
    try first.send("4", "j")
    try first.waitForScreen("the fifth paper") { $0.contains("5/26 · 26 unread") }
    try first.send("q")
    #expect(try first.waitForExit() == 0)
    // The second run starts on a copy of the first run's state file.
    let second = try ReaderTmux(
      arguments: [Self.fixture], width: 80, height: 24, environment: Self.home(folder),
      prepare: { next in
        try FileManager.default.copyItem(
          atPath: first.statePath, toPath: next.appendingPathComponent("state.sqlite").path)
      })
    try second.waitForScreen("the same paper again") { $0.contains("5/26 · 26 unread") }
    try second.send("q")
    #expect(try second.waitForExit() == 0)
  }
}
