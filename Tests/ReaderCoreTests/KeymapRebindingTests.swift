import ReaderCore
import Testing

/// `[keys]` in the config: actions by name get new keys and sequences; clashes are dropped.
@Suite struct KeymapRebindingTests {
  func rebind(_ entries: [(String, [String])]) -> (Keymap, [String]) {
    let rebindings = entries.enumerated().map { offset, entry in
      KeyRebinding(
        name: entry.0, triggers: entry.1.compactMap { Key.sequence(parsing: $0) },
        line: offset + 1)
    }
    let (keymap, problems) = Keymap.default.rebinding(rebindings)
    return (keymap, problems.map { "\($0.line): \($0.message)" })
  }

  @Test func rebindingReplacesTheActionsDefaultKeys() {
    let (keymap, problems) = rebind([("star", ["*"])])
    #expect(problems == [])
    #expect(keymap.action(for: .character("*"), in: .list) == .toggleStar)
    #expect(keymap.action(for: .character("*"), in: .detail) == .toggleStar)
    #expect(keymap.action(for: .character("s"), in: .list) == nil)
  }

  @Test func sequenceNeedsEveryKeyInTurn() {
    let (keymap, problems) = rebind([("first", ["g g", "Home"])])
    #expect(problems == [])
    var reader = KeySequenceReader(keymap: keymap)
    #expect(reader.action(for: .character("g"), in: .list) == nil)
    #expect(reader.pending == [.character("g")])
    #expect(reader.action(for: .character("g"), in: .list) == .moveToFirst)
    #expect(reader.action(for: .home, in: .list) == .moveToFirst)
    #expect(reader.action(for: .character("g"), in: .list) == nil)
    #expect(reader.action(for: .character("j"), in: .list) == .moveDown)
    #expect(reader.pending == [])
    #expect(reader.action(for: .character("g"), in: .filter) == .editFilter("g"))
  }

  @Test func helpNamesSequences() {
    let (keymap, _) = rebind([("first", ["g g", "Home"])])
    let binding = keymap.bindings.first { $0.action == .moveToFirst }
    #expect(binding?.keyNames == "Home, g g")
  }

  struct ProblemCase: CustomTestStringConvertible, Sendable {
    var name: String
    var entries: [(String, [String])]
    var problems: [String]
    var testDescription: String { name }
  }

  static let problemCases: [ProblemCase] = [
    ProblemCase(
      name: "a key another action has", entries: [("star", ["r", "*"])],
      problems: ["1: \"r\" for star conflicts with toggle-read in the list pane; dropped"]),
    ProblemCase(
      name: "a sequence starting with another action's key", entries: [("star", ["g s"])],
      problems: ["1: \"g s\" for star conflicts with first in the list pane; dropped"]),
    ProblemCase(
      name: "the later of two lines loses", entries: [("star", ["Z"]), ("toggle-read", ["Z"])],
      problems: ["2: \"Z\" for toggle-read conflicts with star in the list pane; dropped"]),
    ProblemCase(
      name: "an unknown action", entries: [("stra", ["x"])],
      problems: ["1: unknown action \"stra\", did you mean \"star\"?"]),
    ProblemCase(
      name: "an action named twice", entries: [("star", ["Z"]), ("star", ["y"])],
      problems: ["2: \"star\" is already bound on line 1; ignored"]),
  ]

  @Test(arguments: problemCases)
  func conflictsAreReportedWithTheirLineAndDropped(_ example: ProblemCase) {
    let (_, problems) = rebind(example.entries)
    #expect(problems == example.problems)
  }

  @Test func droppedKeyLeavesTheEarlierBindingWorking() {
    let (keymap, _) = rebind([("star", ["r", "*"])])
    #expect(keymap.action(for: .character("r"), in: .list) == .toggleRead)
    #expect(keymap.action(for: .character("*"), in: .list) == .toggleStar)
  }

  struct KeyCase: CustomTestStringConvertible, Sendable {
    var text: String
    var keys: [Key]?
    var testDescription: String { text }
  }

  @Test(arguments: [
    KeyCase(text: "j", keys: [.character("j")]),
    KeyCase(text: "g g", keys: [.character("g"), .character("g")]),
    KeyCase(text: "Ctrl-d", keys: [.control("d")]),
    KeyCase(text: "C-x Enter", keys: [.control("x"), .enter]),
    KeyCase(text: "Space", keys: [.character(" ")]),
    KeyCase(text: "PgDn", keys: [.pageDown]),
    KeyCase(text: "F5", keys: [.function(5)]),
    KeyCase(text: "Shift-Tab", keys: [.backTab]),
    KeyCase(text: "Hyper", keys: nil),
    KeyCase(text: "", keys: nil),
  ])
  func keysParseAsTheConfigWritesThem(_ example: KeyCase) {
    #expect(Key.sequence(parsing: example.text) == example.keys)
  }
}
