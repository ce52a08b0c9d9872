import ArxivDigest
import ReaderCore
import ReaderUI
import Testing

/// Links in the detail pane: numbered, listed, never broken when they fit, recorded for
/// OSC 8 and clicks; the yank menu; the escape sequences behind the clipboard and links.
@Suite struct RenderLinksTests {
  static let paper = Paper(
    id: Papers.id(1), title: "Links", abstract: "See https://github.com/digest/reader-x for code.",
    category: "cs.CV", date: Papers.christmas, number: 1,
    pdfURL: "https://arxiv.org/pdf/1912.10001v2.pdf",
    source: SourceLocation(path: "t.md", line: 1))

  @Test func aURLThatFitsALineIsNeverBroken() {
    let buffer = rendered(state([Self.paper], [.open]), width: 40, height: 24)
    let lines = buffer.text.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.contains("https://arxiv.org/pdf/1912.10001v2.pdf") })
    #expect(lines.contains { $0.contains("https://github.com/digest/reader-x") })
    #expect(lines.contains { $0.contains("[1]") })
    #expect(lines.contains { $0.contains("links") })
  }

  @Test func linksAreRecordedWhereTheyAreDrawn() {
    let buffer = rendered(state([Self.paper]), width: 130, height: 24)
    let github = buffer.links.filter { $0.url == "https://github.com/digest/reader-x" }
    #expect(github.count == 2)
    for link in github {
      let text = String(link.cells.map(\.character))
      #expect(text == "https://github.com/digest/reader-x")
      #expect(buffer[link.row, link.column].character == "h")
    }
    #expect(buffer.links.contains { $0.url == "https://arxiv.org/abs/1912.10001" })
  }

  @Test func theYankMenuListsItsKeysAboveTheStatusBar() {
    let buffer = rendered(state([Self.paper], [.beginYank]), width: 80, height: 24)
    let text = buffer.text
    for line in [
      "yank 1912.10001", "i    the arXiv id", "u    the abs URL", "p    the PDF URL",
      "b    a BibTeX entry", "m    a markdown link [Title](abs URL)", "t    the title",
      "Esc  close the menu",
    ] {
      #expect(text.contains(line), "\(line)")
    }
    #expect(text.contains("i id  u URL  p PDF"))
  }

  @Test func theMessageListShowsProblems() {
    let buffer = rendered(
      state(
        [Self.paper],
        [
          .reportLoadProblems(["a.md:1:1: error: no header"], files: 1),
          .toggleMessages,
        ]), width: 80, height: 24)
    #expect(buffer.text.contains("Messages  (Esc or M closes, j/k scroll)"))
    #expect(buffer.text.contains("a.md:1:1: error: no header"))
  }

  @Test func helpSaysHowToSelectTextWithShift() {
    let lines = HelpPane.lines(.default, width: 100).map { String($0.map(\.character)) }
    #expect(lines.contains { $0.contains("Hold Shift to select text") })
  }

  @Test func osc52AndOsc8AreTheBytesTerminalsExpect() {
    #expect(TerminalSequences.clipboard("1912.11474") == "\u{1B}]52;c;MTkxMi4xMTQ3NA==\u{07}")
    #expect(
      TerminalSequences.hyperlinkStart("https://a.org/x y\u{1B}")
        == "\u{1B}]8;;https://a.org/x%20y%1B\u{1B}\\")
    #expect(TerminalSequences.hyperlinkEnd == "\u{1B}]8;;\u{1B}\\")
    #expect(TerminalSequences.moveCursor(row: 0, column: 4) == "\u{1B}[1;5H")
  }
}
