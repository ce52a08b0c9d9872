extension Keymap {
  /// The default keys: vi-style movement, one letter per mark, `/` to filter, `?` for help.
  ///
  /// ``markdownTable`` prints the whole table (the README's copy is generated from it).
  public static let `default` = Keymap([
    Binding(
      [.character("j"), .down], .moveDown, "next paper; in the detail or help, scroll down",
      in: browsing, hint: "move"),
    Binding(
      [.character("k"), .up], .moveUp, "previous paper; in the detail or help, scroll up",
      in: browsing, hint: "move"),
    Binding([.character("g"), .home], .moveToFirst, "first paper (top of the text)", in: browsing),
    Binding([.character("G"), .end], .moveToLast, "last paper (end of the text)", in: browsing),
    Binding([.control("d")], .halfPageDown, "half a page down", in: browsing),
    Binding([.control("u")], .halfPageUp, "half a page up", in: browsing),
    Binding([.pageDown, .character(" ")], .pageDown, "a page down", in: browsing),
    Binding([.pageUp], .pageUp, "a page up", in: browsing),
    Binding(
      [.enter], .open, "open the paper in the detail pane and mark it read", in: [.list],
      hint: "open"),
    Binding([.tab], .switchPane, "switch between list and detail", in: reading),
    Binding([.character("/")], .beginFilter, "filter papers by words", in: reading, hint: "filter"),
    Binding(
      [.escape], .back, "back: close help, leave the detail, clear the filter", in: browsing),
    Binding([.character("r")], .toggleRead, "mark read or unread", in: reading, hint: "read"),
    Binding([.character("s")], .toggleStar, "star or unstar", in: reading, hint: "star"),
    Binding([.character("n")], .nextUnread, "next unread paper (wraps around)", in: reading),
    Binding(
      [.character("N")], .previousUnread, "previous unread paper (wraps around)", in: reading),
    Binding([.character("u")], .undo, "undo the last mark", in: reading),
    Binding([.control("r")], .redo, "redo the last undone mark", in: reading),
    Binding(
      [.character("o")], .openInBrowser, "open the abstract page in the browser", in: reading),
    Binding(
      [.character("L")], .toggleLaTeX, "show LaTeX typeset or as written", in: reading),
    Binding(
      [.character("e")], .beginExport, "export the starred papers (format and path asked)",
      in: reading),
    Binding([.character("?")], .toggleHelp, "show or hide this help", in: browsing, hint: "help"),
    Binding([.character("q")], .quit, "quit", in: browsing, hint: "quit"),
    Binding([.character("t")], .cycleTheme, "switch to the next theme", in: reading),
    Binding(
      [.character("F")], .showSavedFilters, "saved filters with their counts; Enter applies one",
      in: reading),
    Binding(
      [.character("S")], .toggleOrder,
      "switch the list between day order and for you (ranked by your stars)", in: reading),
    Binding(
      [.character("m")], .moreLikeThis, "more like this: papers similar to this one (Esc back)",
      in: reading),
    Binding(
      [.character("D")], .markDayRead, "mark the day read (the selection, if any)", in: reading),
    Binding(
      [.character("A")], .markViewRead, "mark every paper in this view read (the selection, if any)",
      in: reading),
    Binding(
      [.character("x")], .toggleSelected, "select or deselect the paper (r, s, D, e act on the selection)",
      in: reading),
    Binding([.character("v")], .toggleVisual, "select a range: j/k extend it, v ends", in: reading),
    Binding(
      [.character("T")], .beginSelectPrompt, "select every paper matching a query", in: reading),
    Binding([.character("]")], .nextDay, "first paper of the next day", in: reading),
    Binding([.character("[")], .previousDay, "first paper of the previous day", in: reading),
    Binding(
      [.character("}")], .nextUnreadDay, "next day with unread papers", in: reading),
    Binding(
      [.character("{")], .previousUnreadDay, "previous day with unread papers", in: reading),
    Binding(
      [.character("y")], .beginYank,
      "yank (copy): id, URL, PDF URL, BibTeX, markdown link or title", in: reading),
    Binding([.character("Y")], .yankID, "yank the arXiv id", in: reading),
    Binding([.character("O")], .openPDF, "open the PDF in the browser", in: reading),
    Binding(
      [.character("f")], .beginFollow, "follow a link of the detail pane: f then 1…9",
      in: reading),
    Binding(
      [.character("R")], .reload, "reload the digests (new and changed files)", in: reading),
    Binding(
      [.character("M")], .toggleMessages, "messages: loading problems and recent messages",
      in: browsing),
    Binding([.character("i")], .yank(.id), "the arXiv id", in: [.yank], hint: "id"),
    Binding([.character("u")], .yank(.absURL), "the abs URL", in: [.yank], hint: "URL"),
    Binding([.character("p")], .yank(.pdfURL), "the PDF URL", in: [.yank], hint: "PDF"),
    Binding([.character("b")], .yank(.bibtex), "a BibTeX entry", in: [.yank], hint: "BibTeX"),
    Binding(
      [.character("m")], .yank(.markdownLink), "a markdown link [Title](abs URL)", in: [.yank],
      hint: "markdown"),
    Binding([.character("t")], .yank(.title), "the title", in: [.yank], hint: "title"),
    Binding(
      (1...9).map { .character(Character(String($0))) }, .followLink(0), "open link 1…9",
      in: [.follow], hint: "link"),
    Binding([.escape], .back, "close the menu", in: [.yank, .follow], hint: "cancel"),
    Binding([.enter], .applyFilter, "keep the filter", in: [.filter], hint: "keep"),
    Binding([.escape], .clearFilter, "clear the filter", in: [.filter], hint: "clear"),
    Binding([.backspace], .deleteFilterCharacter, "delete a character", in: [.filter]),
    Binding([.down], .moveDown, "next paper", in: [.filter]),
    Binding([.up], .moveUp, "previous paper", in: [.filter]),
    Binding(
      [.character("y"), .enter], .confirmBulk(true), "yes: make the change", in: [.confirm],
      hint: "yes"),
    Binding(
      [.character("n"), .escape], .confirmBulk(false), "no: leave the marks alone", in: [.confirm],
      hint: "no"),
    Binding(
      [.enter], .applySelectPrompt, "select the matching papers", in: [.selectPrompt],
      hint: "select"),
    Binding([.escape], .cancelSelectPrompt, "cancel", in: [.selectPrompt], hint: "cancel"),
    Binding(
      [.backspace], .deleteSelectPromptCharacter, "delete a character", in: [.selectPrompt]),
    Binding([.tab], .export(.nextFormat), "next format", in: [.export], hint: "format"),
    Binding([.backTab], .export(.previousFormat), "previous format", in: [.export]),
    Binding([.enter], .export(.confirm), "export to the path", in: [.export], hint: "export"),
    Binding([.backspace], .export(.deleteCharacter), "delete a character", in: [.export]),
    Binding([.control("w")], .export(.deleteWord), "delete a word of the path", in: [.export]),
    Binding([.control("u")], .export(.clearPath), "clear the path", in: [.export]),
    Binding(
      [.character("y")], .export(.overwrite), "overwrite the existing file",
      in: [.exportOverwrite], hint: "overwrite"),
    Binding(
      [.character("a")], .export(.append), "add the papers it lacks (markdown, bibtex)",
      in: [.exportOverwrite], hint: "append"),
    Binding(
      [.character("n"), .backspace], .export(.keepFile), "keep the file, edit the path",
      in: [.exportOverwrite], hint: "edit path"),
    Binding(
      [.escape], .export(.cancel), "cancel the export", in: [.export, .exportOverwrite],
      hint: "cancel"),
  ])

  /// The list and the detail pane.
  private static let reading: Set<Pane> = [.list, .detail]
  /// The list, the detail pane and help.
  private static let browsing: Set<Pane> = [.list, .detail, .help]
}
