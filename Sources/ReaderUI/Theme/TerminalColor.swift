/// A colour as a theme gives it: a palette index (0–7 the basic colours, 8–15 their bright
/// forms, up to 255 on 256-colour terminals) or an exact `#rrggbb` colour.
///
/// ```swift
/// let blue = TerminalColor.blue                      // palette index 4
/// let accent = TerminalColor(red: 0x26, green: 0x8b, blue: 0xd2)
/// accent.index                                       // 32, the nearest xterm-256 colour
/// accent.value(for: .palette16)                      // 4 (blue)
/// ```
public struct TerminalColor: Hashable, Sendable {
  /// The palette index; for an exact colour, the nearest colour of the xterm-256 palette.
  public var index: Int
  /// The exact colour, or `nil` for a palette colour.
  public var rgb: RGBColor?

  /// Creates a colour from a palette index (clamped to 0...255).
  public init(index: Int) {
    self.index = max(0, min(255, index))
    self.rgb = nil
  }

  /// Creates an exact colour, shown as itself on truecolor terminals and as the nearest
  /// palette colour elsewhere.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    let rgb = RGBColor(red: red, green: green, blue: blue)
    self.rgb = rgb
    self.index = TerminalPalette.nearest256(to: rgb)
  }

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
