import Foundation

/// Turns a paper's text into the LaTeX a BibTeX field holds, so both bibtex (8-bit) and biber
/// (UTF-8) read it back as the same text.
///
/// The text is taken as arXiv gives it: LaTeX as written (`$\alpha$`, `\'e`, balanced `{…}`)
/// passes through, and everything else is made literal:
/// - `&`, `%`, `#`, `_` are escaped (`\&`); `^`, `~`, `<`, `>`, a lone `\` and an unpaired `$`
///   become the commands that print them;
/// - braces that do not pair up become `{\textbraceleft}` and `{\textbraceright}`, and so do
///   `\{` and `\}`: BibTeX counts every brace, backslash or not, so a field stays balanced
///   only when no unpaired brace character is left in it;
/// - accented Latin letters become accent commands (`é` → `{\'e}`), Greek letters and common
///   symbols become their LaTeX commands (`Σ` → `{$\Sigma$}`, `°` → `{\textdegree}`); any other
///   non-ASCII character is kept as UTF-8;
/// - in titles, math (`{$…$}`) and words with capitals after their first letter (`{ImageNet}`,
///   `{HDR}`) are wrapped in braces so bibliography styles keep their case, and a command
///   with a name of letters is wrapped with its argument (`{\LaTeX}`, `{\textbf{x}}`), which
///   BibTeX treats as one special character and does not lowercase the command's name.
///
/// ```swift
/// LaTeXText.title("FHDR: HDR Images & 50% of $\\alpha$")
/// // "{FHDR}: {HDR} Images \\& 50\\% of {$\\alpha$}"
/// ```
public enum LaTeXText {
  /// A title: escaped, with math and capitalised words protected by braces.
  public static func title(_ text: String) -> String { render(text, protectCase: true) }

  /// Plain text (authors, notes): escaped, with no case protection.
  public static func plain(_ text: String) -> String { render(text, protectCase: false) }

  // MARK: - Tokens

  /// One piece of the input: literal text, a LaTeX command passed through, math, or a brace
  /// that pairs up.
  private enum Piece {
    case text(Character)
    case command(String)
    case math(String)
    case open
    case close
    case space
  }

  private static func render(_ text: String, protectCase: Bool) -> String {
    let pieces = tokenize(Array(text.replacingLineBreaks(with: " ")))
    // Split into words at the spaces outside math (a math piece holds its own spaces); each
    // word is rendered and, for titles, protected as a whole.
    var out = ""
    var word: [Piece] = []
    var isFirstWord = true
    func flush() {
      guard !word.isEmpty else { return }
      out += renderWord(word, protect: protectCase && needsProtection(word, isFirst: isFirstWord))
      isFirstWord = false
      word.removeAll()
    }
    for piece in pieces {
      if case .space = piece {
        flush()
        out += " "
      } else {
        word.append(piece)
      }
    }
    flush()
    return out
  }

  private static func tokenize(_ chars: [Character]) -> [Piece] {
    var pieces: [Piece] = []
    var index = 0
    var openStack: [Int] = []  // indices into `pieces` of `{` not yet closed
    while index < chars.count {
      let char = chars[index]
      switch char {
      case " ", "\t":
        pieces.append(.space)
        index += 1
      case "\\":
        let (command, next) = readCommand(chars, from: index)
        switch command {
        case "\\{": pieces.append(.text("{"))
        case "\\}": pieces.append(.text("}"))
        case let command?: pieces.append(.command(command))
        case nil: pieces.append(.text("\\"))
        }
        index = next
      case "$":
        if let close = closingDollar(chars, after: index) {
          pieces.append(.math(String(chars[(index + 1)..<close])))
          index = close + 1
        } else {
          pieces.append(.text("$"))
          index += 1
        }
      case "{":
        openStack.append(pieces.count)
        pieces.append(.open)
        index += 1
      case "}":
        if openStack.popLast() != nil {
          pieces.append(.close)
        } else {
          pieces.append(.text("}"))
        }
        index += 1
      default:
        pieces.append(.text(char))
        index += 1
      }
    }
    for unmatched in openStack { pieces[unmatched] = .text("{") }
    return pieces
  }

