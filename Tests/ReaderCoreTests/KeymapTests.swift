import ReaderCore
import Testing

@Suite struct KeymapTests {
  @Test func noTwoBindingsShareAKeyInAPane() {
    for pane in Pane.allCases {
      var seen: Set<Key> = []
      for binding in Keymap.default.bindings(in: pane) {
        for key in binding.keys {
          #expect(!seen.contains(key), "\(key.displayName) bound twice in \(pane)")
          seen.insert(key)
        }
      }
    }
  }

  static let userIntents: [ReaderAction] = [
    .moveDown, .moveUp, .moveToFirst, .moveToLast, .halfPageDown, .halfPageUp, .pageDown,
    .pageUp, .open, .switchPane, .beginFilter, .back, .toggleRead, .toggleStar, .nextUnread,
    .previousUnread, .undo, .redo, .openInBrowser, .toggleHelp, .toggleLaTeX, .quit,
    .cycleTheme, .showSavedFilters, .deleteFilterCharacter,
    .applyFilter, .clearFilter,
  ]

  @Test(arguments: userIntents)
  func everyUserIntentHasABinding(_ action: ReaderAction) {
    #expect(Keymap.default.bindings.contains { $0.action == action })
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var key: Key
    var pane: Pane
    var action: ReaderAction?
    var testDescription: String { "\(key.displayName) in \(pane.rawValue)" }
  }

  @Test(arguments: [
    Case(key: .character("j"), pane: .list, action: .moveDown),
    Case(key: .down, pane: .detail, action: .moveDown),
    Case(key: .control("d"), pane: .list, action: .halfPageDown),
    Case(key: .character(" "), pane: .detail, action: .pageDown),
    Case(key: .enter, pane: .list, action: .open),
    Case(key: .enter, pane: .detail, action: nil),
    Case(key: .enter, pane: .filter, action: .applyFilter),
    Case(key: .escape, pane: .filter, action: .clearFilter),
    Case(key: .character("j"), pane: .filter, action: .editFilter("j")),
    Case(key: .character("q"), pane: .filter, action: .editFilter("q")),
    Case(key: .character("é"), pane: .filter, action: .editFilter("é")),
    Case(key: .character("s"), pane: .help, action: nil),
    Case(key: .character("q"), pane: .help, action: .quit),
    Case(key: .control("r"), pane: .list, action: .redo),
    Case(key: .character("N"), pane: .list, action: .previousUnread),
  ])
  func keysMapToIntentsPerPane(_ testCase: Case) {
    #expect(Keymap.default.action(for: testCase.key, in: testCase.pane) == testCase.action)
  }

  @Test func hintsMergeKeysWithTheSameLabel() {
    let hints = Keymap.default.hints(in: .list).map { "\($0.keys) \($0.label)" }
    #expect(
      hints == ["j/k move", "Enter open", "/ filter", "r read", "s star", "? help", "q quit"])
    let filterHints = Keymap.default.hints(in: .filter).map { "\($0.keys) \($0.label)" }
    #expect(filterHints == ["Enter keep", "Esc clear"])
  }

  @Test func markdownTableHasARowPerBinding() {
    let lines = Keymap.default.markdownTable.split(separator: "\n")
    #expect(lines.count == Keymap.default.bindings.count + 2)
    #expect(
      lines[2]
        == "| `j` `↓` | next paper; in the detail or help, scroll down | list, detail, help |")
  }
}
