/// What the reducer needs to know about the screen: pane heights and the detail text's length.
///
/// The layout computes it from the terminal size and sends it as ``ReaderAction/setViewport(_:)``
/// whenever it changes, so paging and scrolling stay pure. Zero means "not laid out yet".
public struct Viewport: Hashable, Sendable {
  /// Rows of the list pane.
  public var listRows: Int
  /// Rows of the detail pane.
  public var detailRows: Int
  /// Wrapped lines of the selected paper's detail text.
  public var detailLines: Int
  /// Rows of the help screen.
  public var helpRows: Int
  /// Lines of the help text.
  public var helpLines: Int

  /// Creates a viewport; every value defaults to zero.
  public init(
    listRows: Int = 0, detailRows: Int = 0, detailLines: Int = 0, helpRows: Int = 0,
    helpLines: Int = 0
  ) {
    self.listRows = listRows
    self.detailRows = detailRows
    self.detailLines = detailLines
    self.helpRows = helpRows
    self.helpLines = helpLines
  }
}
