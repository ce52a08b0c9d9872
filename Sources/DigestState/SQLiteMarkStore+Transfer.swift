import ArxivDigest
import Foundation
import GRDB

extension SQLiteMarkStore {
  /// The whole state as one document: every mark with its change times, and the event log.
  public func exportState() throws -> StateExport {
    try guarded {
      try writer.read { db in
        var marks: [StateExport.Mark] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM mark ORDER BY paperId")
        while let fetched = try rows.next() {
          marks.append(try SQLiteMarkStore.mark(from: StateRow(table: "mark", row: fetched)))
        }
        let events = try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY id").map {
          try SQLiteMarkStore.event(from: StateRow(table: "event", row: $0))
        }
        let papers = try Row.fetchAll(db, sql: "SELECT * FROM paper ORDER BY paperId")
          .map { fetched in
            let row = StateRow(table: "paper", row: fetched)
            return StateExport.Paper(
              try SQLiteMarkStore.paper(from: row),
              remembered: Timestamp(milliseconds: try row.integer("rememberedAt")))
          }
        return StateExport(
          exported: Timestamp(clock()), marks: marks, events: events, papers: papers)
      }
    }
  }

  /// Reads a `mark` row with its change times.
  ///
  /// - Throws: ``StateRow/Damage`` naming the column that cannot be read.
  static func mark(from row: StateRow) throws(StateRow.Damage) -> StateExport.Mark {
    guard let id = ArxivID(try row.text("paperId")) else {
      throw row.damage("column paperId is not an arXiv id")
    }
    return StateExport.Mark(
      id: id, read: try row.bool("isRead"),
      readChanged: try row.optionalInteger("readChangedAt").map(Timestamp.init(milliseconds:)),
      starred: try row.bool("isStarred"),
      starredChanged: try row.optionalInteger("starredChangedAt").map(
        Timestamp.init(milliseconds:)))
  }

  /// Merges a document written elsewhere, in one transaction.
  ///
  /// For each paper and each mark (read, starred), the most recent change wins: the imported
  /// value is taken when it changed later than the local one. Events not yet in the log are
  /// appended (they are not put on the undo history), and paper details unknown here or newer
  /// are remembered. Importing the same document twice
  /// changes nothing the second time.
  ///
  /// - Throws: ``StateExport/Invalid`` when the document is inconsistent (nothing is written);
  ///   ``StateStoreError/readOnly(path:)`` on a read-only store.
  @discardableResult
  public func importState(_ document: StateExport) throws -> ImportSummary {
    try document.validate()
    return try write { db in
      var added = 0
      let exists = try db.cachedStatement(sql: "SELECT 1 FROM event WHERE uuid = ?")
      let events = document.events.sorted { ($0.time, $0.uuid) < ($1.time, $1.uuid) }
      for event in events where try Bool.fetchOne(exists, arguments: [event.uuid]) == nil {
        _ = try SQLiteMarkStore.append(db, event, isImported: true)
        added += 1
      }
      var changed = 0
      for mark in document.marks {
        let parts: [(MarkKind, Bool, Timestamp?)] = [
          (.read, mark.read, mark.readChanged), (.starred, mark.starred, mark.starredChanged),
        ]
        for (kind, value, time) in parts {
          guard let time else { continue }
          let local = try SQLiteMarkStore.valueAndTime(db, kind, mark.id)
          if let changed = local?.changed, changed >= time { continue }
          try SQLiteMarkStore.set(db, kind, [mark.id], [value], at: time)
          if (local?.value ?? false) != value { changed += 1 }
        }
      }
      var remembered = 0
      let rememberedAt = try db.cachedStatement(
        sql: "SELECT rememberedAt FROM paper WHERE paperId = ?")
      for paper in document.papers {
        let local = try Int64.fetchOne(rememberedAt, arguments: [paper.id.rawValue])
        if let local, local >= paper.remembered.milliseconds { continue }
        try SQLiteMarkStore.remember(db, paper.paper, at: paper.remembered)
        remembered += 1
      }
      return ImportSummary(
        addedEvents: added, changedMarks: changed, rememberedPapers: remembered)
    }
  }
}

extension StateExport {
  /// Why a document cannot be imported.
  public struct Invalid: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong, in one line.
    public var description: String
  }

  /// Checks the format name, the version and that each event's lists have the same length.
  ///
  /// - Throws: ``Invalid`` describing the first problem.
  public func validate() throws {
    guard format == "digest-state" else {
      throw Invalid(description: "not a digest state document (format \"\(format)\")")
    }
    guard version == 1 else {
      throw Invalid(description: "state document version \(version) is not supported")
    }
    for event in events
    where event.ids.count != event.values.count || event.ids.count != event.previous.count {
      throw Invalid(description: "event \(event.uuid): ids, values and previous differ in length")
    }
  }
}
