import ArxivDigest
import DigestState
import Foundation
import GRDB
import Testing

@Suite struct SalvageTests {
  /// A state file with `count` papers marked read, one change each.
  static func state(marking count: Int, in folder: TemporaryFolder) throws -> URL {
    let url = folder.file("state.sqlite")
    let store = try SQLiteMarkStore(at: url)
    for index in 1...count {
      let text = String(format: "2101.%05d", index)
      try store.apply(MarkChange(.read, true, ids: [try id(text)]), papers: [])
    }
    try store.apply(
      MarkChange(.starred, true, ids: [try id("2101.00001")]),
      papers: [try paper("2101.00001", title: "One")])
    // Everything into the main file, as a copy of it would be.
    let queue = try DatabaseQueue(path: url.path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
    }
    try queue.close()
    return url
  }

  @Test func damagedRowsAreSkippedAndCounted() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = try SalvageTests.state(marking: 5, in: folder)
    let queue = try DatabaseQueue(path: url.path)
    try queue.write { db in
      try db.execute(sql: "DROP TRIGGER eventIsAppendOnlyOnUpdate")
      try db.execute(
        sql: "UPDATE mark SET isRead = 'x' WHERE paperId IN ('2101.00002', '2101.00004')")
      try db.execute(sql: "UPDATE event SET time = 'noon' WHERE id = 3")
      try db.execute(sql: "UPDATE paper SET number = 'abc'")
    }
    try queue.close()
    #expect(throws: StateStoreError.self) { try SQLiteMarkStore(at: url).exportState() }

    let (document, report) = try SQLiteMarkStore.salvage(at: url)
    #expect(document.marks.map(\.id.rawValue) == ["2101.00001", "2101.00003", "2101.00005"])
    #expect(document.events.count == 5)
    #expect(document.papers.isEmpty)
    #expect(report.description == "skipped 2 rows of mark, 1 of event, 1 of paper")
  }

  @Test func aFileTruncatedInTheMiddleGivesTheRowsBeforeTheCut() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = try SalvageTests.state(marking: 1500, in: folder)
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: UInt64(size.intValue / 2))
    try handle.close()
    #expect(throws: StateStoreError.self) { try SQLiteMarkStore(at: url).exportState() }

    let (document, report) = try SQLiteMarkStore.salvage(at: url)
    #expect(document.marks.count > 0)
    #expect(document.marks.count < 1500)
    #expect(document.events.count > 0)
    #expect(!report.isComplete)
    let description = report.description
    #expect(description.contains("read in part") || description.contains("unreadable"))
  }

  @Test func reportsSayWhatWasNotRead() {
    var report = SalvageReport()
    #expect(report.isComplete)
    #expect(report.description == "")
    report.skipped = [
      SalvageReport.Skipped(table: "mark", rows: 3), SalvageReport.Skipped(table: "event", rows: 1),
    ]
    report.unreadable = ["history"]
    #expect(report.description == "skipped 3 rows of mark, 1 of event; table history unreadable")
    report.skipped = [SalvageReport.Skipped(table: "mark", rows: 1)]
    report.readInPart = ["event", "paper"]
    report.unreadable = []
    #expect(report.description == "skipped 1 row of mark; tables event, paper read in part")
  }
}
