/// One row of the list pane: a day header or a paper.
public enum ListRow: Hashable, Sendable {
  /// A day header for ``ReaderState/sections``[`section`], showing `count` listed papers.
  case header(section: Int, count: Int)
  /// The paper at this index of ``ReaderState/papers``.
  case paper(Int)
}
