import ArxivDigest
import Foundation
import GRDB

/// The state store: marks, the append-only event log and remembered papers in one SQLite file.
///
/// The database runs in WAL mode with a busy timeout, so several `digest` processes can read
/// and mark at once. Each change is one `IMMEDIATE` transaction that updates the marks, appends
/// the event and moves the undo history together, and it is durable (`synchronous = FULL`)
/// before the call returns.
///
/// ```swift
/// let store = try SQLiteMarkStore(at: AppPaths().stateFile(override: nil))
/// try store.apply(MarkChange(.read, true, ids: [id]), papers: [])
/// try store.undo()   // the change above, also after a restart
/// ```
public final class SQLiteMarkStore: MarkStore, Sendable {
  /// The database file, or `:memory:` for an in-memory store.
  public let path: String
  /// `true` when the file could only be opened for reading: changes throw
  /// ``StateStoreError/readOnly(path:)``.
  public let isReadOnly: Bool
  /// The state folder when it is not writable: the store is then read-only, and changes throw
  /// ``StateStoreError/readOnlyFolder(path:folder:)``. `nil` otherwise.
  public let readOnlyFolder: String?
  let writer: any DatabaseWriter
  let clock: @Sendable () -> Date

  /// How long a change waits for another process's change to finish before failing.
  public static let busyTimeout: TimeInterval = 10

