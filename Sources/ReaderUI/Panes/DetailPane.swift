import ArxivDigest
import DigestQuery
import Foundation
import ReaderCore

/// The selected paper in full: wrapped title, fields, links and the abstract's paragraphs,
/// scrolled on its own.
///
/// ```
/// Audio-Visual Embodied Navigation
///
/// id        1912.11474  unread
/// category  cs.CV
/// date      Wed 25 Dec 2019
/// abs       https://arxiv.org/abs/1912.11474
/// pdf       https://arxiv.org/pdf/1912.11474.pdf
///
/// Moving around in the world is naturally a multisensory experience, …
/// ```
public enum DetailPane {
  /// Draws the selected paper's lines from ``ReaderState/detailTop`` on into `rect`.
  public static func render(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
    guard !rect.isEmpty else { return }
    guard state.selectedPaper != nil else {
      buffer.write(
        "No paper selected.", .note, row: rect.row, column: rect.column, width: rect.width)
      return
    }
    let lines = self.lines(state, width: rect.width)
    let top = max(0, min(state.detailTop, lines.count - 1))
    let urls = knownURLs(state)
    for offset in 0..<min(rect.height, lines.count - top) {
      let row = rect.row + offset
      buffer.write(lines[top + offset], row: row, column: rect.column, width: rect.width)
      for (start, end, url) in linkRuns(in: lines[top + offset], urls: urls) {
        let column = rect.column + start
        let width = min(end - start, rect.column + rect.width - column)
        guard width > 0 else { continue }
        let cells = (column..<(column + width)).map { buffer[row, $0] }
        buffer.links.append(ScreenLink(row: row, column: column, cells: cells, url: url))
      }
    }
  }

  /// Every URL the detail pane can show for the selected paper: abs, PDF, then the links of
  /// the abstract and comments.
  static func knownURLs(_ state: ReaderState) -> [String] {
    guard let paper = state.selectedPaper else { return [] }
    return [paper.absURL, paper.pdfLink] + state.selectedLinks
  }

  /// Runs of link-styled glyphs in `line` as (first column, end column, URL): the URL is the
  /// one among `urls` the run's text is, or is a piece of (a URL wrapped over lines).
  static func linkRuns(in line: [Glyph], urls: [String]) -> [(Int, Int, String)] {
    var runs: [(Int, Int, String)] = []
    var column = 0
    var index = 0
    while index < line.count {
      guard line[index].element == .detailLink else {
        column += line[index].width
        index += 1
        continue
      }
      let start = column
      var text = ""
      while index < line.count, line[index].element == .detailLink {
        text.append(line[index].character)
        column += line[index].width
        index += 1
      }
      let url =
        urls.first { $0 == text }
        ?? urls.first { $0.hasPrefix(text) || $0.hasSuffix(text) }
        ?? urls.first { $0.contains(text) }
      if let url, text.count > 1 { runs.append((start, column, url)) }
    }
    return runs
  }

