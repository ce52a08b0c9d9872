import Foundation

extension TerminalColor {
  /// Reads a colour as theme files write it: a name (`blue`, `bright-blue`), a palette index
  /// (`"208"`) or `#rrggbb`.
  ///
  /// - Returns: The colour, or `nil` when `text` is none of these.
  public init?(parsing text: String) {
    let text = text.trimmingCharacters(in: .whitespaces).lowercased()
    if let index = TerminalColor.names[text] {
      self.init(index: index)
    } else if text.hasPrefix("#") {
      let digits = text.dropFirst()
      guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
      self.init(
        red: UInt8(value >> 16 & 0xff), green: UInt8(value >> 8 & 0xff), blue: UInt8(value & 0xff))
    } else if let index = Int(text), (0...255).contains(index) {
      self.init(index: index)
    } else {
      return nil
    }
  }

  /// The colour names theme files may use, by palette index.
  public static let names: [String: Int] = [
    "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6,
    "white": 7, "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10,
    "bright-yellow": 11, "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14,
    "bright-white": 15,
  ]
}
