import ReaderCore
import ReaderUI

/// What a reader session starts with, worked out from the config and `--theme`: the theme,
/// the keymap, and every problem found on the way (which never stops the reader, except an
/// unknown `--theme`).
public struct ReaderSettings: Sendable {
  /// The config read.
  public var config: ReaderConfig
  /// The theme library.
  public var themes: ThemeLibrary
  /// The theme to start with.
  public var theme: Theme
  /// The keymap with the config's keys.
  public var keymap: Keymap
  /// Problems in the config, its keys and the theme, in that order.
  public var diagnostics: [ConfigDiagnostic]

  /// Why the settings cannot be used.
  public struct Failure: Error, CustomStringConvertible {
    /// One line for the user.
    public var description: String
  }

  /// Works out the settings.
  ///
  /// - Parameters:
  ///   - config: The config read.
  ///   - theme: `--theme`, which wins over the config's `theme`.
  ///   - themes: The theme library (bundled and user themes).
  /// - Throws: ``Failure`` when `theme` names no theme; an unknown theme in the config is a
  ///   diagnostic instead, and the default theme is used.
  public init(config: ReaderConfig, theme: String?, themes: ThemeLibrary) throws(Failure) {
    self.config = config
    self.themes = themes
    var diagnostics = config.diagnostics
    let (keymap, keyDiagnostics) = config.keymap()
    self.keymap = keymap
    diagnostics += keyDiagnostics
    var name = theme ?? config.theme ?? ThemeLibrary.defaultName
    if theme != nil, themes.origin(of: name) == nil {
      throw Failure(description: ThemeLibrary.UnknownTheme(name: name, available: themes.names)
        .description)
    }
    if themes.origin(of: name) == nil {
      diagnostics.append(
        ConfigDiagnostic(
          path: config.path, line: config.themeLine,
          message: "unknown theme \"\(name)\"; using \(ThemeLibrary.defaultName)"))
      name = ThemeLibrary.defaultName
    }
    if let (loaded, themeDiagnostics) = try? themes.theme(named: name) {
      self.theme = loaded
      diagnostics += themeDiagnostics
    } else {
      self.theme = .default
    }
    self.diagnostics = diagnostics
  }

  /// Hands the reader state what it needs of the settings: theme names for `t`, saved
  /// filters and watches for `F`, whether opening marks read, and what "for you" ranks
  /// together.
  public func configure(_ state: inout ReaderState) {
    state.useThemes(themes.names, current: theme.name)
    state.useSavedFilters(config.filters)
    var reading = config.reading
    reading.markReadOnOpen = config.markReadOnOpen
    state.useReadingSettings(reading)
    state.useWatches(config.watches)
    state.rankWithin(config.rankWithin)
  }
}
