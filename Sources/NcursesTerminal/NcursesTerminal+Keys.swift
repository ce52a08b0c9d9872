import ReaderCore

extension NcursesTerminal {
  /// The key for a character `wget_wch` returned: control codes become named keys or
  /// ``Key/control(_:)``; `nil` for codes that are no key.
  static func key(forCharacter code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      guard let scalar = Unicode.Scalar(code + 96) else { return nil }
      return .control(Character(scalar))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// The key for a function-key code, or `nil` for keys the reader does not use.
  static func key(forKeyCode code: Int32, codes: [Int32: Key]) -> Key? { codes[code] }
}
