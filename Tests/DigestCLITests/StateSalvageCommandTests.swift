import Foundation
import Testing

/// A damaged state file: refused by every command, read as far as it goes by
/// `digest state export --salvage`.
@Suite struct StateSalvageCommandTests {
  /// Runs SQL on the state with the `sqlite3` shell, as a hand edit would.
  static func damage(_ path: String, _ sql: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, sql]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "sqlite3 failed on \(sql)")
  }

  static let seed = DigestBinary.fixture("cs.CV-2019-12-25.seed.md")

  /// Whether the sqlite3 shell is there; under CI (`CI=true`), which installs it, the tests run
  /// whatever this finds, so a missing shell fails them.
  static var hasSQLiteShell: Bool {
    ProcessInfo.processInfo.environment["CI"] == "true"
      || FileManager.default.fileExists(atPath: "/usr/bin/sqlite3")
  }

  @Test(.enabled(if: hasSQLiteShell, "needs the sqlite3 shell to damage a state file"))
  func damagedRowsAreRefusedByNameAndSalvaged() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let ids = ["1912.11474", "1912.11475", "1912.11476"]
    for id in ids { #expect(try folder.digest(["mark", "--read", id]).status == 0) }
    let star = try folder.digest(["mark", "--star", "--digest", Self.seed, "1912.11474"])
    #expect(star.status == 0)
    try Self.damage(
      folder.state,
      """
      PRAGMA wal_checkpoint(TRUNCATE);
      UPDATE mark SET isRead = 'x' WHERE paperId = '1912.11475';
      UPDATE paper SET number = 'abc';
      """)

    let export = try folder.digest(["state", "export"])
    #expect(export.status == 2)
    #expect(
      export.stderr == "digest: state file \(folder.state): table mark, row 1912.11475: "
        + "column isRead is not 0 or 1\n")
    let papers = try folder.digest(["export", "--format", "json"])
    #expect(papers.status == 2)
    #expect(
      papers.stderr == "digest: state file \(folder.state): table paper, row 1912.11474: "
        + "column number is not an integer\n")

    let salvage = try folder.digest(["state", "export", "--salvage"])
    #expect(salvage.status == 0)
    #expect(
      salvage.stderr == "digest: state file \(folder.state): skipped 1 row of mark, 1 of paper\n")
    let state = try StateTestFolder.decode(salvage.stdout)
    #expect(state.marks.map(\.id) == ["1912.11474", "1912.11476"])
    #expect(state.events.count == 4)
  }

  @Test func aTruncatedStateIsRefusedAndSalvagedUpToTheCut() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    let ids = (1...1500).map { String(format: "2101.%05d", $0) }
    let mark = try folder.digest(["mark", "--read", "-"], stdin: ids.joined(separator: "\n"))
    try #require(mark.status == 0)
    // A reader closing the file checkpoints the log into it; the copy a user has is the file.
    _ = try folder.digest(["stats"])
    try? FileManager.default.removeItem(atPath: folder.state + "-wal")
    try? FileManager.default.removeItem(atPath: folder.state + "-shm")
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: folder.state)[.size] as? NSNumber)
    let handle = try #require(FileHandle(forWritingAtPath: folder.state))
    try handle.truncate(atOffset: UInt64(size.intValue / 2))
    try handle.close()

    for command in [["state", "export"], ["stats"], ["list", "--json", Self.seed]] {
      let run = try folder.digest(command)
      #expect(run.status == 2, "\(command)")
      #expect(run.stderr.contains("the database is corrupt"), "\(command): \(run.stderr)")
    }
    let salvage = try folder.digest(["state", "export", "--salvage"])
    #expect(salvage.status == 0)
    #expect(salvage.stderr.hasPrefix("digest: state file \(folder.state): "))
    #expect(salvage.stderr.contains("read in part"), "\(salvage.stderr)")
    let state = try StateTestFolder.decode(salvage.stdout)
    #expect(state.marks.count > 0)
    #expect(state.marks.count < 1500)
  }

  @Test func salvagingAFileThatIsNotStateIsAUsageError() throws {
    let folder = try StateTestFolder()
    defer { folder.remove() }
    try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: folder.state))
    let run = try folder.digest(["state", "export", "--salvage"])
    #expect(run.status == 2)
    #expect(run.stdout == "")
  }
}
