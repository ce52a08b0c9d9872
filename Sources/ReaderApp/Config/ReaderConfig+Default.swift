import ReaderCore

extension ReaderConfig {
  /// The default config, commented: what `digest config --print-default` prints. Read back, it
  /// gives every default with no diagnostics.
  public static var defaultText: String {
    var lines = [
      "# digest configuration: $XDG_CONFIG_HOME/digest/config.toml (default",
      "# ~/.config/digest/config.toml), or --config PATH. Every setting is optional; the values",
      "# below are the defaults.",
      "",
      "# The theme: a bundled one (`digest themes` lists them) or NAME.toml in",
      "# $XDG_CONFIG_HOME/digest/themes. --theme overrides it; t in the reader cycles themes.",
      "theme = \"\(ThemeLibrary.defaultName)\"",
      "",
      "# Opening a paper (Enter) marks it read.",
      "mark_read_on_open = true",
      "# A paper opened (or brought into the detail by n/N) is marked read on leaving it",
      "# with n, N or Esc.",
      "mark_read_on_leave = true",
      "# r and s move to the next paper after acting.",
      "advance_after_mark = false",
      "# D, A and selections over this many papers ask first.",
      "confirm_bulk = 50",
      "# The reader reopens on the paper, order and filter it was closed on.",
      "resume = true",
      "# Days by date: \"oldest-first\" or \"newest-first\".",
      "day_order = \"oldest-first\"",
      "",
      "# Digest files and folders read when a command gets no path (default: the data folder).",
      "# digests = [\"~/digests\"]",
      "",
      "# \"For you\" (S in the reader) ranks each day's papers by what you starred: \"day\", or",
      "# \"all\" for one ranked list over every loaded day.",
      "rank_within = \"day\"",
      "",
      "# digest fetch: the arXiv categories it reads when given none, the announcements it",
      "# writes (new, cross, replace, replace-cross) and where (default: arxiv in the data",
      "# folder's digests).",
      "categories = [\"cs.CV\"]",
      "include = [\"new\", \"cross\"]",
      "# fetch_folder = \"~/.local/share/digest/digests/arxiv\"",
      "",
      "# y and Y copy through the terminal (OSC 52: works over SSH, and in tmux with",
      "# set-clipboard on); or through a command that gets the text on its stdin.",
      "# copy_command = \"wl-copy\"",
      "",
      "# Links as OSC 8 hyperlinks, clickable: \"auto\" (terminals known to support them),",
      "# \"always\" or \"never\".",
      "hyperlinks = \"auto\"",
      "",
      "# The reader takes the mouse (wheel, click, double click). false keeps the terminal's own",
      "# text selection (with the mouse on, hold Shift to select text).",
      "mouse = true",
      "",
      "# $BROWSER draws in the terminal: the reader hands it the terminal and waits (w3m, lynx,",
      "# links and elinks are recognised without this).",
      "browser_needs_terminal = false",
      "",
      "[layout]",
      "# The list's share of the width (side by side) or height (stacked), 0.2 to 0.8.",
      "split_ratio = 0.5",
      "# From this many columns on, the list and the detail sit side by side.",
      "side_by_side_width = 120",
      "",
      "# Saved filters: F in the reader lists them with their counts; Enter applies one.",
      "[filters]",
      "# tracking = \"tracking -medical is:unread\"",
      "# this-week = \"date:<7d is:unread\"",
      "",
      "# Watch lists: every matching paper carries the watch's name, and \"for you\" puts",
      "# them first; F lists them beside the saved filters.",
      "[watch]",
      "# mine = \"au:\\\"Fei-Fei Li\\\" or ti:nerf\"",
      "",
      "# Keys by action name: a key, a sequence of keys (\"g g\") or a list of them. An action",
      "# named here loses its default keys; a key another action already has is reported and",
      "# dropped. Key names: a character, Ctrl-x, Space, Enter, Esc, Tab, Shift-Tab, Backspace,",
      "# Delete, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1-F12. The actions and their",
      "# default keys:",
      "[keys]",
    ]
    var seen: Set<String> = []
    for binding in Keymap.default.bindings {
      guard let name = binding.action.bindingName, seen.insert(name).inserted else { continue }
      let keys = Keymap.default.bindings.filter { $0.action == binding.action }
        .flatMap(\.keys)
      var unique: [String] = []
      for key in keys where !unique.contains(key.configName) { unique.append(key.configName) }
      let value =
        unique.count == 1
        ? "\"\(unique[0])\"" : "[" + unique.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
      lines.append("# \(name) = \(value)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
