import ArxivDigest
import Foundation
import GRDB
import Testing

@testable import DigestState

@Suite struct MigrationTests {
  /// The first released schema, frozen here as written by migration `v1`, with some data.
  static let firstSchema = """
    PRAGMA application_id = 1684501364;
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    INSERT INTO grdb_migrations VALUES ('v1');
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
    INSERT INTO mark VALUES ('1912.11474', 1, 1577264400000, 1, 1577264500000);
    INSERT INTO event (uuid, time, action, kind, ids, newValues, oldValues)
    VALUES ('e1', 1577264400000, 'read', 'read', '["1912.11474"]', '[true]', '[false]');
    INSERT INTO event (uuid, time, action, kind, ids, newValues, oldValues)
    VALUES ('e2', 1577264500000, 'star', 'starred', '["1912.11474"]', '[true]', '[false]');
    INSERT INTO history VALUES (1, 0), (2, 0);
    """

  @Test func aDatabaseMadeByTheFirstSchemaOpensWithItsMarksAndHistory() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("state.sqlite")
    do {
      let old = try DatabaseQueue(path: url.path)
      try old.write { try $0.execute(sql: MigrationTests.firstSchema) }
    }
    let store = try SQLiteMarkStore(at: url)
    #expect(try store.marks() == Marks(read: [id("1912.11474")], starred: [id("1912.11474")]))
    #expect(try store.events().map(\.uuid) == ["e1", "e2"])
    let applied = try store.writer.read { try SQLiteMarkStore.migrator.appliedMigrations($0) }
    #expect(applied == ["v1", "v2-remembered-papers", "v3-read-source-and-settings"])
    #expect(try store.undo() == MarkChange(.starred, true, ids: [id("1912.11474")]))
    let starred = try paper("1912.11473", title: "Dense RepPoints")
    try store.apply(MarkChange(.starred, true, ids: [starred.id]), papers: [starred])
    #expect(try store.rememberedPapers([starred.id]) == [starred])
  }

  @Test func theFirstMigrationIsTheFrozenFirstSchema() throws {
    let frozen = try DatabaseQueue()
    try frozen.write { try $0.execute(sql: MigrationTests.firstSchema) }
    let migrated = try DatabaseQueue()
    try SQLiteMarkStore.migrator.migrate(migrated, upTo: "v1")
    let schema = { (db: Database) in
      try String.fetchAll(
        db, sql: "SELECT sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    }
    let normalize = { (sql: [String]) in
      sql.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }
    #expect(normalize(try frozen.read(schema)) == normalize(try migrated.read(schema)))
  }

  @Test func aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("state.sqlite")
    do {
      let store = try SQLiteMarkStore(at: url)
      try store.writer.write {
        try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')")
      }
    }
    #expect(throws: StateStoreError.newerSchema(path: url.path)) {
      try SQLiteMarkStore(at: url)
    }
  }
}
