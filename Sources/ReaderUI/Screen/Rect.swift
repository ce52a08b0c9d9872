/// A rectangle of cells: a pane's place on the screen.
public struct Rect: Hashable, Sendable {
  /// First row.
  public var row: Int
  /// First column.
  public var column: Int
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Creates a rectangle; negative sizes count as zero.
  public init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The empty rectangle at the origin: a pane that is not shown.
  public static let zero = Rect(row: 0, column: 0, width: 0, height: 0)

  /// `true` when the rectangle holds no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// `true` when the cell at `row`, `column` is inside the rectangle.
  public func contains(row: Int, column: Int) -> Bool {
    row >= self.row && row < self.row + height && column >= self.column
      && column < self.column + width
  }
}
