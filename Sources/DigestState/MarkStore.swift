import ArxivDigest
import Foundation

/// Where marks live: the reader and the CLI read and change marks only through this.
///
/// Every change is committed before the call returns.
public protocol MarkStore: AnyObject {
  /// `true` when the store was opened read-only (a read-only state file): changes throw.
  var isReadOnly: Bool { get }
  /// All marks.
  func marks() throws -> Marks
  /// Applies one change as one event; `papers` are remembered so starred papers can be
  /// exported when their digest is not loaded.
  func apply(_ change: MarkChange, papers: [Paper]) throws
  /// Reverts the last event; returns what was undone, or `nil` when there is nothing to undo.
  func undo() throws -> MarkChange?
  /// Re-applies the last undone event; returns it, or `nil` when there is nothing to redo.
  func redo() throws -> MarkChange?
  /// What the store remembers of these papers (saved when they were marked), in the given
  /// order; ids it knows nothing about are left out.
  func rememberedPapers(_ ids: [ArxivID]) throws -> [Paper]
  /// The marks of `ids` only (what an undo or redo just changed), without reading the rest.
  func marks(of ids: [ArxivID]) throws -> Marks
  /// A setting the reader keeps between runs (`nil` when never set).
  func setting(_ key: String) throws -> String?
  /// Sets (or, with `nil`, forgets) a setting the reader keeps between runs.
  func setSetting(_ key: String, to value: String?) throws
  /// A number that changes when another process (another connection) commits to the store,
  /// and not for this store's own changes; `nil` when the store cannot tell.
  func externalChangeToken() throws -> Int?
}

extension MarkStore {
  /// The marks of `ids`, taken from all marks: stores with a faster way override it.
  public func marks(of ids: [ArxivID]) throws -> Marks {
    let all = try marks()
    let wanted = Set(ids)
    return Marks(
      read: all.read.intersection(wanted), starred: all.starred.intersection(wanted),
      readInBulk: all.readInBulk.intersection(wanted))
  }

  /// Stores that keep no settings remember nothing.
  public func setting(_ key: String) throws -> String? { nil }
  /// Stores that keep no settings ignore them.
  public func setSetting(_ key: String, to value: String?) throws {}

  /// `nil`: this store cannot tell whether another process changed it.
  public func externalChangeToken() throws -> Int? { nil }
}

/// Opens the state store at `url` (created with its folder when missing).
///
/// A state file that cannot be written opens read-only (``MarkStore/isReadOnly``).
///
/// - Throws: A ``StateStoreError`` naming the file when it is not a usable state database.
public func openMarkStore(at url: URL) throws -> any MarkStore {
  try SQLiteMarkStore(at: url)
}
