/// One terminal cell: a character and the semantic element it belongs to, never a colour.
///
/// A wide character (CJK, most emoji) occupies its cell and the next one; the next one is a
/// continuation cell that the backend does not write.
public struct Cell: Hashable, Sendable {
  /// What the cell shows: a base character with any combining marks.
  public var character: Character
  /// The theme element that styles the cell.
  public var element: ThemeElement
  /// `true` for the right half of a wide character.
  public var isContinuation: Bool

  /// Creates a cell.
  public init(_ character: Character, _ element: ThemeElement, isContinuation: Bool = false) {
    self.character = character
    self.element = element
    self.isContinuation = isContinuation
  }

  /// A space with no styling.
  public static let blank = Cell(" ", .normal)
}
