import ReaderCore
import ReaderUI
import Testing

@Suite struct ReaderLayoutTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var width: Int
    var height: Int
    var actions: [ReaderAction]
    var list: Rect
    var detail: Rect
    var filter: Rect
    var status: Rect
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(
      name: "120x40 side by side", width: 120, height: 40, actions: [],
      list: Rect(row: 0, column: 0, width: 59, height: 39),
      detail: Rect(row: 0, column: 61, width: 58, height: 39), filter: .zero,
      status: Rect(row: 39, column: 0, width: 120, height: 1)),
    Case(
      name: "119x40 stacked", width: 119, height: 40, actions: [],
      list: Rect(row: 0, column: 0, width: 119, height: 19),
      detail: Rect(row: 20, column: 1, width: 117, height: 19), filter: .zero,
      status: Rect(row: 39, column: 0, width: 119, height: 1)),
    Case(
      name: "80x24 with a filter line", width: 80, height: 24, actions: [.beginFilter],
      list: Rect(row: 0, column: 0, width: 80, height: 10),
      detail: Rect(row: 11, column: 1, width: 78, height: 11),
      filter: Rect(row: 22, column: 0, width: 80, height: 1),
      status: Rect(row: 23, column: 0, width: 80, height: 1)),
    Case(
      name: "80x24 detail focused is full-screen", width: 80, height: 24, actions: [.open],
      list: .zero, detail: Rect(row: 0, column: 1, width: 78, height: 23), filter: .zero,
      status: Rect(row: 23, column: 0, width: 80, height: 1)),
    Case(
      name: "40x10 smallest full layout", width: 40, height: 10, actions: [],
      list: Rect(row: 0, column: 0, width: 40, height: 4),
      detail: Rect(row: 5, column: 1, width: 38, height: 4), filter: .zero,
      status: Rect(row: 9, column: 0, width: 40, height: 1)),
    Case(
      name: "39x10 too small", width: 39, height: 10, actions: [], list: .zero, detail: .zero,
      filter: .zero, status: .zero),
  ])
  func panesFollowTheTerminalSize(_ layoutCase: Case) {
    let state = state(Papers.sample, layoutCase.actions)
    let layout = ReaderLayout(
      size: Size(width: layoutCase.width, height: layoutCase.height), state: state)
    #expect(layout.list == layoutCase.list)
    #expect(layout.detail == layoutCase.detail)
    #expect(layout.filter == layoutCase.filter)
    #expect(layout.status == layoutCase.status)
  }

  @Test func viewportReportsPaneHeightsAndDetailLength() {
    let viewport = ReaderView().viewport(
      for: state(Papers.sample), size: Size(width: 120, height: 40))
    #expect(viewport.listRows == 39)
    #expect(viewport.detailRows == 39)
    #expect(viewport.detailLines == 15)
    #expect(viewport.helpRows == 0)
  }
}
