import ArxivDigest
import DigestExport
import ReaderCore
import Testing

@Suite struct ReduceYankTests {
  static let paper = Paper(
    id: Papers.id(1), title: "Audio-Visual [Embodied]\nNavigation", abstract: "An abstract.",
    category: "cs.CV", date: Papers.christmas, number: 1,
    source: SourceLocation(path: "test.md", line: 1), authors: ["Changan Chen", "Unnat Jain"])

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var item: YankItem
    var text: String
    var description: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(name: "i: the id", item: .id, text: "1912.10001", description: "id for 1912.10001"),
    Case(
      name: "u: the abs URL", item: .absURL, text: "https://arxiv.org/abs/1912.10001",
      description: "abs URL for 1912.10001"),
    Case(
      name: "p: the PDF URL", item: .pdfURL, text: "https://arxiv.org/pdf/1912.10001",
      description: "PDF URL for 1912.10001"),
    Case(
      name: "m: a markdown link, brackets escaped, on one line", item: .markdownLink,
      text: "[Audio-Visual \\[Embodied\\] Navigation](https://arxiv.org/abs/1912.10001)",
      description: "markdown link for 1912.10001"),
    Case(
      name: "t: the title on one line", item: .title,
      text: "Audio-Visual [Embodied] Navigation", description: "title for 1912.10001"),
    Case(
      name: "b: the BibTeX entry with the arXiv DOI", item: .bibtex,
      text: """
        @misc{chen2019audiovisual,
          title = {{Audio-Visual} [Embodied] Navigation},
          author = {Changan Chen and Unnat Jain},
          year = {2019},
          eprint = {1912.10001},
          archivePrefix = {arXiv},
          primaryClass = {cs.CV},
          url = {https://arxiv.org/abs/1912.10001},
          doi = {10.48550/arXiv.1912.10001}
        }

        """,
      description: "BibTeX for 1912.10001"),
  ])
  func theMenuCopiesOneItemAndCloses(_ testCase: Case) {
    var state = ReaderState(papers: [Self.paper], today: Papers.christmas)
    #expect(state.reduce(.beginYank) == [])
    #expect(state.menu == .yank)
    #expect(state.activePane == .yank)
    let effects = state.reduce(.yank(testCase.item))
    #expect(
      effects == [
        .copyToClipboard(ClipboardRequest(text: testCase.text, description: testCase.description))
      ])
    #expect(state.menu == nil)
    #expect(state.activePane == .list)
  }

  @Test func yankedBibTeXIsWhatTheExportWrites() {
    let papers = [Self.paper, Papers.paper(2)]
    #expect(
      YankItem.bibtex.text(for: papers) == Exporter.document(for: papers, format: .bibtex))
  }

  @Test func severalPapersAreCopiedOnePerLine() {
    let request = ClipboardRequest(.id, of: [Papers.paper(1), Papers.paper(2)])
    #expect(request.text == "1912.10001\n1912.10002")
    #expect(request.description == "id for 2 papers")
  }

  @Test func capitalYCopiesTheIdWithoutTheMenu() {
    var state = ReaderState(papers: Papers.papers(2), today: Papers.christmas)
    _ = state.reduce(.moveDown)
    #expect(
      state.reduce(.yankID) == [
        .copyToClipboard(ClipboardRequest(text: "1912.10002", description: "id for 1912.10002"))
      ])
    #expect(state.menu == nil)
  }

  @Test func escapeClosesTheMenuAndNothingIsCopied() {
    var state = ReaderState(papers: Papers.papers(1), today: Papers.christmas)
    _ = state.reduce(.beginYank)
    #expect(state.reduce(.back) == [])
    #expect(state.menu == nil)
  }

  @Test func withNothingListedTheMenuDoesNotOpen() {
    var state = ReaderState(papers: [], today: Papers.christmas)
    _ = state.reduce(.beginYank)
    #expect(state.menu == nil)
    #expect(state.status == "no paper selected")
    #expect(state.reduce(.yankID) == [])
  }

  @Test func theKeymapReadsTheMenuKeysOnlyInTheMenu() {
    let keymap = Keymap.default
    #expect(keymap.action(for: .character("y"), in: .list) == .beginYank)
    #expect(keymap.action(for: .character("Y"), in: .detail) == .yankID)
    #expect(keymap.action(for: .character("b"), in: .yank) == .yank(.bibtex))
    #expect(keymap.action(for: .character("m"), in: .yank) == .yank(.markdownLink))
    #expect(keymap.action(for: .character("m"), in: .list) == .moreLikeThis)
    #expect(keymap.action(for: .escape, in: .yank) == .back)
    #expect(keymap.action(for: .character("3"), in: .follow) == .followLink(3))
    // Outside the follow menu a digit starts a count (`3j`).
    #expect(keymap.action(for: .character("3"), in: .list) == .countDigit(3))
  }
}
