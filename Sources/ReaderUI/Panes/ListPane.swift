import ArxivDigest
import DigestQuery
import ReaderCore

/// The list of papers: one row per paper, day headers between days. Draws only the rows on
/// screen, so 50,000 papers cost no more than 50.
///
/// ```
/// cs.CV · Wed 25 Dec 2019 · 26 papers
/// • ★ 1912.11474  Audio-Visual Embodied Navigation
///     1912.11473  Dense RepPoints: Representing Visual Objects with…
/// ```
public enum ListPane {
  /// Draws the visible rows of `state`'s list into `rect`.
  public static func render(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
    guard !rect.isEmpty else { return }
    guard !state.rows.isEmpty else {
      let message =
        state.papers.isEmpty
        ? "No papers loaded." : "No papers match \u{201C}\(state.filter.text)\u{201D}."
      buffer.write(message, .note, row: rect.row, column: rect.column + 1, width: rect.width - 1)
      return
    }
    let top = max(0, min(state.listTop, state.rows.count - 1))
    let selected = state.cursor.flatMap {
      state.visible.indices.contains($0) ? state.visible[$0] : nil
    }
    for offset in 0..<min(rect.height, state.rows.count - top) {
      let row = rect.row + offset
      switch state.rows[top + offset] {
      case .header(let section, let count):
        let unread = unreadBelow(state, headerRow: top + offset, count: count)
        let glyphs = Glyph.glyphs(
          headerText(state.sections[section], count: count, unread: unread), .header)
        buffer.write(
          Glyph.fit(glyphs, width: rect.width), row: row, column: rect.column, width: rect.width)
      case .paper(let index):
        let glyphs = paperRow(state, index: index, isSelected: index == selected)
        if index == selected {
          buffer.fill(
            Rect(row: row, column: rect.column, width: rect.width, height: 1),
            selectionElement(state))
        }
        buffer.write(
          Glyph.fit(glyphs, width: rect.width), row: row, column: rect.column, width: rect.width)
      }
    }
  }

  /// `cs.CV · Wed 25 Dec 2019 · 12/26`: unread and listed papers of the day.
  public static func headerText(_ section: DaySection, count: Int, unread: Int) -> String {
    "\(section.category) · \(dayText(section.day)) · \(unread)/\(count)"
  }

  /// Unread papers among the `count` paper rows after the header at `headerRow`.
  static func unreadBelow(_ state: ReaderState, headerRow: Int, count: Int) -> Int {
    let rows = state.rows
    var unread = 0
    var row = headerRow + 1
    while row < min(rows.count, headerRow + 1 + count) {
      if case .paper(let index) = rows[row], !state.marks.isRead(state.papers[index].id) {
        unread += 1
      }
      row += 1
    }
    return unread
  }

  /// `Wed 25 Dec 2019`.
  public static func dayText(_ day: DigestDay) -> String {
    let weekday = DigestDay.weekdayNames[day.weekday]
    return "\(weekday) \(day.day) \(DigestDay.monthNames[day.month - 1]) \(day.year)"
  }

  /// The selected row's element: ``ThemeElement/listSelectedInactive`` while the detail pane
  /// has the keyboard, so the user sees where `j` and `k` go.
  static func selectionElement(_ state: ReaderState) -> ThemeElement {
    state.activePane == .detail ? .listSelectedInactive : .listSelected
  }

  /// The glyphs of one paper row, uncut.
  static func paperRow(_ state: ReaderState, index: Int, isSelected: Bool) -> [Glyph] {
    let paper = state.papers[index]
    let isRead = state.marks.isRead(paper.id)
    let ranking = state.isRanked ? state.ranking.ranking : nil
    // Under "for you", papers already read or starred follow the day's unread ones, dimmed.
    let isDone = isRead || (ranking != nil && state.marks.isStarred(paper.id))
    let element: ThemeElement =
      isSelected ? selectionElement(state) : (isDone ? .listRead : .listUnread)
    var glyphs: [Glyph] = []
    glyphs.reserveCapacity(paper.title.utf8.count + 20)
    glyphs.append(Glyph(isRead ? " " : "•", element))
    if state.selection.contains(index) {
      glyphs.append(Glyph("✓", isSelected ? element : .listMarked))
    } else {
      glyphs.append(Glyph(" ", element))
    }
    glyphs.append(
      state.marks.isStarred(paper.id)
        ? Glyph("★", isSelected ? element : .star) : Glyph(" ", element))
    glyphs.append(Glyph(" ", element))
    if let ranking {
      let mark = PaperRanking.mark(level: ranking.level(of: index))
      glyphs.append(contentsOf: Glyph.glyphs(mark, isSelected ? element : .score))
      glyphs.append(Glyph(" ", element))
    } else if let similarity = state.similar?.similarity[index] {
      let percent = String(Int((similarity * 100).rounded()))
      glyphs.append(
        contentsOf: Glyph.glyphs(
          String(repeating: " ", count: max(0, 3 - percent.count)) + percent + "%",
          isSelected ? element : .score))
      glyphs.append(Glyph(" ", element))
    }
    let id = paper.id.rawValue
    glyphs.append(contentsOf: Glyph.glyphs(id, element))
    let padding = max(2, 12 - id.count)
    glyphs.append(contentsOf: repeatElement(Glyph(" ", element), count: padding))
    for name in state.watches(of: index) {
      glyphs.append(contentsOf: Glyph.glyphs("[\(name)]", isSelected ? element : .watch))
      glyphs.append(Glyph(" ", element))
    }
    let title = singleLine(
      state.showsRawLaTeX ? paper.title : LaTeXRenderer.plainText(paper.title))
    glyphs.append(
      contentsOf: Glyph.glyphs(
        title, element, highlights: state.highlights(in: title, part: .title)))
    return glyphs
  }

  /// Text on one line: runs of whitespace and newlines become one space.
  static func singleLine(_ text: String) -> String {
    guard text.contains(where: { $0.isNewline || $0 == "\t" || $0 == " " }) else { return text }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
