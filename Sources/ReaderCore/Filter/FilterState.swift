/// Where the filter line is: closed, being typed, or kept.
public enum FilterState: Hashable, Sendable {
  /// No filter: every paper is listed.
  case off
  /// The user is typing `draft`; the list follows it live. `error` describes a draft that does
  /// not parse (the list then keeps the last good result).
  case editing(draft: String, error: String?)
  /// The filter `text` was kept with Enter and narrows the list.
  case applied(String)

  /// The filter text, empty when off.
  public var text: String {
    switch self {
    case .off: return ""
    case .editing(let draft, _): return draft
    case .applied(let text): return text
    }
  }

  /// `true` while the filter line has the keyboard.
  public var isEditing: Bool {
    switch self {
    case .editing: return true
    case .off, .applied: return false
    }
  }
}
