/// How many colours the terminal shows, from exact 24-bit colour down to none.
///
/// ```swift
/// ColorDepth.detect(environment: ["COLORTERM": "truecolor"], colorCount: 256)  // .palette256
/// ```
public enum ColorDepth: String, Hashable, Sendable, CaseIterable {
  /// Any `#rrggbb` colour (a direct-colour terminal, `COLORTERM=truecolor`).
  case trueColor = "truecolor"
  /// The xterm-256 palette.
  case palette256 = "256"
  /// The 8 basic colours and their bright forms.
  case palette16 = "16"
  /// The 8 basic colours.
  case palette8 = "8"
  /// No colour: attributes only.
  case none

  /// The depth to use: none with `NO_COLOR` set (and not empty) or without colour; truecolor
  /// when `COLORTERM` is `truecolor` or `24bit` and the terminal takes direct colours;
  /// otherwise the largest palette `colorCount` covers.
  ///
  /// - Parameters:
  ///   - environment: The process environment (`NO_COLOR`, `COLORTERM`).
  ///   - colorCount: The colours the terminal description reports (ncurses' `COLORS`); 0
  ///     without colour, 2^24 for a direct-colour terminal.
  public static func detect(environment: [String: String], colorCount: Int) -> ColorDepth {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
    let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
    if colorCount >= 1 << 24 {
      return colorTerm == "truecolor" || colorTerm == "24bit" ? .trueColor : .palette256
    }
    if colorCount >= 256 { return .palette256 }
    if colorCount >= 16 { return .palette16 }
    if colorCount >= 8 { return .palette8 }
    return .none
  }
}