  /// Opens the state file at `url`, creating it and its folder (user-only permissions) when
  /// missing, and brings its schema up to date.
  ///
  /// A file that cannot be written is opened read-only.
  ///
  /// - Parameters:
  ///   - url: The state file.
  ///   - clock: The time events are stamped with.
  /// - Throws: ``StateStoreError`` naming the file when it is not usable state. The file is
  ///   never overwritten or deleted then.
  public convenience init(at url: URL, clock: @escaping @Sendable () -> Date = { Date() }) throws {
    let path = url.path
    let fileManager = FileManager.default
    var isFolder: ObjCBool = false
    let exists = fileManager.fileExists(atPath: path, isDirectory: &isFolder)
    if exists {
      guard !isFolder.boolValue else {
        throw StateStoreError.cannotOpen(path: path, reason: "it is a folder")
      }
      try SQLiteMarkStore.checkHeader(path: path)
    } else {
      try SQLiteMarkStore.createFolder(url.deletingLastPathComponent(), statePath: path)
    }
    let folder = url.deletingLastPathComponent().path
    let folderIsReadOnly = access(folder, W_OK) != 0
    if !exists && folderIsReadOnly {
      throw StateStoreError.readOnlyFolder(path: path, folder: folder)
    }
    let readOnly = exists && !SQLiteMarkStore.isWritable(path)
    var configuration = Configuration()
    configuration.busyMode = .timeout(SQLiteMarkStore.busyTimeout)
    configuration.readonly = readOnly
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(
        path: SQLiteMarkStore.openingPath(path, folderIsReadOnly: readOnly && folderIsReadOnly),
        configuration: configuration)
    } catch {
      throw SQLiteMarkStore.stateError(error, path: path)
    }
    try self.init(
      writer: queue, path: path, isReadOnly: readOnly, isFile: true, clock: clock,
      readOnlyFolder: readOnly && folderIsReadOnly ? folder : nil)
  }

  /// Opens the state file at `url` when it exists; returns `nil` without creating anything
  /// when it does not.
  ///
  /// Commands that only read use this, so that reading never leaves a state file behind.
  ///
  /// - Throws: ``StateStoreError`` naming the file when it is not usable state.
  public static func openExisting(
    at url: URL, clock: @escaping @Sendable () -> Date = { Date() }
  ) throws -> SQLiteMarkStore? {
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    return try SQLiteMarkStore(at: url, clock: clock)
  }

  /// A store in memory, with the same schema and behaviour as a file store; for tests.
  public static func inMemory(
    clock: @escaping @Sendable () -> Date = { Date() }
  ) throws -> SQLiteMarkStore {
    let queue = try DatabaseQueue()
    return try SQLiteMarkStore(
      writer: queue, path: ":memory:", isReadOnly: false, isFile: false, clock: clock)
  }

  init(
    writer: any DatabaseWriter, path: String, isReadOnly: Bool, isFile: Bool,
    clock: @escaping @Sendable () -> Date, readOnlyFolder: String? = nil
  ) throws {
    self.readOnlyFolder = readOnlyFolder
    self.writer = writer
    self.path = path
    self.isReadOnly = isReadOnly
    self.clock = clock
    try guarded {
      try SQLiteMarkStore.retryingWhileBusy {
        try SQLiteMarkStore.prepareSchema(
          writer, path: path, isReadOnly: isReadOnly, usesWAL: isFile && !isReadOnly)
      }
    }
  }

  // MARK: - MarkStore

  /// SQLite's `PRAGMA data_version`: it changes when another connection commits, not for
  /// this store's own commits. One query, no table read.
  public func externalChangeToken() throws -> Int? {
    try guarded {
      try writer.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
    }
  }

  /// All marks.
  ///
  /// - Complexity: O(n) in the number of marked papers; 50,000 load in a few milliseconds.
  public func marks() throws -> Marks {
    try guarded {
      try writer.read { db in
        var marks = Marks()
        let counts = try Row.fetchOne(
          db,
          sql: """
            SELECT count(CASE WHEN isRead THEN 1 END), count(CASE WHEN isStarred THEN 1 END)
            FROM mark
            """
        ).map { StateRow(table: "mark", row: $0) }
        marks.read = try SQLiteMarkStore.ids(
          db, sql: "SELECT paperId FROM mark WHERE isRead",
          count: Int(counts?.integer(at: 0) ?? 0))
        marks.starred = try SQLiteMarkStore.ids(
          db, sql: "SELECT paperId FROM mark WHERE isStarred",
          count: Int(counts?.integer(at: 1) ?? 0))
        marks.readInBulk = try SQLiteMarkStore.ids(
          db, sql: "SELECT paperId FROM mark WHERE isRead AND readSource = 'bulk'",
          count: 0)
        return marks
      }
    }
  }

  /// The ids a `paperId` query of `mark` returns.
  ///
  /// Reserving `count` up front halves the time: most of a load is hashing ids into the set.
  ///
  /// - Throws: ``StateRow/Damage`` for a `paperId` that is not text or not an arXiv id.
  private static func ids(_ db: Database, sql: String, count: Int) throws -> Set<ArxivID> {
    let statement = try db.cachedStatement(sql: sql)
    var ids = Set<ArxivID>(minimumCapacity: count)
    let rows = try Row.fetchCursor(statement)
    while let fetched = try rows.next() {
      let row = StateRow(table: "mark", row: fetched)
      guard let text = try row.optionalText(at: 0), let id = ArxivID(text) else {
        throw row.damage("column paperId is not an arXiv id")
      }
      ids.insert(id)
    }
    return ids
  }

  /// Applies `change` as one event, in one transaction with the change itself, and discards
  /// what could be redone. `papers` are remembered for export.
  ///
  /// Repeated ids count once; a change without ids does nothing.
  ///
  /// - Throws: ``StateStoreError/readOnly(path:)`` on a read-only store.
  public func apply(_ change: MarkChange, papers: [Paper]) throws {
    var seen = Set<ArxivID>()
    let ids = change.ids.filter { seen.insert($0).inserted }
    guard !ids.isEmpty || !papers.isEmpty else { return }
    try write { db in
      let time = Timestamp(clock())
      if !ids.isEmpty {
        let previous = try ids.map { try SQLiteMarkStore.value(db, change.kind, $0) }
        let values = [Bool](repeating: change.value, count: ids.count)
        try SQLiteMarkStore.set(db, change.kind, ids, values, at: time)
        if change.kind == .read, change.value {
          try SQLiteMarkStore.setReadSource(db, ids, change.source)
        }
        let event = MarkEvent(
          uuid: SQLiteMarkStore.newUUID(), time: time, action: MarkEvent.Action(change),
          kind: change.kind, ids: ids, values: values, previous: previous)
        let eventID = try SQLiteMarkStore.append(
          db, event, isImported: false, source: change.source)
        try db.execute(sql: "DELETE FROM history WHERE isUndone = 1")
        try db.execute(
          sql: "INSERT INTO history (event, isUndone) VALUES (?, 0)", arguments: [eventID])
      }
      for paper in papers { try SQLiteMarkStore.remember(db, paper, at: time) }
    }
  }

  /// Reverts the last change not yet undone (restoring each paper's previous value) and
  /// records the undo as an event.
  ///
  /// - Returns: The change undone, or `nil` when there is nothing to undo.
  @discardableResult
  public func undo() throws -> MarkChange? {
    try write { db in
      let sql = """
        SELECT event.* FROM history JOIN event ON event.id = history.event
        WHERE history.isUndone = 0 ORDER BY history.event DESC LIMIT 1
        """
      guard let fetched = try Row.fetchOne(db, sql: sql) else { return nil }
      let row = StateRow(table: "event", row: fetched)
      let target = try SQLiteMarkStore.event(from: row)
      try revisit(db, target, row: row, action: .undo, values: target.previous)
      try db.execute(
        sql: "UPDATE history SET isUndone = 1 WHERE event = ?", arguments: [try row.integer("id")])
      return target.change
    }
  }

  /// Re-applies the last undone change and records the redo as an event.
  ///
  /// - Returns: The change redone, or `nil` when there is nothing to redo (nothing was undone,
  ///   or a new change came after the undo).
  @discardableResult
  public func redo() throws -> MarkChange? {
    try write { db in
      let sql = """
        SELECT event.* FROM history JOIN event ON event.id = history.event
        WHERE history.isUndone = 1 ORDER BY history.event ASC LIMIT 1
        """
      guard let fetched = try Row.fetchOne(db, sql: sql) else { return nil }
      let row = StateRow(table: "event", row: fetched)
      let target = try SQLiteMarkStore.event(from: row)
      try revisit(db, target, row: row, action: .redo, values: target.values)
      try db.execute(
        sql: "UPDATE history SET isUndone = 0 WHERE event = ?", arguments: [try row.integer("id")])
      return target.change
    }
  }

  /// The papers remembered when they were marked, in the order of `ids`; unknown ids are left
  /// out.
  public func rememberedPapers(_ ids: [ArxivID]) throws -> [Paper] {
    try guarded {
      try writer.read { db in
        try ids.compactMap { id in
          let statement = try db.cachedStatement(sql: "SELECT * FROM paper WHERE paperId = ?")
          guard let row = try Row.fetchOne(statement, arguments: [id.rawValue]) else {
            return nil
          }
          return try SQLiteMarkStore.paper(from: StateRow(table: "paper", row: row))
        }
      }
    }
  }

  // MARK: - History

  /// The event log, oldest first.
  public func events() throws -> [MarkEvent] {
    try guarded {
      try writer.read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY id").map {
          try SQLiteMarkStore.event(from: StateRow(table: "event", row: $0))
        }
      }
    }
  }

  /// Sets the marks of `target`'s papers to `values` and appends an undo or redo event.
  private func revisit(
    _ db: Database, _ target: MarkEvent, row: StateRow, action: MarkEvent.Action, values: [Bool]
  ) throws {
    let time = Timestamp(clock())
    let current = try target.ids.map { try SQLiteMarkStore.value(db, target.kind, $0) }
    try SQLiteMarkStore.set(db, target.kind, target.ids, values, at: time)
    if target.kind == .read {
      // A redone read is read the way it first was; an undone unread is read as before it.
      let sourceText = try row.optionalText("source")
      let source = action == .redo ? sourceText.flatMap(MarkSource.init(rawValue:)) : nil
      let read = zip(target.ids, values).filter(\.1).map(\.0)
      try SQLiteMarkStore.setReadSource(db, read, source)
    }
    let event = MarkEvent(
      uuid: SQLiteMarkStore.newUUID(), time: time, action: action, kind: target.kind,
      ids: target.ids, values: values, previous: current, target: target.uuid)
    _ = try SQLiteMarkStore.append(db, event, isImported: false)
  }

  // MARK: - Transactions and errors

  /// Runs `body` in one `IMMEDIATE` transaction (the write lock is taken first, so a busy
  /// database is waited for instead of failing half-way).
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    if let readOnlyFolder {
      throw StateStoreError.readOnlyFolder(path: path, folder: readOnlyFolder)
    }
    guard !isReadOnly else { throw StateStoreError.readOnly(path: path) }
    return try guarded {
      try writer.writeWithoutTransaction { db in
        var outcome: Result<T, any Error> = .failure(
          StateStoreError.cannotOpen(path: path, reason: "the transaction did not run"))
        try db.inTransaction(.immediate) {
          outcome = .success(try body(db))
          return .commit
        }
        return try outcome.get()
      }
    }
  }

  /// Runs `body`, turning SQLite errors about the file into ``StateStoreError``s naming it.
  func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw SQLiteMarkStore.stateError(error, path: path)
    }
  }

  static func stateError(_ error: any Error, path: String) -> any Error {
    if let damage = error as? StateRow.Damage {
      return StateStoreError.damagedRow(
        path: path, table: damage.table, row: damage.row, problem: damage.problem)
    }
    guard let error = error as? DatabaseError else { return error }
    switch error.resultCode {
    case .SQLITE_NOTADB: return StateStoreError.notADatabase(path: path, reason: "not SQLite")
    case .SQLITE_CORRUPT:
      return StateStoreError.notADatabase(path: path, reason: "the database is corrupt")
    case .SQLITE_READONLY: return StateStoreError.readOnly(path: path)
    case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR:
      return StateStoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
    default: return error
    }
  }

  static func newUUID() -> String { UUID().uuidString.lowercased() }

  // MARK: - Opening

  /// The first 16 bytes of every SQLite database.
  static let sqliteHeader = Array("SQLite format 3\0".utf8)

  /// Refuses a non-empty file that does not start like an SQLite database, before SQLite
  /// touches it.
  static func checkHeader(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw StateStoreError.cannotOpen(path: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
    guard head.isEmpty || Array(head) == sqliteHeader else {
      throw StateStoreError.notADatabase(path: path, reason: "not SQLite")
    }
  }

  /// Whether the state file may be written: the process can write it and its folder (for the
  /// WAL files), and its owner-write bit is set. The bit is honoured even for root, so that
  /// `chmod a-w state.sqlite` always protects the file.
  static func isWritable(_ path: String) -> Bool {
    let fileManager = FileManager.default
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard fileManager.isWritableFile(atPath: path), fileManager.isWritableFile(atPath: folder),
      let attributes = try? fileManager.attributesOfItem(atPath: path),
      let permissions = attributes[.posixPermissions] as? NSNumber
    else { return false }
    return permissions.intValue & 0o200 != 0
  }

  /// The path SQLite opens: with a folder that cannot be written, SQLite cannot create the
  /// WAL index beside the file, so a file with no log to replay opens as immutable (a URI).
  static func openingPath(_ path: String, folderIsReadOnly: Bool) -> String {
    guard folderIsReadOnly, !FileManager.default.fileExists(atPath: path + "-shm") else {
      return path
    }
    let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size]
    if let size = wal as? NSNumber, size.intValue > 0 { return path }
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#%")
    let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    return "file:\(escaped)?immutable=1"
  }

  /// Creates the state folder, user-only (`0700`), when missing.
  static func createFolder(_ folder: URL, statePath: String) throws {
    let fileManager = FileManager.default
    guard !fileManager.fileExists(atPath: folder.path) else { return }
    do {
      try fileManager.createDirectory(
        at: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: NSNumber(value: Int16(0o700))])
      try fileManager.setAttributes(
        [.posixPermissions: NSNumber(value: Int16(0o700))], ofItemAtPath: folder.path)
    } catch {
      throw StateStoreError.cannotOpen(
        path: statePath, reason: "cannot create the folder \(folder.path)")
    }
  }
}
