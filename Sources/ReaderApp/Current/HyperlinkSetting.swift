/// Whether links are sent as OSC 8 hyperlinks (config `hyperlinks`).
public enum HyperlinkSetting: String, Hashable, Sendable, CaseIterable {
  /// When the terminal is known to support them (the default).
  case auto
  /// Always: terminals without support ignore the sequences, mostly.
  case always
  /// Never.
  case never

  /// `true` when hyperlinks should be sent in `environment`.
  ///
  /// `auto` trusts terminals that announce themselves and are known to support OSC 8:
  /// kitty, WezTerm, iTerm2, VS Code, Windows Terminal, foot, Ghostty, Alacritty, Konsole
  /// and VTE terminals (GNOME Terminal) from 0.50. tmux is left out, since before 3.4 it
  /// drops the sequences.
  public func isEnabled(environment: [String: String]) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto: return HyperlinkSetting.terminalSupportsHyperlinks(environment)
    }
  }

  static func terminalSupportsHyperlinks(_ environment: [String: String]) -> Bool {
    if environment["TMUX"] != nil || environment["STY"] != nil { return false }
    let term = environment["TERM"] ?? ""
    if term.hasPrefix("screen") || term.hasPrefix("tmux") { return false }
    let known = ["kitty", "wezterm", "foot", "ghostty", "alacritty"]
    if known.contains(where: { term.contains($0) }) { return true }
    let programs = ["iTerm.app", "WezTerm", "vscode", "ghostty"]
    if let program = environment["TERM_PROGRAM"], programs.contains(program) { return true }
    if environment["WT_SESSION"] != nil || environment["KITTY_WINDOW_ID"] != nil
      || environment["KONSOLE_VERSION"] != nil
    {
      return true
    }
    if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
    return false
  }
}
