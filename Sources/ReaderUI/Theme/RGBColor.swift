/// A 24-bit colour: red, green and blue from 0 to 255.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
  /// Red.
  public var red: UInt8
  /// Green.
  public var green: UInt8
  /// Blue.
  public var blue: UInt8

  /// Creates a colour.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// The colour as one number, `0xRRGGBB` (what direct-colour terminals take).
  public var packed: Int { Int(red) << 16 | Int(green) << 8 | Int(blue) }

  /// `#rrggbb`.
  public var description: String {
    let digits = String(packed, radix: 16)
    return "#" + String(repeating: "0", count: 6 - digits.count) + digits
  }

  /// Squared distance to `other`, weighted for the eye (red 2, green 4, blue 3).
  func distance(to other: RGBColor) -> Int {
    let red = Int(self.red) - Int(other.red)
    let green = Int(self.green) - Int(other.green)
    let blue = Int(self.blue) - Int(other.blue)
    return 2 * red * red + 4 * green * green + 3 * blue * blue
  }
}
