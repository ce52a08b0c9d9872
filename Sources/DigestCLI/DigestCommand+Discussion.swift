import ReaderCore

/// The root command's discussion: what `digest --help` and the `digest(1)` man page say beyond
/// the options (the man page generator makes no KEYS, FILES, ENVIRONMENT or EXIT STATUS
/// sections of its own).
enum DigestDiscussion {
  /// The whole discussion text.
  static var text: String {
    [intro, "KEYS", keys(Keymap.default), "FILES", files, "ENVIRONMENT", environment,
      "EXIT STATUS", exitStatus]
      .joined(separator: "\n\n")
  }

  static let intro = """
    Without a subcommand, opens the reader on the given digests (default: the digest folder, \
    $XDG_DATA_HOME/digest/digests, and the fetch folder; the bundled sample when both are empty).
    """

  /// The reader's keys, one line per binding of `keymap`, grouped by the panes they work in
  /// (in the order the keymap first names each group).
  static func keys(_ keymap: Keymap) -> String {
    var groups: [(panes: [Pane], lines: [String])] = []
    for binding in keymap.bindings {
      let panes = Pane.allCases.filter { binding.panes.contains($0) }
      let names = binding.keyNames
      let line =
        "  " + names + String(repeating: " ", count: max(1, 13 - names.count)) + binding.help
      if let index = groups.firstIndex(where: { $0.panes == panes }) {
        groups[index].lines.append(line)
      } else {
        groups.append((panes, [line]))
      }
    }
    return groups.map { group in
      "In \(group.panes.map(\.rawValue).joined(separator: ", ")):\n"
        + group.lines.joined(separator: "\n")
    }.joined(separator: "\n\n")
  }

  static let files = """
      $XDG_CONFIG_HOME/digest/config.toml
          the config (digest config --print-default prints a commented one)
      $XDG_CONFIG_HOME/digest/themes/
          your themes (*.toml), beside the built-in ones (digest themes)
      $XDG_DATA_HOME/digest/state.sqlite
          marks, stars, saved filters ($DIGEST_STATE or --state elsewhere)
      $XDG_DATA_HOME/digest/digests/
          the digest folder (config digests = [...] reads others instead)
      $XDG_DATA_HOME/digest/digests/arxiv/
          where digest fetch writes (config fetch_folder)
    """

  static let environment = """
      XDG_CONFIG_HOME   config and themes (default ~/.config)
      XDG_DATA_HOME     state and digests (default ~/.local/share)
      DIGEST_STATE      the state database, instead of the data folder's
      DIGEST_ARXIV_RSS  base URL of arXiv's RSS feeds (a mirror)
      DIGEST_ARXIV_API  base URL of the arXiv API (a mirror)
      BROWSER           opens links (o, O, f); else xdg-open
      NO_COLOR          set and not empty: no colours
      COLORTERM         truecolor or 24bit: themes' #rrggbb colours as written
      TERM              the terminal description (ncursesw)
    """

  static let exitStatus = """
      0    success (also --help and --version)
      1    problems found (check), a feed failed (fetch), other failures
      2    usage error, unreadable path, no terminal (read), host unreachable (fetch)
      129  the reader stopped by SIGHUP (terminal restored)
      130  the reader stopped by SIGINT (terminal restored)
      131  killed by SIGQUIT (default action: no clean-up; run reset)
      143  the reader stopped by SIGTERM (terminal restored)
    """
}
