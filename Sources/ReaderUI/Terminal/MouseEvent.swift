/// What the mouse did, where (0-based screen row and column).
public struct MouseEvent: Hashable, Sendable {
  /// The kind of mouse event.
  public enum Kind: Hashable, Sendable {
    /// The left button went down.
    case press
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down.
    case wheelDown
  }

  /// What happened.
  public var kind: Kind
  /// The screen row.
  public var row: Int
  /// The screen column.
  public var column: Int

  /// Creates an event.
  public init(_ kind: Kind, row: Int, column: Int) {
    self.kind = kind
    self.row = row
    self.column = column
  }
}
