/// A terminal palette colour by index: 0–7 the basic colours, 8–15 their bright forms, up to
/// 255 on 256-colour terminals.
public struct TerminalColor: Hashable, Sendable {
  /// The palette index.
  public var index: Int

  /// Creates a colour from a palette index (clamped to 0...255).
  public init(index: Int) { self.index = max(0, min(255, index)) }

  /// Black.
  public static let black = TerminalColor(index: 0)
  /// Red.
  public static let red = TerminalColor(index: 1)
  /// Green.
  public static let green = TerminalColor(index: 2)
  /// Yellow.
  public static let yellow = TerminalColor(index: 3)
  /// Blue.
  public static let blue = TerminalColor(index: 4)
  /// Magenta.
  public static let magenta = TerminalColor(index: 5)
  /// Cyan.
  public static let cyan = TerminalColor(index: 6)
  /// White.
  public static let white = TerminalColor(index: 7)
}
