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
    for offset in 0..<min(rect.height, lines.count - top) {
      buffer.write(
        lines[top + offset], row: rect.row + offset, column: rect.column, width: rect.width)
    }
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
    func field(_ label: String, _ value: [Glyph]) {
      let labelGlyphs = Glyph.glyphs(label, .detailLabel)
      if labelWidth == 0 {
        lines.append(labelGlyphs)
        lines += TextWrap.wrap(value, width: width)
        return
      }
      let padded =
        labelGlyphs + Array(repeating: Glyph(" ", .normal), count: max(1, labelWidth - label.count))
      let room = width - labelWidth
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
    if let comments = paper.comments, !comments.isEmpty {
      let line = ListPane.singleLine(comments)
      field(
        "comments",
        state.showsRawLaTeX
          ? Glyph.glyphs(line, .detailText)
          : Glyph.glyphs(LaTeXRenderer.render(line), .detailText))
    }
    field("abs", Glyph.glyphs(paper.absURL, .detailLink))
    field("pdf", Glyph.glyphs(paper.pdfLink, .detailLink))

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
        styledGlyphs(String(paragraph), .detailText, .abstract, state), width: width)
    }
    return lines
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
