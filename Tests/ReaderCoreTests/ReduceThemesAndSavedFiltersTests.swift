import ArxivDigest
import DigestQuery
import ReaderCore
import Testing

/// `t` cycles themes by name; `F` lists saved filters with counts and applies one.
@Suite struct ReduceThemesAndSavedFiltersTests {
  @Test func cyclingThemeMovesToTheNextNameAndAsksToApplyIt() {
    var state = ReaderState(papers: Papers.papers(2), today: Papers.christmas)
    state.useThemes(["default-dark", "monochrome", "nord"], current: "monochrome")
    #expect(state.reduce(.cycleTheme) == [.applyTheme("nord")])
    #expect(state.themes.current == "nord")
    #expect(state.status == "theme nord")
    #expect(state.reduce(.cycleTheme) == [.applyTheme("default-dark")])
  }

  @Test func cyclingWithOneThemeSaysSo() {
    var state = ReaderState(papers: Papers.papers(2), today: Papers.christmas)
    state.useThemes(["default-dark"], current: "default-dark")
    #expect(state.reduce(.cycleTheme) == [])
    #expect(state.status == "no other theme")
  }

  static let papers = [
    Papers.paper(1, title: "Visual tracking"), Papers.paper(2, title: "Medical tracking"),
    Papers.paper(3, title: "Point clouds"),
  ]

  @Test func savedFiltersAreCountedAndTheChosenOneApplied() {
    var state = ReaderState(
      papers: Self.papers, marks: Marks(starred: [Papers.id(3)]), today: Papers.christmas)
    state.useSavedFilters([
      SavedFilter(name: "tracking", query: "tracking -medical"),
      SavedFilter(name: "starred", query: "is:starred"),
      SavedFilter(name: "broken", query: "ti:"),
    ])
    #expect(state.reduce(.showSavedFilters) == [])
    #expect(state.savedFilters.isShown)
    #expect(state.savedFilters.rows.map(\.count) == [1, 1, nil])
    _ = state.reduce(.moveDown)
    #expect(state.savedFilters.cursor == 1)
    _ = state.reduce(.open)
    #expect(!state.savedFilters.isShown)
    #expect(state.filter == .applied("is:starred"))
    #expect(state.selectedPaper?.id == Papers.id(3))
    #expect(state.status == "filter starred: 1 of 3 papers")
  }

  @Test func escapeClosesSavedFiltersWithoutFiltering() {
    var state = ReaderState(papers: Self.papers, today: Papers.christmas)
    state.useSavedFilters([SavedFilter(name: "tracking", query: "tracking")])
    _ = state.reduce(.showSavedFilters)
    _ = state.reduce(.back)
    #expect(!state.savedFilters.isShown)
    #expect(state.filter == .off)
    #expect(state.visible.count == 3)
  }

  @Test func withoutSavedFiltersTheStatusSaysHowToAddThem() {
    var state = ReaderState(papers: Self.papers, today: Papers.christmas)
    _ = state.reduce(.showSavedFilters)
    #expect(!state.savedFilters.isShown)
    #expect(state.status == "no saved filters: add [filters] name = \"query\" (or [watch]) to the config")
  }

  @Test func openingLeavesMarksAloneWhenMarkReadOnOpenIsOff() {
    var state = ReaderState(papers: Self.papers, today: Papers.christmas)
    state.markReadOnOpen(false)
    #expect(state.reduce(.open) == [])
    #expect(state.focus == .detail)
  }
}
