/// A grid of cells: one frame of the reader, rendered without a terminal.
///
/// Render into a fresh buffer, then send ``diff(from:)`` against the previous frame to the
/// backend, so only changed cells are written.
///
/// ```swift
/// var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
/// buffer.write(Glyph.glyphs("hello", .normal), row: 0, column: 0, width: 80)
/// terminal.draw(buffer.diff(from: previous), cursor: nil)
/// ```
public struct ScreenBuffer: Hashable, Sendable {
  /// Width and height.
  public let size: Size
  /// Cells row by row.
  public internal(set) var cells: [Cell]
  /// Web links drawn into the buffer (text in ``cells``, URL here), for OSC 8 and clicks.
  public var links: [ScreenLink] = []

  /// A blank buffer.
  public init(size: Size) {
    self.size = size
    self.cells = Array(repeating: .blank, count: size.width * size.height)
  }

  /// A buffer holding `lines` as unstyled text, one per row, padded with blanks: for tests.
  public init(lines: [String], width: Int? = nil) {
    let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
    self.init(size: Size(width: width ?? widest, height: lines.count))
    for (row, line) in lines.enumerated() {
      write(Glyph.glyphs(line, .normal), row: row, column: 0, width: size.width)
    }
  }

  /// The cell at `row`, `column`; a blank outside the buffer.
  public subscript(row: Int, column: Int) -> Cell {
    guard contains(row: row, column: column) else { return .blank }
    return cells[row * size.width + column]
  }

  /// `true` when the position is inside the buffer.
  public func contains(row: Int, column: Int) -> Bool {
    row >= 0 && row < size.height && column >= 0 && column < size.width
  }

  /// Writes glyphs from `column` on, at most `width` columns (and never past the edge).
  ///
  /// A wide glyph that would straddle the limit is replaced by a space.
  /// - Returns: Columns written.
  @discardableResult
  public mutating func write(
    _ glyphs: some Sequence<Glyph>, row: Int, column: Int, width: Int
  ) -> Int {
    guard row >= 0, row < size.height else { return 0 }
    let limit = min(size.width, column + max(0, width))
    var current = column
    for glyph in glyphs {
      if current >= limit { break }
      if glyph.width == 2 && current + 1 >= limit {
        set(Cell(" ", glyph.element), row: row, column: current)
        current += 1
        break
      }
      if current >= 0 {
        set(Cell(glyph.character, glyph.element), row: row, column: current)
        if glyph.width == 2 {
          set(Cell(" ", glyph.element, isContinuation: true), row: row, column: current + 1)
        }
      }
      current += max(1, glyph.width)
    }
    return max(0, current - column)
  }

  /// Writes plain text in one element; see ``write(_:row:column:width:)``.
  @discardableResult
  public mutating func write(
    _ text: String, _ element: ThemeElement, row: Int, column: Int, width: Int
  ) -> Int {
    write(Glyph.glyphs(text, element), row: row, column: column, width: width)
  }

  /// Fills a rectangle with `character` (a one-column character) in `element`.
  public mutating func fill(_ rect: Rect, with character: Character = " ", _ element: ThemeElement)
  {
    let rows = max(0, rect.row)..<min(size.height, rect.row + rect.height)
    let columns = max(0, rect.column)..<min(size.width, rect.column + rect.width)
    guard !rows.isEmpty, !columns.isEmpty else { return }
    for row in rows {
      for column in columns { set(Cell(character, element), row: row, column: column) }
    }
  }

  /// Cells that differ from `previous`, in row order; every cell when the sizes differ.
  ///
  /// - Complexity: O(width × height).
  public func diff(from previous: ScreenBuffer) -> [CellChange] {
    var changes: [CellChange] = []
    let sameSize = previous.size == size
    for index in cells.indices where !sameSize || cells[index] != previous.cells[index] {
      changes.append(
        CellChange(row: index / size.width, column: index % size.width, cell: cells[index]))
    }
    return changes
  }

  /// Sets one cell, repairing any wide character it splits.
  private mutating func set(_ cell: Cell, row: Int, column: Int) {
    guard contains(row: row, column: column) else { return }
    let index = row * size.width + column
    let old = cells[index]
    if old.isContinuation && !cell.isContinuation && column > 0 {
      cells[index - 1] = Cell(" ", cells[index - 1].element)
    }
    if !old.isContinuation && column + 1 < size.width && cells[index + 1].isContinuation
      && !cell.isContinuation && DisplayWidth.of(cell.character) < 2
    {
      cells[index + 1] = Cell(" ", cells[index + 1].element)
    }
    cells[index] = cell
  }
}
