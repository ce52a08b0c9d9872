import Foundation
import Testing

/// Issue 14 end to end, the real binary in tmux: OSC 52 reaching tmux's buffer, the copy
/// command, the mouse, `R`, and marks made by another process appearing by themselves.
@Suite(.serialized, .timeLimit(.minutes(5))) struct ReaderYankEndToEndTests {
  static let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  /// Polls `body` until it returns a value, or fails after `timeout` seconds.
  func poll<T>(_ what: String, timeout: TimeInterval = 10, _ body: () throws -> T?) throws -> T {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let value = try body() { return value }
      usleep(20_000)
    }
    throw ReaderTmux.Failure(message: "timed out waiting for \(what)")
  }

  @Test func yankedBibTeXReachesTmuxThroughOSC52AndEqualsTheExport() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 120, height: 30)
    try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    try reader.setServerOption("set-clipboard", "on")
    try reader.send("y")
    try reader.waitForScreen("the yank menu") { $0.contains("yank 1912.11474") }
    try reader.send("b")
    try reader.waitForScreen("the copy reported") { $0.contains("copied BibTeX for 1912.11474") }
    let copied = try poll("the paste buffer") { try reader.pasteBuffer() }
    let export = try DigestBinary.run(
      [
        "export", "--ids", "1912.11474", "--format", "bibtex", "--state", reader.statePath,
        Self.fixture,
      ])
    #expect(export.status == 0)
    #expect(copied == export.stdout)
    #expect(copied.contains("doi = {10.48550/arXiv.1912.11474}"))
    try reader.send("j", "Y")
    try reader.waitForScreen("the id copied") { $0.contains("copied id for 1912.11473") }
    #expect(
      try poll("the id in the buffer") {
        try reader.pasteBuffer().flatMap { $0 == "1912.11473" ? $0 : nil }
      } == "1912.11473")
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func aCopyCommandFromTheConfigGetsTheText() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 120, height: 30) { folder in
      let output = folder.appendingPathComponent("copied.txt").path
      try "copy_command = \"cat > '\(output)'\"\n".write(
        to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    } folderArguments: { folder in
      ["--config", folder.appendingPathComponent("config.toml").path]
    }
    try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    try reader.send("y")
    try reader.waitForScreen("the yank menu") { $0.contains("yank 1912.11474") }
    try reader.send("u")
    try reader.waitForScreen("the copy") { $0.contains("copied abs URL for 1912.11474") }
    #expect(
      try String(contentsOfFile: reader.path("copied.txt"), encoding: .utf8)
        == "https://arxiv.org/abs/1912.11474")
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func theMouseSelectsScrollsAndOpens() throws {
    let reader = try ReaderTmux(arguments: [Self.fixture], width: 120, height: 30)
    try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    // X10 mouse reports, as tmux forwards them: ESC [ M, button + 32, column + 33, row + 33.
    func mouse(_ button: Int, row: Int, column: Int) throws {
      let bytes = [27, 91, 77, 32 + button, 33 + column, 33 + row]
      try reader.type(String(decoding: bytes.map(UInt8.init), as: UTF8.self))
    }
    try mouse(0, row: 3, column: 10)
    try mouse(3, row: 3, column: 10)
    try reader.waitForScreen("a click selecting the fourth paper") { $0.contains("4/26") }
    try mouse(65, row: 3, column: 10)
    try reader.waitForScreen("the wheel moving down") { $0.contains("7/26") }
    try mouse(0, row: 2, column: 10)
    try mouse(3, row: 2, column: 10)
    try mouse(0, row: 2, column: 10)
    try mouse(3, row: 2, column: 10)
    try reader.waitForScreen("a double click opening the third paper") {
      $0.contains("3/26") && $0.contains("marked 1912.11463 read")
    }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func marksFromAnotherProcessAppearWithoutAKeyAndRReloads() throws {
    let reader = try ReaderTmux(arguments: [], width: 120, height: 30) { folder in
      let digests = folder.appendingPathComponent("digests")
      try FileManager.default.createDirectory(at: digests, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: Self.fixture, toPath: digests.appendingPathComponent("a.md").path)
    } folderArguments: { folder in
      [folder.appendingPathComponent("digests").path]
    }
    try reader.waitForScreen("the first paper") { $0.contains("1/26 · 26 unread · 0 ★") }
    let mark = try DigestBinary.run(
      ["mark", "--star", "1912.11473", "--state", reader.statePath])
    #expect(mark.status == 0)
    let screen = try reader.waitForScreen(timeout: 1.5, "the star made elsewhere") {
      $0.contains("· 1 ★")
    }
    #expect(screen.contains("★ 1912.11473"))
    // A second day arrives; R reads it and keeps the cursor on the same paper.
    try reader.send("j", "j")
    try reader.waitForScreen("the third paper") { $0.contains("3/26") }
    let day = try String(contentsOfFile: Self.fixture, encoding: .utf8)
      .replacingOccurrences(of: "1912.1", with: "1912.2")
      .replacingOccurrences(of: "Wed, 25 Dec 2019", with: "Thu, 26 Dec 2019")
    try day.write(
      toFile: reader.path("digests/b.md"), atomically: true, encoding: .utf8)
    try reader.waitForScreen("the new file noticed") {
      $0.contains("the digests changed on disk: R reloads them")
    }
    try reader.send("R")
    try reader.waitForScreen("the reload") {
      $0.contains("reloaded: 26 papers added") && $0.contains("3/52")
    }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func linksGoOutAsOSC8HyperlinksInTheirStyle() throws {
    let reader = try ReaderTmux(
      arguments: [Self.fixture], width: 120, height: 30,
      prepare: { folder in
        try "hyperlinks = \"always\"\n".write(
          to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
      },
      folderArguments: { folder in ["--config", folder.appendingPathComponent("config.toml").path]
      },
      recordsOutput: true)
    try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    let start = "\u{1B}]8;;https://arxiv.org/abs/1912.11474\u{1B}\\"
    let output = try poll("the hyperlink bytes") {
      let output = reader.output()
      return output.contains(start) ? output : nil
    }
    let after = try #require(output.range(of: start)).upperBound
    let rest = String(output[after...])
    // The link text follows in its style (an SGR sequence), then the end of the link.
    #expect(rest.contains("https://arxiv.org/abs/1912.11474\u{1B}]8;;\u{1B}\\"))
    #expect(rest.hasPrefix("\u{1B}["))
    #expect(output.contains("\u{1B}]8;;https://arxiv.org/pdf/1912.11474.pdf\u{1B}\\"))
    // The screen itself is unchanged by it.
    let screen = try reader.screen()
    #expect(screen.contains("abs       https://arxiv.org/abs/1912.11474"))
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func withoutHyperlinksNoOSC8IsWritten() throws {
    let reader = try ReaderTmux(
      arguments: [Self.fixture], width: 120, height: 30, recordsOutput: true)
    try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    try reader.send("j")
    try reader.waitForScreen("the second paper") { $0.contains("2/26") }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
    #expect(reader.output().contains("1912.11473"))
    #expect(!reader.output().contains("\u{1B}]8;"))
  }
}

/// The reader hands the terminal to a text-mode browser and takes it back; loading problems
/// are said once and listed by `M`.
@Suite(.serialized, .timeLimit(.minutes(5))) struct ReaderTextBrowserEndToEndTests {
  static let fixture = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  @Test func aTextModeBrowserGetsTheTerminalAndTheReaderRedrawsAfter() throws {
    // A stand-in named w3m, so the reader knows it for a text-mode browser by its name.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("w3m")
    try "#!/bin/sh\necho \"text browser on $1\"\nread answer\n".write(
      to: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    let reader = try ReaderTmux(
      arguments: [Self.fixture], width: 100, height: 30, environment: ["BROWSER": script.path])
    _ = try reader.waitForScreen("the first paper") { $0.contains("1/26") }
    try reader.send("O")
    try reader.waitForScreen("the browser on the normal screen") {
      $0.contains("text browser on https://arxiv.org/pdf/1912.11474.pdf")
    }
    #expect(try reader.format("#{alternate_on}") == "0")
    try reader.send("Enter")
    try reader.waitForScreen("the reader back") {
      $0.contains("opened https://arxiv.org/pdf/1912.11474.pdf") && $0.contains("1/26")
    }
    #expect(try reader.format("#{alternate_on}") == "1")
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }

  @Test func loadingProblemsAreSaidOnceAndMListsThem() throws {
    let reader = try ReaderTmux(
      arguments: [Self.fixture, DigestBinary.fixture("damaged.md")], width: 120, height: 30)
    try reader.waitForScreen("the problem summary") {
      $0.contains("1 file had problems: digest check …, M lists them")
    }
    try reader.send("M")
    let list = try reader.waitForScreen("the message list") {
      $0.contains("Messages  (Esc or M closes, j/k scroll)")
    }
    #expect(list.contains("damaged.md:"))
    try reader.send("Escape", "q")
    #expect(try reader.waitForExit() == 0)
  }
}
