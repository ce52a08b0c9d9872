extension ReaderState {
  /// Sets the themes `t` cycles through and the one in use.
  public mutating func useThemes(_ names: [String], current: String) {
    themes = ThemeCycle(names: names, current: current)
  }

  /// Makes opening a paper mark it read (`true`, the default) or leave its marks alone.
  public mutating func markReadOnOpen(_ enabled: Bool) {
    marksReadOnOpen = enabled
  }

  /// Moves to the next theme and asks the shell to apply it.
  mutating func cycleTheme() -> [ReaderEffect] {
    guard let next = themes.next else {
      status = "no other theme"
      return []
    }
    themes.current = next
    status = "theme \(next)"
    return [.applyTheme(next)]
  }
}
