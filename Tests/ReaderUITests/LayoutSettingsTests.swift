import ArxivDigest
import ReaderCore
import ReaderUI
import Testing

/// `[layout]` in the config: the list's share and the side-by-side threshold.
@Suite struct LayoutSettingsTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var width: Int
    var settings: LayoutSettings
    var list: Rect
    var detail: Rect
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(
      name: "a third side by side", width: 121, settings: LayoutSettings(splitRatio: 1.0 / 3),
      list: Rect(row: 0, column: 0, width: 40, height: 39),
      detail: Rect(row: 0, column: 42, width: 78, height: 39)),
    Case(
      name: "side by side from 100 columns", width: 100,
      settings: LayoutSettings(sideBySideWidth: 100),
      list: Rect(row: 0, column: 0, width: 49, height: 39),
      detail: Rect(row: 0, column: 51, width: 48, height: 39)),
    Case(
      name: "stacked with a quarter for the list", width: 100,
      settings: LayoutSettings(splitRatio: 0.25),
      list: Rect(row: 0, column: 0, width: 100, height: 9),
      detail: Rect(row: 10, column: 1, width: 98, height: 29)),
    Case(
      name: "ratio clamped to 0.8", width: 100, settings: LayoutSettings(splitRatio: 0.95),
      list: Rect(row: 0, column: 0, width: 100, height: 30),
      detail: Rect(row: 31, column: 1, width: 98, height: 8)),
  ])
  func settingsDivideTheScreen(_ example: Case) {
    let state = ReaderState(papers: [], today: Papers.christmas)
    let layout = ReaderLayout(
      size: Size(width: example.width, height: 40), state: state, settings: example.settings)
    #expect(layout.list == example.list)
    #expect(layout.detail == example.detail)
  }
}
