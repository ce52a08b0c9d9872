import ArxivDigest

/// A stand-in store until the SQLite store lands (#3).
public final class InMemoryMarkStore: MarkStore {
  private var current = Marks()
  private var done: [(MarkChange, Marks)] = []
  private var undone: [(MarkChange, Marks)] = []
  public let isReadOnly = false
  public init() {}
  public func marks() throws -> Marks { current }
  public func apply(_ change: MarkChange, papers: [Paper]) throws {
    done.append((change, current))
    undone.removeAll()
    current.apply(change)
    for paper in papers { remembered[paper.id] = paper }
  }
  private var remembered: [ArxivID: Paper] = [:]
  public func rememberedPapers(_ ids: [ArxivID]) throws -> [Paper] { ids.compactMap { remembered[$0] } }
  public func undo() throws -> MarkChange? {
    guard let (change, before) = done.popLast() else { return nil }
    undone.append((change, current))
    current = before
    return change
  }
  public func redo() throws -> MarkChange? {
    guard let (change, _) = undone.popLast() else { return nil }
    done.append((change, current))
    current.apply(change)
    return change
  }
}
