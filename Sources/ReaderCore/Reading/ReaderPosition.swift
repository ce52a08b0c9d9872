import ArxivDigest
import DigestQuery
import Foundation

/// Where the reader was when it closed: the paper, the order and the filter. The state file
/// keeps it (`resume = true`) so the next run opens there.
public struct ReaderPosition: Hashable, Sendable, Codable {
  /// The selected paper's id.
  public var paper: String?
  /// The list's order (`day` or `forYou`).
  public var order: String
  /// The filter as typed, when one was kept.
  public var filter: String?

  public init(paper: String?, order: String, filter: String?) {
    self.paper = paper
    self.order = order
    self.filter = filter
  }

  /// The position as JSON text for the state file.
  public var json: String? {
    guard let data = try? JSONEncoder().encode(self) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  /// Reads JSON text from the state file; `nil` when it is not a position.
  public init?(json: String) {
    guard let position = try? JSONDecoder().decode(ReaderPosition.self, from: Data(json.utf8))
    else { return nil }
    self = position
  }
}

extension ReaderState {
  /// Where the reader is now.
  public var position: ReaderPosition {
    let kept: String?
    switch filter {
    case .applied(let text): kept = text
    case .off, .editing: kept = nil
    }
    return ReaderPosition(paper: selectedPaper?.id.rawValue, order: order.rawValue, filter: kept)
  }

  /// Reopens at `position`: its filter (when it still parses), its order, and its paper when
  /// still listed, else the first unread paper.
  public mutating func resume(at position: ReaderPosition) {
    if let text = position.filter, let query = try? Query(parsing: text), !query.isEmpty {
      filter = .applied(text)
      show(query)
    }
    if position.order == ListOrder.forYou.rawValue { order = .forYou }
    if let id = position.paper.flatMap(ArxivID.init),
      let listed = visible.firstIndex(where: { papers[$0].id == id })
    {
      select(position: listed)
    } else if let unread = visible.firstIndex(where: { !marks.isRead(papers[$0].id) }) {
      select(position: unread)
    }
    opened = nil
  }
}
