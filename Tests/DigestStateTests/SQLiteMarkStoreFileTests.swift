import ArxivDigest
import Foundation
import GRDB
import Testing

@testable import DigestState

@Suite struct SQLiteMarkStoreFileTests {
  @Test func marksUndoAndRedoSurviveReopening() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("state.sqlite")
    do {
      let store = try SQLiteMarkStore(at: url)
      try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
      try store.apply(MarkChange(.starred, true, ids: [id("1912.11473")]), papers: [])
    }
    do {
      let store = try SQLiteMarkStore(at: url)
      #expect(try store.marks() == Marks(read: [id("1912.11474")], starred: [id("1912.11473")]))
      #expect(try store.undo() == MarkChange(.starred, true, ids: [id("1912.11473")]))
    }
    do {
      let store = try SQLiteMarkStore(at: url)
      #expect(try store.marks() == Marks(read: [id("1912.11474")]))
      #expect(try store.redo() == MarkChange(.starred, true, ids: [id("1912.11473")]))
    }
    let store = try SQLiteMarkStore(at: url)
    #expect(try store.marks() == Marks(read: [id("1912.11474")], starred: [id("1912.11473")]))
  }

  @Test func theMissingFolderIsCreatedUserOnly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.url.appendingPathComponent("data/digest/state.sqlite")
    _ = try SQLiteMarkStore(at: url)
    let attributes = try FileManager.default.attributesOfItem(
      atPath: folder.url.appendingPathComponent("data/digest").path)
    let permissions = try #require(attributes[.posixPermissions] as? NSNumber)
    #expect(permissions.intValue == 0o700)
  }

  @Test func theFileIsInWALModeWithABusyTimeoutAndFullSync() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try SQLiteMarkStore(at: folder.file("state.sqlite"))
    let (mode, timeout, synchronous) = try store.writer.read { db in
      (
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try Int.fetchOne(db, sql: "PRAGMA busy_timeout"),
        try Int.fetchOne(db, sql: "PRAGMA synchronous")
      )
    }
    #expect(mode == "wal")
    #expect(timeout == 10_000)
    #expect(synchronous == 2)
  }

  struct RefusedFile: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var reason: String
    var testDescription: String { name }
  }

  static let refusedFiles: [RefusedFile] = [
    RefusedFile(
      name: "text", bytes: Array("read: 1912.11474\nstarred: none\n".utf8),
      reason: "not a digest state database (not SQLite)"),
    RefusedFile(
      name: "binary noise", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) },
      reason: "not a digest state database (not SQLite)"),
    RefusedFile(
      name: "SQLite header then garbage",
      bytes: Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0xA5, count: 4080),
      reason: "not a digest state database"),
  ]

  @Test(arguments: refusedFiles)
  func aFileThatIsNotStateIsRefusedByNameAndLeftUntouched(_ file: RefusedFile) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("state.sqlite")
    try Data(file.bytes).write(to: url)
    do {
      _ = try SQLiteMarkStore(at: url)
      Issue.record("opened \(file.name) as state")
    } catch let error as StateStoreError {
      #expect(error.path == url.path)
      #expect(error.description.hasPrefix(url.path + ": "))
      #expect(error.description.contains(file.reason))
    }
    #expect(try Data(contentsOf: url) == Data(file.bytes))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(leftovers == ["state.sqlite"])
  }

  @Test func anotherProgramsSQLiteDatabaseIsRefused() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("other.sqlite")
    do {
      let other = try DatabaseQueue(path: url.path)
      try other.write { try $0.execute(sql: "CREATE TABLE recipe (name TEXT)") }
    }
    let before = try Data(contentsOf: url)
    #expect(throws: StateStoreError.foreignDatabase(path: url.path)) {
      try SQLiteMarkStore(at: url)
    }
    #expect(try Data(contentsOf: url) == before)
  }

  @Test func aReadOnlyFileOpensReadOnlyAndRefusesChanges() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("state.sqlite")
    do {
      let store = try SQLiteMarkStore(at: url)
      try store.apply(MarkChange(.starred, true, ids: [id("1912.11474")]), papers: [])
    }
    try FileManager.default.setAttributes(
      [.posixPermissions: NSNumber(value: Int16(0o444))], ofItemAtPath: url.path)
    let store = try SQLiteMarkStore(at: url)
    #expect(store.isReadOnly)
    #expect(try store.marks() == Marks(starred: [id("1912.11474")]))
    #expect(throws: StateStoreError.readOnly(path: url.path)) {
      try store.apply(MarkChange(.read, true, ids: [id("1912.11474")]), papers: [])
    }
    #expect(throws: StateStoreError.readOnly(path: url.path)) { try store.undo() }
    #expect(try store.marks() == Marks(starred: [id("1912.11474")]))
  }

  @Test func openingAnExistingStoreNeverCreatesOne() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.url.appendingPathComponent("missing/state.sqlite")
    #expect(try SQLiteMarkStore.openExisting(at: url) == nil)
    let missing = folder.url.appendingPathComponent("missing").path
    #expect(!FileManager.default.fileExists(atPath: missing))
  }

  @Test func twoStoresOnOneFileKeepEveryMarkOfBoth() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("state.sqlite")
    let ids = (0..<200).map { String(format: "2001.%05d", $0) }
    try await withThrowingTaskGroup(of: Void.self) { group in
      for half in [ids[..<100], ids[100...]] {
        group.addTask {
          let store = try SQLiteMarkStore(at: url)
          for text in half {
            try store.apply(MarkChange(.read, true, ids: [try id(text)]), papers: [])
          }
        }
      }
      try await group.waitForAll()
    }
    let store = try SQLiteMarkStore(at: url)
    #expect(try store.marks().read.count == 200)
    #expect(try store.events().count == 200)
  }
}