  /// The wrapped lines for the selected paper at `width` columns; empty without a selection.
  ///
  /// - Complexity: O(n) in the length of the paper's text.
  public static func lines(_ state: ReaderState, width: Int) -> [[Glyph]] {
    guard let paper = state.selectedPaper, width > 0 else { return [] }
    var lines: [[Glyph]] = []
    lines += TextWrap.wrap(
      styledGlyphs(ListPane.singleLine(paper.title), .detailTitle, .title, state), width: width)
    lines.append([])

    let labelWidth = width >= 30 ? 10 : 0
    func field(_ label: String, _ value: [Glyph], isURL: Bool = false) {
      let labelGlyphs = Glyph.glyphs(label, .detailLabel)
      if labelWidth == 0 {
        lines.append(labelGlyphs)
        lines += TextWrap.wrap(value, width: width)
        return
      }
      let padded =
        labelGlyphs + Array(repeating: Glyph(" ", .normal), count: max(1, labelWidth - label.count))
      let room = width - labelWidth
      if isURL, Glyph.width(of: value) > room, Glyph.width(of: value) <= width {
        // A URL is not broken when it fits on a line of its own.
        lines.append(padded)
        lines.append(value)
        return
      }
      let wrapped = Glyph.width(of: value) <= room ? [value] : TextWrap.wrap(value, width: room)
      let indent = Array(repeating: Glyph(" ", .normal), count: labelWidth)
      for (index, line) in wrapped.enumerated() {
        lines.append((index == 0 ? padded : indent) + line)
      }
      if wrapped.isEmpty { lines.append(padded) }
    }

    var idLine = Glyph.glyphs(
      paper.id.rawValue + (paper.version.map { "v\($0)" } ?? ""), .detailText)
    if state.marks.isStarred(paper.id) {
      idLine += Glyph.glyphs("  ", .normal) + Glyph.glyphs("★ starred", .star)
    }
    idLine += Glyph.glyphs(state.marks.isRead(paper.id) ? "  read" : "  unread", .detailLabel)
    field("id", idLine)
    if let index = state.cursor.flatMap({ state.visible.indices.contains($0) ? state.visible[$0] : nil }) {
      let watches = state.watches(of: index)
      if !watches.isEmpty {
        field("watch", Glyph.glyphs(watches.joined(separator: ", "), .watch))
      }
      if state.isRanked, let ranking = state.ranking.ranking {
        var why = Glyph.glyphs(PaperRanking.mark(level: ranking.level(of: index)), .score)
        let reasons = ranking.reasons(for: index)
        if !reasons.isEmpty {
          why += Glyph.glyphs("  " + reasons.joined(separator: " · "), .detailText)
        }
        field("for you", why)
      }
    }
    var category = paper.category
    let others = (paper.categories ?? []).filter { $0 != paper.category }
    if !others.isEmpty { category += " (also \(others.joined(separator: ", ")))" }
    field("category", Glyph.glyphs(category, .detailText))
    let day = paper.date
    field(
      "date",
      Glyph.glyphs(
        ListPane.dayText(day),
        .detailText))
    if let authors = paper.authors, !authors.isEmpty {
      let names = authors.joined(separator: ", ")
      field(
        "authors",
        Glyph.glyphs(names, .detailText, highlights: state.highlights(in: names, part: .authors)))
    }
    let links = PaperLinks.urls(of: paper)
    if let comments = paper.comments, !comments.isEmpty {
      let line = ListPane.singleLine(comments)
      field(
        "comments",
        numbered(
          state.showsRawLaTeX
            ? Glyph.glyphs(line, .detailText)
            : Glyph.glyphs(LaTeXRenderer.render(line), .detailText), links: links))
    }
    field("abs", Glyph.glyphs(paper.absURL, .detailLink), isURL: true)
    field("pdf", Glyph.glyphs(paper.pdfLink, .detailLink), isURL: true)

    let paragraphs = paper.abstract.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    if paragraphs.isEmpty {
      lines.append([])
      lines.append(Glyph.glyphs("(no abstract)", .note))
    }
    for paragraph in paragraphs {
      lines.append([])
      lines += TextWrap.wrap(
        numbered(styledGlyphs(String(paragraph), .detailText, .abstract, state), links: links),
        width: width)
    }
    if !links.isEmpty {
      lines.append([])
      lines.append(Glyph.glyphs("links", .detailLabel))
      for (offset, url) in links.enumerated() {
        let number = Glyph.glyphs("[\(offset + 1)] ", .detailLabel)
        let link = Glyph.glyphs(url, .detailLink)
        if Glyph.width(of: number + link) <= width {
          lines.append(number + link)
        } else if Glyph.width(of: link) <= width {
          lines.append(number)
          lines.append(link)
        } else {
          lines += TextWrap.wrap(number + link, width: width)
        }
      }
    }
    return lines
  }

  /// `glyphs` with each of `links` found in them styled as a link and followed by its
  /// number (`https://github.com/a/b [1]`).
  static func numbered(_ glyphs: [Glyph], links: [String]) -> [Glyph] {
    guard !links.isEmpty else { return glyphs }
    let text = String(glyphs.map(\.character))
    guard text.contains("http") else { return glyphs }
    var result: [Glyph] = []
    var copied = 0
    for range in PaperLinks.ranges(in: text) {
      let url = String(text[range])
      guard let number = links.firstIndex(of: url) else { continue }
      let start = text.distance(from: text.startIndex, to: range.lowerBound)
      let end = text.distance(from: text.startIndex, to: range.upperBound)
      guard start >= copied, end <= glyphs.count else { continue }
      result += glyphs[copied..<start]
      result += glyphs[start..<end].map { Glyph($0.character, .detailLink) }
      result += Glyph.glyphs(" [\(number + 1)]", .detailLabel)
      copied = end
    }
    result += glyphs[copied...]
    return result
  }

  /// Glyphs of a title or paragraph: typeset LaTeX (or the source when the state says so),
  /// with filter matches highlighted.
  static func styledGlyphs(
    _ text: String, _ element: ThemeElement, _ part: Query.TextPart, _ state: ReaderState
  ) -> [Glyph] {
    if state.showsRawLaTeX {
      return Glyph.glyphs(text, element, highlights: state.highlights(in: text, part: part))
    }
    let rendered = LaTeXRenderer.render(text)
    return Glyph.glyphs(
      rendered, element, highlights: state.highlights(in: rendered.plainText, part: part))
  }
}
