import ReaderUI
import Testing

/// Colours as themes write them, and how they degrade to what a terminal shows.
@Suite struct TerminalColorTests {
  struct DegradeCase: CustomTestStringConvertible, Sendable {
    var name: String
    var color: TerminalColor
    var trueColor: Int
    var palette256: Int
    var palette16: Int
    var palette8: Int
    var testDescription: String { name }
  }

  static let degradeCases: [DegradeCase] = [
    DegradeCase(
      name: "basic blue stays itself", color: .blue, trueColor: 4, palette256: 4, palette16: 4,
      palette8: 4),
    DegradeCase(
      name: "bright blue loses brightness at 8", color: TerminalColor(index: 12),
      trueColor: 0x5c5cff, palette256: 12, palette16: 12, palette8: 4),
    DegradeCase(
      name: "cube orange 208 becomes yellow", color: TerminalColor(index: 208),
      trueColor: 0xff8700, palette256: 208, palette16: 3, palette8: 3),
    DegradeCase(
      name: "solarized blue #268bd2", color: TerminalColor(red: 0x26, green: 0x8b, blue: 0xd2),
      trueColor: 0x268bd2, palette256: 32, palette16: 6, palette8: 6),
    DegradeCase(
      name: "white #ffffff", color: TerminalColor(red: 255, green: 255, blue: 255),
      trueColor: 0xffffff, palette256: 231, palette16: 15, palette8: 7),
    DegradeCase(
      name: "black #000000", color: TerminalColor(red: 0, green: 0, blue: 0), trueColor: 0,
      palette256: 16, palette16: 0, palette8: 0),
    DegradeCase(
      name: "mid grey #808080 uses the grey ramp",
      color: TerminalColor(red: 128, green: 128, blue: 128),
      trueColor: 0x808080, palette256: 244, palette16: 8, palette8: 7),
  ]

  @Test(arguments: degradeCases)
  func colorDegradesToTheNearestColorAtEachDepth(_ example: DegradeCase) {
    #expect(example.color.value(for: .trueColor) == example.trueColor)
    #expect(example.color.value(for: .palette256) == example.palette256)
    #expect(example.color.value(for: .palette16) == example.palette16)
    #expect(example.color.value(for: .palette8) == example.palette8)
    #expect(example.color.value(for: .none) == nil)
  }

  struct ParseCase: CustomTestStringConvertible, Sendable {
    var text: String
    var color: TerminalColor?
    var testDescription: String { text }
  }

  static let parseCases: [ParseCase] = [
    ParseCase(text: "blue", color: .blue),
    ParseCase(text: "Bright-Blue", color: TerminalColor(index: 12)),
    ParseCase(text: "grey", color: TerminalColor(index: 8)),
    ParseCase(text: "208", color: TerminalColor(index: 208)),
    ParseCase(text: "#268BD2", color: TerminalColor(red: 0x26, green: 0x8b, blue: 0xd2)),
    ParseCase(text: "256", color: nil),
    ParseCase(text: "-1", color: nil),
    ParseCase(text: "#12345", color: nil),
    ParseCase(text: "#gggggg", color: nil),
    ParseCase(text: "navy", color: nil),
  ]

  @Test(arguments: parseCases)
  func colorParsesNamesIndicesAndHex(_ example: ParseCase) {
    #expect(TerminalColor(parsing: example.text) == example.color)
  }

  @Test func hexColorKnowsItsNearestPaletteIndex() {
    let color = TerminalColor(red: 0x26, green: 0x8b, blue: 0xd2)
    #expect(color.index == 32)
    #expect(color.rgb?.description == "#268bd2")
  }

  struct DepthCase: CustomTestStringConvertible, Sendable {
    var name: String
    var environment: [String: String]
    var colors: Int
    var depth: ColorDepth
    var testDescription: String { name }
  }

  static let depthCases: [DepthCase] = [
    DepthCase(name: "no colour", environment: [:], colors: 0, depth: .none),
    DepthCase(name: "8 colours", environment: [:], colors: 8, depth: .palette8),
    DepthCase(name: "16 colours", environment: [:], colors: 16, depth: .palette16),
    DepthCase(name: "256 colours", environment: [:], colors: 256, depth: .palette256),
    DepthCase(
      name: "COLORTERM without direct colour", environment: ["COLORTERM": "truecolor"],
      colors: 256, depth: .palette256),
    DepthCase(
      name: "COLORTERM truecolor with direct colour", environment: ["COLORTERM": "truecolor"],
      colors: 1 << 24, depth: .trueColor),
    DepthCase(
      name: "COLORTERM 24bit with direct colour", environment: ["COLORTERM": "24bit"],
      colors: 1 << 24, depth: .trueColor),
    DepthCase(
      name: "direct colour without COLORTERM", environment: [:], colors: 1 << 24,
      depth: .palette256),
    DepthCase(
      name: "NO_COLOR wins", environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"],
      colors: 1 << 24, depth: .none),
    DepthCase(
      name: "empty NO_COLOR is ignored", environment: ["NO_COLOR": ""], colors: 256,
      depth: .palette256),
  ]

  @Test(arguments: depthCases)
  func depthFollowsTheTerminalAndTheEnvironment(_ example: DepthCase) {
    #expect(ColorDepth.detect(environment: example.environment, colorCount: example.colors)
      == example.depth)
  }
}
