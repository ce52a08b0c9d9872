import ReaderCore

/// Where each pane goes for a terminal size: list beside detail from 120 columns, list above
/// detail below that (the detail alone when it has the keyboard), a filter line and a status
/// bar at the bottom.
public struct ReaderLayout: Hashable, Sendable {
  /// Below this size the reader shows only a "terminal too small" note.
  public static let minimumSize = Size(width: 40, height: 10)
  /// From this width on, list and detail sit side by side.
  public static let sideBySideWidth = 120

  /// The terminal size laid out.
  public var size: Size
  /// `true` when the size is below ``minimumSize``.
  public var isTooSmall: Bool
  /// `true` when list and detail sit side by side.
  public var isSideBySide: Bool
  /// The list pane (empty when hidden).
  public var list: Rect
  /// The line between list and detail (empty when hidden).
  public var divider: Rect
  /// The detail pane (empty when hidden).
  public var detail: Rect
  /// The filter line (empty without a filter), which also holds the `T` prompt.
  public var filter: Rect
  /// The export prompt's two lines (empty unless it is open).
  public var export: Rect
  /// The status bar.
  public var status: Rect
  /// The help screen (empty unless shown).
  public var help: Rect

  /// Lays out `state` on a terminal of `size`, dividing it as `settings` say.
  public init(size: Size, state: ReaderState, settings: LayoutSettings = .default) {
    self.size = size
    isTooSmall =
      size.width < ReaderLayout.minimumSize.width || size.height < ReaderLayout.minimumSize.height
    isSideBySide = size.width >= settings.sideBySideWidth
    list = .zero
    divider = .zero
    detail = .zero
    filter = .zero
    export = .zero
    status = .zero
    help = .zero
    guard !isTooSmall else { return }
    status = Rect(row: size.height - 1, column: 0, width: size.width, height: 1)
    var bodyHeight = size.height - 1
    if state.filter != .off || state.selectPrompt != nil {
      bodyHeight -= 1
      filter = Rect(row: bodyHeight, column: 0, width: size.width, height: 1)
    }
    if state.exportPrompt != nil {
      bodyHeight -= 2
      export = Rect(row: bodyHeight, column: 0, width: size.width, height: 2)
    }
    if state.showsHelp || state.showsMessages {
      help = Rect(row: 0, column: 0, width: size.width, height: bodyHeight)
    }
    if isSideBySide {
      let listWidth = Int(Double(size.width - 1) * settings.splitRatio)
      list = Rect(row: 0, column: 0, width: listWidth, height: bodyHeight)
      divider = Rect(row: 0, column: listWidth, width: 1, height: bodyHeight)
      detail = Rect(
        row: 0, column: listWidth + 2, width: size.width - listWidth - 3, height: bodyHeight)
    } else if state.focus == .detail {
      detail = Rect(row: 0, column: 1, width: size.width - 2, height: bodyHeight)
    } else {
      let listHeight = max(3, Int(Double(bodyHeight - 1) * settings.splitRatio))
      list = Rect(row: 0, column: 0, width: size.width, height: listHeight)
      divider = Rect(row: listHeight, column: 0, width: size.width, height: 1)
      detail = Rect(
        row: listHeight + 1, column: 1, width: size.width - 2,
        height: bodyHeight - listHeight - 1)
    }
  }
}
