/// A one-key menu open over the screen: the next key picks an entry.
public enum KeyMenu: Hashable, Sendable {
  /// What to copy (`y`).
  case yank
  /// Which link to open (`f`, then `1`…`9`).
  case follow

  /// The pane whose bindings the menu's keys are.
  public var pane: Pane {
    switch self {
    case .yank: return .yank
    case .follow: return .follow
    }
  }
}
