import ArxivDigest
import DigestExport
import ReaderCore
import Testing

/// `e` and the export prompt: format, path, overwrite question, and the outcome coming back.
@Suite struct ReduceExportTests {
  static let starred = Marks(starred: [Papers.id(2), Papers.id(3)])

  func prompted(_ actions: [ReaderAction] = []) -> ReaderState {
    var state = ReaderState(papers: Papers.papers(3), marks: Self.starred, today: Papers.christmas)
    _ = state.reduce(.beginExport)
    for action in actions { _ = state.reduce(action) }
    return state
  }

  @Test func eOpensThePromptOnTheDefaultMarkdownPathInTheHomeFolder() {
    let state = prompted()
    #expect(state.activePane == .export)
    #expect(state.exportPrompt?.format == .markdown)
    #expect(state.exportPrompt?.path == "~/starred-2019-12-25.md")
    #expect(state.exportPrompt?.starred == 2)
  }

  @Test func eWithNothingStarredSaysSoAndOpensNothing() {
    var state = ReaderState(papers: Papers.papers(3), today: Papers.christmas)
    #expect(state.reduce(.beginExport) == [])
    #expect(state.exportPrompt == nil)
    #expect(state.status == "nothing to export: no starred papers (s stars one)")
  }

  struct PathCase: CustomTestStringConvertible, Sendable {
    var name: String
    var actions: [ReaderAction]
    var format: ExportFormat
    var path: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    PathCase(
      name: "Tab cycles the format and the extension", actions: [.export(.nextFormat)],
      format: .bibtex, path: "~/starred-2019-12-25.bib"),
    PathCase(
      name: "Tab wraps from ris to markdown",
      actions: Array(repeating: .export(.nextFormat), count: 5),
      format: .markdown, path: "~/starred-2019-12-25.md"),
    PathCase(
      name: "Shift-Tab goes back", actions: [.export(.previousFormat)], format: .ris,
      path: "~/starred-2019-12-25.ris"),
    PathCase(
      name: "typing an extension picks its format",
      actions: [.export(.deleteCharacter), .export(.deleteCharacter), .editExportPath("csv")],
      format: .csv, path: "~/starred-2019-12-25.csv"),
    PathCase(
      name: "a path without a known extension keeps the format when cycling",
      actions: Array(repeating: .export(.deleteCharacter), count: 3) + [
        .editExportPath("x"), .export(.nextFormat),
      ],
      format: .bibtex, path: "~/starred-2019-12-25x"),
  ])
  func formatAndPathFollowEachOther(_ testCase: PathCase) {
    let state = prompted(testCase.actions)
    #expect(state.exportPrompt?.format == testCase.format)
    #expect(state.exportPrompt?.path == testCase.path)
  }

  @Test func enterAsksTheShellToWriteTheStarredPapers() {
    var state = prompted([.export(.nextFormat)])
    #expect(
      state.reduce(.export(.confirm)) == [
        .exportStarred(
          ExportRequest(
            format: .bibtex, path: "~/starred-2019-12-25.bib", mode: .create,
            papers: Papers.papers(3)))
      ])
    _ = state.reduce(.exportFinished(.exported(count: 2, path: "~/starred-2019-12-25.bib")))
    #expect(state.exportPrompt == nil)
    #expect(state.activePane == .list)
    #expect(state.status == "exported 2 papers to ~/starred-2019-12-25.bib")
  }

  @Test func theNextExportStartsFromTheLastFormatAndPath() {
    var state = prompted([.export(.nextFormat), .export(.clearPath), .editExportPath("~/refs.bib")])
    _ = state.reduce(.export(.confirm))
    _ = state.reduce(.exportFinished(.exported(count: 2, path: "~/refs.bib")))
    _ = state.reduce(.beginExport)
    #expect(state.exportPrompt?.format == .bibtex)
    #expect(state.exportPrompt?.path == "~/refs.bib")
    #expect(state.exportPrompt?.confirmsOverwrite == false)
  }

  @Test func aCancelledExportIsNotRemembered() {
    let state = prompted([.export(.nextFormat), .export(.cancel), .beginExport])
    #expect(state.exportPrompt?.format == .markdown)
  }

  @Test func anExistingFileIsOverwrittenOnlyAfterYes() {
    var state = prompted([.export(.confirm)])
    _ = state.reduce(.exportFinished(.fileExists(path: "~/starred-2019-12-25.md")))
    #expect(state.activePane == .exportOverwrite)
    #expect(state.status == "~/starred-2019-12-25.md already exists")
    #expect(
      state.reduce(.export(.overwrite)) == [
        .exportStarred(
          ExportRequest(
            format: .markdown, path: "~/starred-2019-12-25.md", mode: .overwrite,
            papers: Papers.papers(3)))
      ])
  }

  @Test func appendingIsOfferedForMarkdownAndBibTeXOnly() {
    var state = prompted([.export(.confirm)])
    _ = state.reduce(.exportFinished(.fileExists(path: "~/starred-2019-12-25.md")))
    #expect(
      state.reduce(.export(.append)) == [
        .exportStarred(
          ExportRequest(
            format: .markdown, path: "~/starred-2019-12-25.md", mode: .append,
            papers: Papers.papers(3)))
      ])
    _ = state.reduce(
      .exportFinished(.appended(count: 1, alreadyThere: 1, path: "~/starred-2019-12-25.md")))
    #expect(state.exportPrompt == nil)
    #expect(state.status == "appended 1 paper to ~/starred-2019-12-25.md (1 already there)")

    var csv = prompted([.export(.nextFormat), .export(.nextFormat), .export(.confirm)])
    _ = csv.reduce(.exportFinished(.fileExists(path: "~/starred-2019-12-25.csv")))
    #expect(csv.reduce(.export(.append)) == [])
    #expect(csv.status == "cannot append to csv: appending works with markdown and bibtex")
    #expect(csv.activePane == .exportOverwrite)
  }

  @Test func appendingNothingNewSaysTheFileHasThemAll() {
    var state = prompted([.export(.confirm)])
    _ = state.reduce(.exportFinished(.fileExists(path: "~/x.md")))
    _ = state.reduce(.export(.append))
    _ = state.reduce(.exportFinished(.appended(count: 0, alreadyThere: 2, path: "~/x.md")))
    #expect(state.status == "nothing to append: ~/x.md has all 2 starred papers")
  }

  @Test func noKeepsTheFileAndReturnsToThePathWhichOverwritesNothing() {
    var state = prompted([.export(.confirm)])
    _ = state.reduce(.exportFinished(.fileExists(path: "~/starred-2019-12-25.md")))
    _ = state.reduce(.export(.keepFile))
    #expect(state.activePane == .export)
    #expect(state.exportPrompt?.path == "~/starred-2019-12-25.md")
    #expect(state.reduce(.export(.overwrite)) == [])
  }

  @Test func aFailureKeepsThePromptWithThePathAndShowsWhy() {
    var state = prompted([.editExportPath("x"), .export(.confirm)])
    _ = state.reduce(.exportFinished(.failed("/nowhere: no such folder")))
    #expect(state.exportPrompt?.path == "~/starred-2019-12-25.mdx")
    #expect(state.exportPrompt?.error == "/nowhere: no such folder")
    #expect(state.status == "export failed: /nowhere: no such folder")
    _ = state.reduce(.export(.deleteCharacter))
    #expect(state.exportPrompt?.error == nil)
  }

  @Test func escapeCancelsAndEmptyPathIsRefused() {
    var state = prompted(Array(repeating: .export(.deleteCharacter), count: 30))
    #expect(state.exportPrompt?.path == "")
    #expect(state.reduce(.export(.confirm)) == [])
    #expect(state.exportPrompt?.error == "type a path")
    _ = state.reduce(.export(.cancel))
    #expect(state.exportPrompt == nil)
    #expect(state.status == "export cancelled")
  }

  @Test func promptKeysComeFromTheKeymapAndPrintableKeysEditThePath() {
    let keymap = Keymap.default
    #expect(keymap.action(for: .character("e"), in: .list) == .beginExport)
    #expect(keymap.action(for: .character("e"), in: .detail) == .beginExport)
    #expect(keymap.action(for: .character("q"), in: .export) == .editExportPath("q"))
    #expect(keymap.action(for: .tab, in: .export) == .export(.nextFormat))
    #expect(keymap.action(for: .enter, in: .export) == .export(.confirm))
    #expect(keymap.action(for: .escape, in: .export) == .export(.cancel))
    #expect(keymap.action(for: .character("y"), in: .exportOverwrite) == .export(.overwrite))
    #expect(keymap.action(for: .character("n"), in: .exportOverwrite) == .export(.keepFile))
    #expect(keymap.action(for: .character("a"), in: .exportOverwrite) == .export(.append))
    #expect(keymap.action(for: .character("q"), in: .exportOverwrite) == nil)
  }
}