  /// A backslash command at `start`: `\name` (ASCII letters) or `\` plus one ASCII symbol
  /// (`\&`, `\'`, `\{`). Returns `nil` for a lone backslash or one before a space.
  private static func readCommand(_ chars: [Character], from start: Int) -> (String?, Int) {
    var index = start + 1
    guard index < chars.count else { return (nil, index) }
    let first = chars[index]
    if first.isASCII && first.isLetter {
      while index < chars.count, chars[index].isASCII, chars[index].isLetter { index += 1 }
      return (String(chars[start..<index]), index)
    }
    if first.isASCII && !first.isWhitespace && first != "{" && first != "}" {
      return (String(chars[start...index]), index + 1)
    }
    if first == "{" || first == "}" { return (String(chars[start...index]), index + 1) }
    return (nil, index)
  }

  /// The index of the `$` closing math opened at `start`, or `nil` when it is not closed or
  /// closes at once (`$$`, whose dollars are then taken literally).
  private static func closingDollar(_ chars: [Character], after start: Int) -> Int? {
    var index = start + 1
    var escaped = false
    while index < chars.count {
      let char = chars[index]
      if escaped {
        escaped = false
      } else if char == "\\" {
        escaped = true
      } else if char == "$" {
        return index > start + 1 ? index : nil
      }
      index += 1
    }
    return nil
  }

  // MARK: - Rendering

  /// Whether a title word keeps its case: it has a capital after its first character
  /// (`ImageNet`, `HDR`, `3D`, first word or not), or it is a lone capital after the first
  /// word (`a {U}-turn`).
  private static func needsProtection(_ word: [Piece], isFirst: Bool) -> Bool {
    var letters: [Character] = []
    // The word opens with a digit (`3D`), after opening punctuation at most.
    let isDigitLed =
      word.first { piece in
        if case .text(let char) = piece { return !"([\"'`".contains(char) }
        return true
      }.map { piece in
        if case .text(let char) = piece { return char.isNumber }
        return false
      } ?? false
    for piece in word {
      switch piece {
      case .text(let char):
        if char.isLetter { letters.append(char) }
      case .command: return false  // LaTeX as written: leave its grouping alone
      case .math, .open, .close, .space: continue
      }
    }
    if letters.dropFirst().contains(where: \.isUppercase) { return true }
    // A digit-led word (`3D`): its capital is not its first character.
    if isDigitLed, letters.contains(where: \.isUppercase) { return true }
    return !isFirst && letters.count == 1 && letters[0].isUppercase
  }

  /// The word as LaTeX; when protected, the braces go around its core, leaving leading and
  /// trailing punctuation outside (`({RGBT}),`).
  private static func renderWord(_ word: [Piece], protect: Bool) -> String {
    guard protect else { return renderPieces(word[...]) }
    func isAny(_ piece: Piece, of set: String) -> Bool {
      guard case .text(let char) = piece else { return false }
      return set.contains(char)
    }
    let start = word.firstIndex { !isAny($0, of: "([\"") } ?? word.startIndex
    // A closing bracket stays inside unless its opening one was left outside: `{f(x)},`.
    let trailing = start > word.startIndex ? ",.:;!?)]\"" : ",.:;!?"
    let end = (word.lastIndex { !isAny($0, of: trailing) } ?? word.endIndex - 1) + 1
    guard start < end else { return renderPieces(word[...]) }
    return renderPieces(word[..<start]) + "{" + renderPieces(word[start..<end]) + "}"
      + renderPieces(word[end...])
  }

