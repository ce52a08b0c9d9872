/// How the reader divides the screen, from the config's `[layout]`.
public struct LayoutSettings: Hashable, Sendable {
  /// The list's share of the width (side by side) or of the height (stacked), 0.2…0.8.
  public var splitRatio: Double
  /// From this width on, list and detail sit side by side.
  public var sideBySideWidth: Int

  /// Creates settings; the ratio is clamped to 0.2…0.8 and the width to at least 40.
  public init(splitRatio: Double = 0.5, sideBySideWidth: Int = 120) {
    self.splitRatio = min(0.8, max(0.2, splitRatio))
    self.sideBySideWidth = max(40, sideBySideWidth)
  }

  /// Half and half, side by side from 120 columns.
  public static let `default` = LayoutSettings()
}
