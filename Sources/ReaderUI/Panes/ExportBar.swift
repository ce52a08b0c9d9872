import DigestExport
import ReaderCore

/// The export prompt: what is exported and in which format, then the path being edited with
/// why the last attempt failed or the question whether to overwrite.
///
/// ```
/// export 3 starred papers as markdown [bibtex] csv json ris
/// to ~/starred-2019-12-25.bib
/// ```
public enum ExportBar {
  /// Draws the prompt into `rect` (two rows).
  ///
  /// - Returns: Where the cursor belongs while the path is edited, else `nil`.
  @discardableResult
  public static func render(
    _ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer
  ) -> (row: Int, column: Int)? {
    guard let prompt = state.exportPrompt, !rect.isEmpty else { return nil }
    buffer.fill(rect, .filter)
    buffer.write(
      Glyph.fit(firstLine(prompt, width: rect.width), width: rect.width), row: rect.row,
      column: rect.column, width: rect.width)
    guard rect.height > 1 else { return nil }
    // A path too long for the line shows its end, where the typing happens.
    var shownPath = "to " + prompt.path
    let room = rect.width - 1
    if DisplayWidth.of(shownPath) > room, room > 4 {
      var tail: [Character] = []
      var tailWidth = 0
      for character in prompt.path.reversed() {
        tailWidth += DisplayWidth.of(character)
        if tailWidth > room - 4 { break }
        tail.append(character)
      }
      shownPath = "to …" + String(tail.reversed())
    }
    var second = Glyph.glyphs(shownPath, .filter)
    let pathWidth = Glyph.width(of: second)
    if prompt.confirmsOverwrite {
      let choices =
        prompt.format.supportsAppend
        ? "y overwrites, a appends, n edits the path" : "y overwrites, n edits the path"
      second += Glyph.glyphs("  exists: \(choices)", .filterError)
    } else if let error = prompt.error {
      second += Glyph.glyphs("  \(error)", .filterError)
    }
    let row = rect.row + 1
    buffer.write(
      Glyph.fit(second, width: rect.width), row: row, column: rect.column, width: rect.width)
    guard !prompt.confirmsOverwrite else { return nil }
    return (row, rect.column + min(pathWidth, max(0, rect.width - 1)))
  }

  /// `export 3 starred papers as markdown [bibtex] csv json ris`, or
  /// `export 3 starred: [bibtex]` when that does not fit.
  static func firstLine(_ prompt: ExportPrompt, width: Int) -> [Glyph] {
    let count = prompt.starred
    var line = Glyph.glyphs(
      "export \(count) \(prompt.subject) \(count == 1 ? "paper" : "papers") as ", .filter)
    for (index, format) in ExportFormat.allCases.enumerated() {
      if index > 0 { line.append(Glyph(" ", .filter)) }
      let isChosen = format == prompt.format
      line += Glyph.glyphs(
        isChosen ? "[\(format.rawValue)]" : format.rawValue, isChosen ? .listSelected : .filter)
    }
    guard Glyph.width(of: line) > width else { return line }
    return Glyph.glyphs("export \(count) \(prompt.subject): ", .filter)
      + Glyph.glyphs("[\(prompt.format.rawValue)]", .listSelected)
      + Glyph.glyphs(" Tab: next", .note)
  }
}