  /// Renders pieces in order; a command named by letters is wrapped in braces together with
  /// the brace group right after it, when that group ends within `pieces`.
  private static func renderPieces(_ pieces: ArraySlice<Piece>) -> String {
    var out = ""
    var index = pieces.startIndex
    while index < pieces.endIndex {
      guard case .command(let name) = pieces[index], name.dropFirst().allSatisfy(\.isLetter)
      else {
        out += render(pieces[index])
        index += 1
        continue
      }
      var end = index + 1
      if end < pieces.endIndex, case .open = pieces[end] {
        var depth = 0
        var cursor = end
        while cursor < pieces.endIndex {
          if case .open = pieces[cursor] { depth += 1 }
          if case .close = pieces[cursor] { depth -= 1 }
          cursor += 1
          if depth == 0 { break }
        }
        if depth == 0 { end = cursor }
      }
      out += "{" + pieces[index..<end].map(render).joined() + "}"
      index = end
    }
    return out
  }

  private static func render(_ piece: Piece) -> String {
    switch piece {
    case .text(let char): return escape(char)
    case .command(let command): return command
    case .math(let body): return "{$" + escapeMath(body) + "$}"
    case .open: return "{"
    case .close: return "}"
    case .space: return " "
    }
  }

  /// One literal character as LaTeX text.
  static func escape(_ char: Character) -> String {
    switch char {
    case "&", "%", "#", "_": return "\\\(char)"
    case "{": return "{\\textbraceleft}"
    case "}": return "{\\textbraceright}"
    case "$": return "\\$"
    case "\\": return "{\\textbackslash}"
    case "^": return "{\\textasciicircum}"
    case "~": return "{\\textasciitilde}"
    case "<": return "{\\textless}"
    case ">": return "{\\textgreater}"
    default: break
    }
    if char.isASCII { return String(char) }
    if let symbol = textSymbols[char] { return symbol }
    if let greek = greekLetters[char] { return "{$\(greek)$}" }
    if let accented = accentCommand(char) { return accented }
    return String(char)
  }

  /// Math as written, with non-ASCII letters as commands and braces kept balanced (`\{` and
  /// an unpaired brace become `\lbrace`/`\rbrace`, which hold no brace character).
  private static func escapeMath(_ text: String) -> String {
    let chars = Array(
      text.replacingOccurrences(of: "\\{", with: "\\lbrace ")
        .replacingOccurrences(of: "\\}", with: "\\rbrace "))
    var pieces: [String] = []
    var open: [Int] = []  // indices into `pieces` of `{` not yet closed
    var previousWasBackslash = false
    for (index, char) in chars.enumerated() {
      defer { previousWasBackslash = char == "\\" && !previousWasBackslash }
      if previousWasBackslash {
        pieces.append(String(char))
        continue
      }
      // A command needs a space before a following letter: `\alpha x`, not `\alphax`.
      let gap = index + 1 < chars.count && chars[index + 1].isLetter ? " " : ""
      switch char {
      case "{":
        open.append(pieces.count)
        pieces.append("{")
      case "}":
        if open.popLast() != nil {
          pieces.append("}")
        } else {
          pieces.append("\\rbrace" + gap)
        }
      case "%", "#", "&":
        pieces.append("\\\(char)")
      default:
        if char.isASCII {
          pieces.append(String(char))
        } else if let greek = greekLetters[char] {
          pieces.append(greek + gap)
        } else if let symbol = mathSymbols[char] {
          pieces.append(symbol + gap)
        } else {
          pieces.append(String(char))
        }
      }
    }
    for index in open { pieces[index] = "\\lbrace " }
    return pieces.joined()
  }

