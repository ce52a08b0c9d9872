import Foundation
import GRDB

extension SQLiteMarkStore {
  /// `PRAGMA application_id` of digest state files (`dgst`), so that another program's SQLite
  /// database is recognized and left alone.
  public static let applicationID: Int32 = 0x6467_7374

  /// The schema's migrations, oldest first. Released migrations are never edited: a change
  /// is a new migration.
  public static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    // The first schema: marks, the append-only event log and the undo history.
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          PRAGMA application_id = 1684501364;
          CREATE TABLE mark (
            paperId TEXT PRIMARY KEY NOT NULL,
            isRead INTEGER NOT NULL DEFAULT 0,
            readChangedAt INTEGER,
            isStarred INTEGER NOT NULL DEFAULT 0,
            starredChangedAt INTEGER
          ) WITHOUT ROWID;
          CREATE TABLE event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            time INTEGER NOT NULL,
            action TEXT NOT NULL,
            kind TEXT NOT NULL,
            ids TEXT NOT NULL,
            newValues TEXT NOT NULL,
            oldValues TEXT NOT NULL,
            target TEXT,
            isImported INTEGER NOT NULL DEFAULT 0
          );
          CREATE TRIGGER eventIsAppendOnlyOnUpdate BEFORE UPDATE ON event
          BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
          CREATE TRIGGER eventIsAppendOnlyOnDelete BEFORE DELETE ON event
          BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
          CREATE TABLE history (
            event INTEGER PRIMARY KEY NOT NULL REFERENCES event(id),
            isUndone INTEGER NOT NULL DEFAULT 0
          );
          """)
    }
    // Papers remembered when marked, so starred papers export without their digest.
    migrator.registerMigration("v2-remembered-papers") { db in
      try db.execute(
        sql: """
          CREATE TABLE paper (
            paperId TEXT PRIMARY KEY NOT NULL,
            version INTEGER,
            title TEXT NOT NULL,
            abstract TEXT NOT NULL,
            category TEXT NOT NULL,
            date TEXT NOT NULL,
            number INTEGER NOT NULL,
            pdfURL TEXT,
            sourcePath TEXT NOT NULL,
            sourceLine INTEGER NOT NULL,
            sourceColumn INTEGER NOT NULL,
            authors TEXT,
            categories TEXT,
            comments TEXT,
            rememberedAt INTEGER NOT NULL
          ) WITHOUT ROWID;
          """)
    }
    // How each paper became read, and each event's source; settings the reader keeps
    // between runs (where it was, the last theme, the filter history).
    migrator.registerMigration("v3-read-source-and-settings") { db in
      try db.execute(
        sql: """
          ALTER TABLE mark ADD COLUMN readSource TEXT;
          ALTER TABLE event ADD COLUMN source TEXT;
          CREATE TABLE setting (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
          ) WITHOUT ROWID;
          """)
    }
    return migrator
  }

  /// Runs `body` again while it fails with `SQLITE_BUSY`, for up to ``busyTimeout``.
  ///
  /// SQLite does not call the busy handler for every lock: switching a new file to WAL while
  /// another process creates the same file can fail at once with "database is locked".
  /// Opening is idempotent, so it is simply retried.
  static func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
    let deadline = Date().addingTimeInterval(busyTimeout)
    while true {
      do {
        return try body()
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
        guard Date() < deadline else { throw error }
        Thread.sleep(forTimeInterval: 0.002)
      }
    }
  }

  /// Checks that the database is digest state (or empty) and migrates it.
  ///
  /// Two processes may create the same new file at once: migrations run in `IMMEDIATE`
  /// transactions, so the second waits, fails on tables that now exist, finds the schema
  /// complete and goes on.
  ///
  /// The file is only changed (WAL mode, migrations) once it is known to be digest state.
  static func prepareSchema(
    _ writer: any DatabaseWriter, path: String, isReadOnly: Bool, usesWAL: Bool
  ) throws {
    let migrator = SQLiteMarkStore.migrator
    let (identity, isComplete, isSuperseded) = try writer.read { db in
      let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
      let objects =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            + " AND name <> 'grdb_migrations'") ?? 0
      let identity = applicationID == SQLiteMarkStore.applicationID || objects == 0
      guard identity else { return (false, false, false) }
      let hasMigrations = try db.tableExists("grdb_migrations")
      return (
        true,
        hasMigrations ? try migrator.hasCompletedMigrations(db) : false,
        hasMigrations ? try migrator.hasBeenSuperseded(db) : false
      )
    }
    guard identity else { throw StateStoreError.foreignDatabase(path: path) }
    guard !isSuperseded else { throw StateStoreError.newerSchema(path: path) }
    if usesWAL {
      try writer.writeWithoutTransaction { db in
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        guard mode == "wal" else {
          throw StateStoreError.cannotOpen(path: path, reason: "WAL mode is not available")
        }
        // A mark is durable, not only atomic, once the call returns.
        try db.execute(sql: "PRAGMA synchronous = FULL")
      }
    }
    guard !isComplete else { return }
    guard !isReadOnly else { throw StateStoreError.readOnly(path: path) }
    var attempts = 0
    while true {
      do {
        try migrator.migrate(writer)
        return
      } catch {
        attempts += 1
        let done = (try? writer.read { try migrator.hasCompletedMigrations($0) }) ?? false
        if done { return }
        if attempts >= 3 { throw error }
      }
    }
  }
}
