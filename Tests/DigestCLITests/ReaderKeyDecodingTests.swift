import ReaderCore
import Testing

@testable import NcursesTerminal

/// Raw codes from `wget_wch` to keys.
@Suite struct ReaderKeyDecodingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var code: UInt32
    var key: Key?
    var testDescription: String { "code \(code)" }
  }

  @Test(arguments: [
    Case(code: 106, key: .character("j")),
    Case(code: 32, key: .character(" ")),
    Case(code: 0x65E5, key: .character("日")),
    Case(code: 0x1F389, key: .character("🎉")),
    Case(code: 10, key: .enter),
    Case(code: 13, key: .enter),
    Case(code: 9, key: .tab),
    Case(code: 27, key: .escape),
    Case(code: 127, key: .backspace),
    Case(code: 8, key: .backspace),
    Case(code: 4, key: .control("d")),
    Case(code: 21, key: .control("u")),
    Case(code: 18, key: .control("r")),
    Case(code: 0, key: nil),
    Case(code: 28, key: nil),
    Case(code: 0xD800, key: nil),
  ])
  func charactersDecodeToKeys(_ testCase: Case) {
    #expect(NcursesTerminal.key(forCharacter: testCase.code) == testCase.key)
  }

  @Test func functionKeyCodesDecodeThroughTheTable() {
    let codes: [Int32: Key] = [258: .down, 338: .pageDown]
    #expect(NcursesTerminal.key(forKeyCode: 258, codes: codes) == .down)
    #expect(NcursesTerminal.key(forKeyCode: 999, codes: codes) == nil)
  }
}