  /// `é` → `{\'e}`, `ç` → `{\c{c}}`, `ệ` → `{\^{\d{e}}}`: an ASCII letter and combining
  /// accents, innermost first.
  private static func accentCommand(_ char: Character) -> String? {
    let decomposed = Array(String(char).decomposedStringWithCanonicalMapping.unicodeScalars)
    guard decomposed.count >= 2, decomposed[0].isASCII else { return nil }
    var accents: [String] = []
    for mark in decomposed.dropFirst() {
      guard let accent = accentCommands[mark.value] else { return nil }
      accents.append(accent)
    }
    var base = String(decomposed[0])
    if base == "i" { base = "\\i" }
    if accents.count == 1, let accent = accents.first, !(accent.last?.isLetter ?? false) {
      return "{\(accent)\(base)}"  // {\'e}
    }
    for accent in accents { base = "\(accent){\(base)}" }
    return "{\(base)}"  // {\c{c}}, {\^{\d{e}}}
  }

  private static let accentCommands: [UInt32: String] = [
    0x300: "\\`", 0x301: "\\'", 0x302: "\\^", 0x303: "\\~", 0x304: "\\=", 0x306: "\\u",
    0x307: "\\.", 0x308: "\\\"", 0x30A: "\\r", 0x30B: "\\H", 0x30C: "\\v", 0x327: "\\c",
    0x328: "\\k", 0x323: "\\d",
  ]

  private static let textSymbols: [Character: String] = [
    "ß": "{\\ss}", "æ": "{\\ae}", "Æ": "{\\AE}", "œ": "{\\oe}", "Œ": "{\\OE}", "ø": "{\\o}",
    "Ø": "{\\O}", "ł": "{\\l}", "Ł": "{\\L}", "ı": "{\\i}", "å": "{\\aa}", "Å": "{\\AA}",
    "°": "{\\textdegree}", "–": "--", "—": "---", "‘": "`", "’": "'", "“": "``", "”": "''",
    "…": "{\\ldots}", "\u{00A0}": "~", "×": "{$\\times$}", "±": "{$\\pm$}", "≤": "{$\\leq$}",
    "≥": "{$\\geq$}", "→": "{$\\rightarrow$}", "←": "{$\\leftarrow$}", "∞": "{$\\infty$}",
    "·": "{$\\cdot$}", "µ": "{$\\mu$}", "√": "{$\\surd$}", "≈": "{$\\approx$}",
    "©": "{\\textcopyright}",
    "®": "{\\textregistered}", "™": "{\\texttrademark}", "€": "{\\texteuro}", "£": "{\\pounds}",
    "§": "{\\S}", "¶": "{\\P}", "¿": "{\\textquestiondown}", "¡": "{\\textexclamdown}",
  ]

  private static let mathSymbols: [Character: String] = [
    "×": "\\times", "±": "\\pm", "≤": "\\leq", "≥": "\\geq", "→": "\\rightarrow",
    "←": "\\leftarrow", "∞": "\\infty", "·": "\\cdot", "µ": "\\mu", "≈": "\\approx",
    "∈": "\\in", "∑": "\\sum", "∂": "\\partial", "∇": "\\nabla", "°": "^\\circ",
  ]

  private static let greekLetters: [Character: String] = [
    "α": "\\alpha", "β": "\\beta", "γ": "\\gamma", "δ": "\\delta", "ε": "\\epsilon",
    "ζ": "\\zeta", "η": "\\eta", "θ": "\\theta", "ι": "\\iota", "κ": "\\kappa",
    "λ": "\\lambda", "μ": "\\mu", "ν": "\\nu", "ξ": "\\xi", "π": "\\pi", "ρ": "\\rho",
    "σ": "\\sigma", "τ": "\\tau", "υ": "\\upsilon", "φ": "\\phi", "χ": "\\chi", "ψ": "\\psi",
    "ω": "\\omega", "Γ": "\\Gamma", "Δ": "\\Delta", "Θ": "\\Theta", "Λ": "\\Lambda",
    "Ξ": "\\Xi", "Π": "\\Pi", "Σ": "\\Sigma", "Υ": "\\Upsilon", "Φ": "\\Phi", "Ψ": "\\Psi",
    "Ω": "\\Omega",
  ]
}
