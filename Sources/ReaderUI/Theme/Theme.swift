/// Styles for theme elements, keyed by element name (`list.selected`): a plain value.
///
/// Elements a theme leaves out use ``Style/plain``. ``default`` is built in, so the reader
/// never needs a file to start.
public struct Theme: Hashable, Sendable {
  /// The theme's name.
  public var name: String
  /// Styles by ``ThemeElement`` raw value.
  public var styles: [String: Style]

  /// Creates a theme.
  public init(name: String, styles: [String: Style]) {
    self.name = name
    self.styles = styles
  }

  /// The style of `element`.
  public func style(for element: ThemeElement) -> Style {
    styles[element.rawValue] ?? .plain
  }

  /// The built-in theme: colour where the terminal has it, bold, reverse and underline where
  /// it has not.
  public static let `default` = Theme(
    name: "default",
    styles: [
      ThemeElement.normal.rawValue: .plain,
      ThemeElement.detailText.rawValue: .plain,
      ThemeElement.help.rawValue: .plain,
      ThemeElement.listSelected.rawValue: Style(
        foreground: .white, background: .blue, attributes: [.bold], monochrome: [.reverse]),
      ThemeElement.listSelectedInactive.rawValue: Style(
        foreground: .blue, attributes: [.bold, .underline], monochrome: [.underline]),
      ThemeElement.listUnread.rawValue: Style(attributes: [.bold], monochrome: [.bold]),
      ThemeElement.listRead.rawValue: Style(attributes: [.dim], monochrome: []),
      ThemeElement.listMarked.rawValue: Style(
        foreground: .magenta, attributes: [.bold], monochrome: [.bold]),
      ThemeElement.star.rawValue: Style(
        foreground: .yellow, attributes: [.bold], monochrome: [.bold]),
      ThemeElement.match.rawValue: Style(
        foreground: .black, background: .yellow, monochrome: [.underline]),
      ThemeElement.header.rawValue: Style(
        foreground: .cyan, attributes: [.bold], monochrome: [.bold, .underline]),
      ThemeElement.divider.rawValue: Style(foreground: .blue),
      ThemeElement.detailTitle.rawValue: Style(attributes: [.bold], monochrome: [.bold]),
      ThemeElement.detailLabel.rawValue: Style(foreground: .cyan, monochrome: [.dim]),
      ThemeElement.detailLink.rawValue: Style(
        foreground: .blue, attributes: [.underline], monochrome: [.underline]),
      ThemeElement.status.rawValue: Style(
        foreground: .black, background: .white, monochrome: [.reverse]),
      ThemeElement.statusMessage.rawValue: Style(
        foreground: .blue, background: .white, attributes: [.bold],
        monochrome: [.reverse, .bold]),
      ThemeElement.filter.rawValue: Style(attributes: [.bold], monochrome: [.bold]),
      ThemeElement.filterError.rawValue: Style(foreground: .red, monochrome: [.underline]),
      ThemeElement.helpKey.rawValue: Style(
        foreground: .yellow, attributes: [.bold], monochrome: [.bold]),
      ThemeElement.note.rawValue: Style(attributes: [.italic], monochrome: [.dim]),
      ThemeElement.bold.rawValue: Style(attributes: [.bold], monochrome: [.bold]),
      ThemeElement.italic.rawValue: Style(attributes: [.italic], monochrome: [.italic]),
      ThemeElement.code.rawValue: Style(foreground: .green, monochrome: [.underline]),
      ThemeElement.watch.rawValue: Style(
        foreground: .magenta, attributes: [.bold], monochrome: [.bold]),
      ThemeElement.score.rawValue: Style(foreground: .green, monochrome: []),
    ])
}
