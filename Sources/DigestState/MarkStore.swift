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
  /// A number that changes when another process (another connection) commits to the store,
  /// and not for this store's own changes; `nil` when the store cannot tell.
  func externalChangeToken() throws -> Int?
}

extension MarkStore {
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
