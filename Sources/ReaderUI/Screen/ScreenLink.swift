/// A web link shown on screen: where its text is and the URL it opens. Terminals that
/// understand OSC 8 get these cells as a hyperlink, and a click on them opens the URL.
public struct ScreenLink: Hashable, Sendable {
  /// The screen row.
  public var row: Int
  /// The first column.
  public var column: Int
  /// The cells of the link text, as drawn (continuation cells included).
  public var cells: [Cell]
  /// The URL opened.
  public var url: String

  /// Creates a link.
  public init(row: Int, column: Int, cells: [Cell], url: String) {
    self.row = row
    self.column = column
    self.cells = cells
    self.url = url
  }

  /// Columns the link text takes.
  public var width: Int { cells.count }

  /// `true` when the cell at `row`, `column` is part of the link.
  public func contains(row: Int, column: Int) -> Bool {
    row == self.row && column >= self.column && column < self.column + width
  }
}
