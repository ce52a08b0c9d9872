import ArxivDigest
import DigestQuery
import ReaderCore
import ReaderUI
import Testing

/// `F`: the saved filters over the list, each with its count now.
@Suite struct SavedFiltersPaneTests {
  @Test func savedFiltersShowWithTheirCountsAndTheSelectedRow() {
    var state = state(Papers.sample, marks: Marks(starred: [Papers.id(1)]))
    state.useSavedFilters([
      SavedFilter(name: "navigation", query: "navigation or graph"),
      SavedFilter(name: "starred", query: "is:starred"),
      SavedFilter(name: "broken", query: "ti:"),
    ])
    _ = state.reduce(.showSavedFilters)
    _ = state.reduce(.moveDown)
    let buffer = rendered(state, width: 60, height: 10)
    #expect(
      buffer.text == #"""
        " Saved filters  (Enter applies, Esc closes)                 "
        "                                                            "
        "   navigation  2  navigation or graph                       "
        " ▶ starred     1  is:starred                                "
        "   broken      ?  ti:  column 1: missing value after "ti:"  "
        "                                                            "
        "                                                            "
        "                                                            "
        "                                                            "
        " 1/4 · 4 unread · 1 ★        j/k move  Enter open  / filter "
        """#)
    #expect(buffer[2, 3].element == .helpKey)
    #expect(buffer[2, 15].element == .help)
    #expect(buffer[3, 1].element == .listSelected)
    #expect(buffer[3, 58].element == .listSelected)
    #expect(buffer[4, 23].element == .filterError)
  }
}
