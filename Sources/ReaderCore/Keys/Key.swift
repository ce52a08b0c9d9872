/// A key press, independent of any terminal library.
///
/// Printable keys, including Space, are ``character(_:)``; Ctrl combinations are
/// ``control(_:)`` with the lowercase letter (`Ctrl-D` is `.control("d")`).
public enum Key: Hashable, Sendable {
  /// A printable character.
  case character(Character)
  /// A letter typed with Ctrl held.
  case control(Character)
  /// ↑
  case up
  /// ↓
  case down
  /// ←
  case left
  /// →
  case right
  /// Home
  case home
  /// End
  case end
  /// Page Up
  case pageUp
  /// Page Down
  case pageDown
  /// Enter or Return.
  case enter
  /// Esc.
  case escape
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Backspace.
  case backspace
  /// Delete.
  case delete
  /// A function key, F1 … F12.
  case function(Int)

  /// The name shown in help and hints: `j`, `↓`, `Ctrl-D`, `PgDn`, `Space`.
  public var displayName: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let character): return "Ctrl-" + String(character).uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .function(let number): return "F\(number)"
    }
  }
}
