import ReaderCore
import ReaderUI

extension Session {
  /// Loads the theme `name`, hands it to the terminal and makes the next frame repaint every
  /// cell.
  ///
  /// - Returns: A status message when the theme is unknown or has problems.
  func applyTheme(named name: String) -> [ReaderAction] {
    guard let themes else { return [.showStatus("no themes to switch to")] }
    do {
      let (theme, diagnostics) = try themes.theme(named: name)
      terminal.apply(theme)
      terminal.invalidate()
      previous = ScreenBuffer(size: Size(width: 0, height: 0))
      if let first = diagnostics.first {
        return [.showStatus("theme \(name): \(diagnostics.count) problems, first: \(first)")]
      }
      return []
    } catch {
      return [.showStatus("\(error)")]
    }
  }
}
