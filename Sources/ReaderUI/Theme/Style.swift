/// How one theme element looks: colours and attributes, plus what to use without colour.
public struct Style: Hashable, Sendable {
  /// Foreground; `nil` keeps the terminal's own.
  public var foreground: TerminalColor?
  /// Background; `nil` keeps the terminal's own.
  public var background: TerminalColor?
  /// Attributes used with colour.
  public var attributes: TextAttributes
  /// Attributes used instead on a terminal without colour.
  public var monochrome: TextAttributes

  /// Creates a style.
  public init(
    foreground: TerminalColor? = nil, background: TerminalColor? = nil,
    attributes: TextAttributes = [], monochrome: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
    self.monochrome = monochrome
  }

  /// The terminal's default look.
  public static let plain = Style()
}
