/// The xterm palette and nearest-colour search, for showing any colour at any depth.
///
/// Indices 0–15 use xterm's default values; 16–231 are the 6×6×6 cube; 232–255 the greys.
public enum TerminalPalette {
  /// The colour of palette entry `index` (0...255).
  public static func rgb(ofIndex index: Int) -> RGBColor {
    let index = max(0, min(255, index))
    if index < 16 { return basic[index] }
    if index < 232 {
      let cube = index - 16
      return RGBColor(
        red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
    }
    let grey = UInt8(8 + 10 * (index - 232))
    return RGBColor(red: grey, green: grey, blue: grey)
  }

  /// The nearest entry of the cube and grey ramp (16–255) to `color`; 0–15 are left out
  /// because terminals redefine them.
  public static func nearest256(to color: RGBColor) -> Int {
    func level(_ value: UInt8) -> Int {
      let value = Int(value)
      if value < 48 { return 0 }
      if value < 115 { return 1 }
      return (value - 35) / 40
    }
    let cube = 16 + 36 * level(color.red) + 6 * level(color.green) + level(color.blue)
    let average = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
    let grey = average > 238 ? 255 : 232 + max(0, (average - 3) / 10)
    let cubeDistance = rgb(ofIndex: cube).distance(to: color)
    let greyDistance = rgb(ofIndex: grey).distance(to: color)
    return greyDistance < cubeDistance ? grey : cube
  }

  /// The nearest of the first `count` palette entries (16 or 8) to `color`.
  public static func nearest(to color: RGBColor, among count: Int) -> Int {
    var best = 0
    var bestDistance = Int.max
    for index in 0..<max(1, min(16, count)) {
      let distance = basic[index].distance(to: color)
      if distance < bestDistance {
        best = index
        bestDistance = distance
      }
    }
    return best
  }

  /// The levels of the 6×6×6 cube.
  static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

  /// xterm's default values of the 16 basic colours.
  static let basic: [RGBColor] = [
    RGBColor(red: 0, green: 0, blue: 0), RGBColor(red: 205, green: 0, blue: 0),
    RGBColor(red: 0, green: 205, blue: 0), RGBColor(red: 205, green: 205, blue: 0),
    RGBColor(red: 0, green: 0, blue: 238), RGBColor(red: 205, green: 0, blue: 205),
    RGBColor(red: 0, green: 205, blue: 205), RGBColor(red: 229, green: 229, blue: 229),
    RGBColor(red: 127, green: 127, blue: 127), RGBColor(red: 255, green: 0, blue: 0),
    RGBColor(red: 0, green: 255, blue: 0), RGBColor(red: 255, green: 255, blue: 0),
    RGBColor(red: 92, green: 92, blue: 255), RGBColor(red: 255, green: 0, blue: 255),
    RGBColor(red: 0, green: 255, blue: 255), RGBColor(red: 255, green: 255, blue: 255),
  ]
}
