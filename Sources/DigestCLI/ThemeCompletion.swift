import ReaderApp

/// Shell completion of theme names (`digest --theme <Tab>`).
enum ThemeCompletion {
  /// The bundled and the user's theme names starting with `prefix`, for
  /// `CompletionKind.custom`.
  @Sendable static func names(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
    names(in: ConfigOptions.themeLibrary, prefix: prefix)
  }

  /// The names of `library` starting with `prefix`, sorted.
  static func names(in library: ThemeLibrary, prefix: String) -> [String] {
    library.names.filter { $0.hasPrefix(prefix) }
  }
}