/// Editing the export path a word or a line at a time.
@Suite struct ReduceExportPathEditingTests {
  @Test(arguments: [
    ("~/refs/x.bib", "~/refs/x."), ("~/refs/x.", "~/refs/"), ("~/refs/", "~/"), ("~/", ""),
    ("a b", "a "), ("", ""),
  ])
  func ctrlWDeletesTheLastWord(_ example: (String, String)) {
    var state = ReaderState(
      papers: Papers.papers(1), marks: Marks(starred: [Papers.id(1)]), today: Papers.christmas)
    _ = state.reduce(.beginExport)
    _ = state.reduce(.export(.clearPath))
    _ = state.reduce(.editExportPath(example.0))
    _ = state.reduce(.export(.deleteWord))
    #expect(state.exportPrompt?.path == example.1)
  }

  @Test func ctrlUClearsThePathAndTheKeymapBindsBoth() {
    var state = ReaderState(
      papers: Papers.papers(1), marks: Marks(starred: [Papers.id(1)]), today: Papers.christmas)
    _ = state.reduce(.beginExport)
    _ = state.reduce(.export(.clearPath))
    #expect(state.exportPrompt?.path == "")
    #expect(Keymap.default.action(for: .control("u"), in: .export) == .export(.clearPath))
    #expect(Keymap.default.action(for: .control("w"), in: .export) == .export(.deleteWord))
  }
}
