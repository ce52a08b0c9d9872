import Foundation

/// Unicode forms of characters: superscripts, subscripts, math alphabets and accents.
enum UnicodeForms {
  // MARK: - Scripts

  /// The superscript form of every scalar of `text` (spaces dropped), or `nil` when one has none.
  static func superscript(_ text: String) -> String? { convert(text, superscripts) }

  /// The subscript form of every scalar of `text` (spaces dropped), or `nil` when one has none.
  static func `subscript`(_ text: String) -> String? { convert(text, subscripts) }

  private static func convert(
    _ text: String, _ table: [Unicode.Scalar: Unicode.Scalar]
  ) -> String? {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where scalar != " " {
      guard let converted = table[scalar] else { return nil }
      result.append(converted)
    }
    return result.isEmpty ? nil : String(result)
  }

  private static let superscripts: [Unicode.Scalar: Unicode.Scalar] = table(
    from: "0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεϵθιφϕχ∘⊤′*∗",
    to: "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᵋᶿᶥᵠᵠᵡ°ᵀ′**")

  private static let subscripts: [Unicode.Scalar: Unicode.Scalar] = table(
    from: "0123456789+-−=()aehijklmnoprstuvxβγρφϕχ",
    to: "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵩᵪ")

  private static func table(from: String, to: String) -> [Unicode.Scalar: Unicode.Scalar] {
    var result: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (key, value) in zip(from.unicodeScalars, to.unicodeScalars) { result[key] = value }
    return result
  }

  // MARK: - Math alphabets

  /// A math alphabet command's letters.
  enum Alphabet {
    case blackboard
    case script
    case fraktur

    init?(command: String) {
      switch command {
      case "mathbb", "mathds", "mathbbm", "Bbb": self = .blackboard
      case "mathcal", "mathscr", "cal", "scr": self = .script
      case "mathfrak", "frak": self = .fraktur
      default: return nil
      }
    }
  }

  /// `scalar` in `alphabet`, or `scalar` itself when the alphabet has no such letter.
  static func map(_ scalar: Unicode.Scalar, to alphabet: Alphabet) -> Unicode.Scalar {
    let value = scalar.value
    let upper = value >= 65 && value <= 90
    let lower = value >= 97 && value <= 122
    let digit = value >= 48 && value <= 57
    guard upper || lower || digit else { return scalar }
    let exceptions: [Unicode.Scalar: UInt32]
    let upperBase: UInt32
    let lowerBase: UInt32
    switch alphabet {
    case .blackboard:
      if digit { return Unicode.Scalar(0x1D7D8 + value - 48) ?? scalar }
      exceptions = blackboardExceptions
      upperBase = 0x1D538
      lowerBase = 0x1D552
    case .script:
      exceptions = scriptExceptions
      upperBase = 0x1D49C
      lowerBase = 0x1D4B6
    case .fraktur:
      exceptions = frakturExceptions
      upperBase = 0x1D504
      lowerBase = 0x1D51E
    }
    if let special = exceptions[scalar] { return Unicode.Scalar(special) ?? scalar }
    if upper { return Unicode.Scalar(upperBase + value - 65) ?? scalar }
    if lower { return Unicode.Scalar(lowerBase + value - 97) ?? scalar }
    return scalar
  }

  /// Letters that Unicode encoded before the math alphabets, in the Letterlike Symbols block.
  private static let blackboardExceptions: [Unicode.Scalar: UInt32] = [
    "C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A, "R": 0x211D, "Z": 0x2124,
  ]
  private static let scriptExceptions: [Unicode.Scalar: UInt32] = [
    "B": 0x212C, "E": 0x2130, "F": 0x2131, "H": 0x210B, "I": 0x2110, "L": 0x2112, "M": 0x2133,
    "R": 0x211B, "e": 0x212F, "g": 0x210A, "o": 0x2134,
  ]
  private static let frakturExceptions: [Unicode.Scalar: UInt32] = [
    "C": 0x212D, "H": 0x210C, "I": 0x2111, "R": 0x211C, "Z": 0x2128,
  ]

  // MARK: - Accents

  /// The combining mark of a text accent command (`\'`, `\"`, `\c`...).
  static func textAccent(_ command: String) -> Unicode.Scalar? {
    switch command {
    case "'": "\u{301}"
    case "`": "\u{300}"
    case "^": "\u{302}"
    case "\"": "\u{308}"
    case "~": "\u{303}"
    case "=": "\u{304}"
    case ".": "\u{307}"
    case "u": "\u{306}"
    case "v": "\u{30C}"
    case "H": "\u{30B}"
    case "c": "\u{327}"
    case "k": "\u{328}"
    case "r": "\u{30A}"
    case "d": "\u{323}"
    case "b": "\u{331}"
    case "t": "\u{361}"
    default: nil
    }
  }

  /// The combining mark of a math accent command (`\hat`, `\bar`...).
  static func mathAccent(_ command: String) -> Unicode.Scalar? {
    switch command {
    case "hat", "widehat": "\u{302}"
    case "check", "widecheck": "\u{30C}"
    case "tilde", "widetilde": "\u{303}"
    case "acute": "\u{301}"
    case "grave": "\u{300}"
    case "dot": "\u{307}"
    case "ddot": "\u{308}"
    case "dddot": "\u{20DB}"
    case "breve": "\u{306}"
    case "bar": "\u{304}"
    case "overline": "\u{305}"
    case "underline", "underbar": "\u{332}"
    case "vec", "overrightarrow": "\u{20D7}"
    case "overleftarrow": "\u{20D6}"
    case "mathring": "\u{30A}"
    default: nil
    }
  }

  /// `base` with `mark` on its first letter, precomposed where Unicode has the letter.
  ///
  /// A dotless `ı`/`ȷ` takes its dot back under a mark above, so `\"{\i}` gives `ï`.
  static func accent(_ base: String, with mark: Unicode.Scalar) -> String {
    var scalars = Array(base.unicodeScalars)
    guard let first = scalars.first else { return String(Character(mark)) }
    if first == "ı" { scalars[0] = "i" } else if first == "ȷ" { scalars[0] = "j" }
    var result = String.UnicodeScalarView()
    result.append(scalars[0])
    result.append(mark)
    result.append(contentsOf: scalars.dropFirst())
    return precompose(String(result))
  }

  /// `text` with `mark` after every character that is not a space (`\overline{AB}` → `A̅B̅`).
  static func markEach(_ text: String, with mark: Unicode.Scalar) -> String {
    var result = String.UnicodeScalarView()
    for character in text {
      result.append(contentsOf: character.unicodeScalars)
      if character != " " { result.append(mark) }
    }
    return precompose(String(result))
  }

  private static func precompose(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping
  }
}
