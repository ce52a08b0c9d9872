/// A cell that differs from the previous frame: what the backend must write.
public struct CellChange: Hashable, Sendable {
  /// Row of the cell.
  public var row: Int
  /// Column of the cell.
  public var column: Int
  /// The new contents.
  public var cell: Cell

  /// Creates a change.
  public init(row: Int, column: Int, cell: Cell) {
    self.row = row
    self.column = column
    self.cell = cell
  }
}
