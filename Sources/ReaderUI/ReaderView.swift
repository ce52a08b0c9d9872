import ReaderCore

/// Renders a ``ReaderState`` into a ``ScreenBuffer``: the pure view of the reader.
///
/// ```swift
/// let view = ReaderView()
/// var buffer = ScreenBuffer(size: terminal.size)
/// let cursor = view.render(state, into: &buffer)
/// terminal.draw(buffer.diff(from: previous), cursor: cursor)
/// ```
public struct ReaderView: Sendable {
  /// The keymap hints and help are generated from.
  public var keymap: Keymap

  /// How the screen is divided.
  public var layout: LayoutSettings

  /// Creates a view.
  public init(keymap: Keymap = .default, layout: LayoutSettings = .default) {
    self.keymap = keymap
    self.layout = layout
  }

  /// What the reducer must know of the layout of `state` at `size`.
  public func viewport(for state: ReaderState, size: Size) -> Viewport {
    let layout = ReaderLayout(size: size, state: state, settings: self.layout)
    return Viewport(
      listRows: layout.list.height, detailRows: layout.detail.height,
      detailLines: layout.detail.isEmpty
        ? 0 : DetailPane.lines(state, width: layout.detail.width).count,
      helpRows: layout.help.height,
      helpLines: layout.help.isEmpty
        ? 0
        : state.showsMessages
          ? MessagesPane.lines(state, width: layout.help.width).count
          : HelpPane.lines(keymap, width: layout.help.width).count)
  }

  /// Draws `state` into `buffer` (which should be blank), filling its whole size.
  ///
  /// - Returns: Where to show the terminal cursor, or `nil` to hide it.
  @discardableResult
  public func render(_ state: ReaderState, into buffer: inout ScreenBuffer) -> (
    row: Int, column: Int
  )? {
    let layout = ReaderLayout(size: buffer.size, state: state, settings: self.layout)
    guard !layout.isTooSmall else {
      renderTooSmall(into: &buffer)
      return nil
    }
    ListPane.render(state, in: layout.list, into: &buffer)
    if !layout.divider.isEmpty {
      buffer.fill(layout.divider, with: layout.isSideBySide ? "│" : "─", .divider)
    }
    DetailPane.render(state, in: layout.detail, into: &buffer)
    let filterCursor = FilterBar.render(state, in: layout.filter, into: &buffer)
    let cursor = ExportBar.render(state, in: layout.export, into: &buffer) ?? filterCursor
    StatusBar.render(state, keymap: keymap, in: layout.status, into: &buffer)
    if !layout.help.isEmpty {
      buffer.links.removeAll()
      if state.showsMessages {
        MessagesPane.render(state, in: layout.help, into: &buffer)
      } else {
        HelpPane.render(state, keymap: keymap, in: layout.help, into: &buffer)
      }
      return nil
    }
    if state.menu == .yank {
      let body = Rect(row: 0, column: 0, width: buffer.size.width, height: layout.status.row)
      YankMenu.render(state, keymap: keymap, in: body, into: &buffer)
      let drawn = buffer
      buffer.links.removeAll { link in
        link.cells != (0..<link.width).map { drawn[link.row, link.column + $0] }
      }
    }
    if state.savedFilters.isShown {
      let body = Rect(row: 0, column: 0, width: buffer.size.width, height: layout.status.row)
      SavedFiltersPane.render(state, in: body, into: &buffer)
      buffer.links.removeAll()
      return nil
    }
    return cursor
  }

  /// A short note, centred, for terminals below ``ReaderLayout/minimumSize``.
  private func renderTooSmall(into buffer: inout ScreenBuffer) {
    let size = buffer.size
    guard size.width > 0, size.height > 0 else { return }
    let minimum = ReaderLayout.minimumSize
    let lines = ["terminal too small", "need \(minimum.width)x\(minimum.height)"]
    let shown = size.height >= 2 ? lines : [lines[0]]
    let firstRow = max(0, (size.height - shown.count) / 2)
    for (offset, line) in shown.enumerated() {
      let glyphs = Glyph.fit(Glyph.glyphs(line, .note), width: size.width)
      let column = max(0, (size.width - Glyph.width(of: glyphs)) / 2)
      buffer.write(glyphs, row: firstRow + offset, column: column, width: size.width)
    }
  }

  /// What is under the screen cell at `row`, `column` for the mouse.
  public func target(
    at row: Int, column: Int, in state: ReaderState, screen: ScreenBuffer
  ) -> PointerTarget {
    let layout = ReaderLayout(size: screen.size, state: state, settings: self.layout)
    guard !layout.isTooSmall else { return .nothing }
    if !layout.help.isEmpty {
      return layout.help.contains(row: row, column: column) ? .help : .nothing
    }
    if state.savedFilters.isShown || state.exportPrompt != nil { return .nothing }
    if let link = screen.links.first(where: { $0.contains(row: row, column: column) }) {
      return .link(link.url)
    }
    if layout.list.contains(row: row, column: column) {
      return .listRow(state.listTop + row - layout.list.row)
    }
    if layout.detail.contains(row: row, column: column) { return .detail }
    return .nothing
  }
}

/// What the mouse points at.
public enum PointerTarget: Hashable, Sendable {
  /// This row of ``ReaderState/rows`` in the list pane.
  case listRow(Int)
  /// The detail pane, off any link.
  case detail
  /// The help screen or the message list.
  case help
  /// A link to this URL.
  case link(String)
  /// Nothing the mouse acts on.
  case nothing
}
