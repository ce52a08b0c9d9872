extension Key {
  /// Reads a key as the config writes it: a character (`j`, `*`, `G`), `Ctrl-d` (or `C-d`),
  /// or a name: `Space`, `Enter`, `Esc`, `Tab`, `Shift-Tab`, `Backspace`, `Delete`, `Up`,
  /// `Down`, `Left`, `Right`, `Home`, `End`, `PgUp`, `PgDn`, `F1`…`F12`.
  ///
  /// - Returns: The key, or `nil` when `text` names none.
  public init?(parsing text: String) {
    if text.count == 1, let character = text.first {
      self = .character(character)
      return
    }
    let lowered = text.lowercased()
    for prefix in ["ctrl-", "ctrl+", "c-"] where lowered.hasPrefix(prefix) {
      let rest = lowered.dropFirst(prefix.count)
      guard rest.count == 1, let letter = rest.first, letter.isLetter else { return nil }
      self = .control(letter)
      return
    }
    if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
      self = .function(number)
      return
    }
    guard let named = Key.names[lowered] else { return nil }
    self = named
  }

  /// Key names the config accepts, lowercased.
  static let names: [String: Key] = [
    "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape,
    "escape": .escape, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
    "backspace": .backspace, "delete": .delete, "del": .delete, "up": .up, "down": .down,
    "left": .left, "right": .right, "home": .home, "end": .end, "pgup": .pageUp,
    "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "↑": .up, "↓": .down,
  ]

  /// Reads a key sequence: keys separated by spaces (`g g`, `Ctrl-d`).
  ///
  /// - Returns: The keys, or `nil` when one of them names no key or there are none.
  public static func sequence(parsing text: String) -> [Key]? {
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    guard !parts.isEmpty else { return text == " " ? [.character(" ")] : nil }
    var keys: [Key] = []
    for part in parts {
      guard let key = Key(parsing: String(part)) else { return nil }
      keys.append(key)
    }
    return keys
  }
}

extension Key {
  /// The key as the config writes it, which ``init(parsing:)`` reads back: `j`, `Ctrl-d`,
  /// `Down`, `PgDn`, `Space`.
  public var configName: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let character): return "Ctrl-" + String(character)
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
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
