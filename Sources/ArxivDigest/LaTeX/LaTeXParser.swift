/// The recursive renderer behind ``LaTeXRenderer``: one pass over the scalars of one text.
///
/// Braces are matched once up front, so an unclosed `{` or `$` is found without rescanning and
/// written out as is. Every construct falls back locally: what cannot be rendered is copied as
/// written and rendering goes on after it.
struct LaTeXParser {
  typealias Style = StyledText.Style

  enum Mode {
    case text
    case math
  }

  /// How a math span opens and closes.
  enum Delimiter {
    case dollar
    case doubleDollar
    case paren
    case bracket

    var length: Int { self == .dollar ? 1 : 2 }
  }

  /// Deeper nesting than this stops rendering: the whole text is then shown as written.
  static let maximumDepth = 64
  /// The most work one text may cost, in scalars read and written (copies of nested output
  /// included); past it the whole text is shown as written. Real abstracts cost a few times
  /// their length, well under a tenth of this.
  static let maximumWork = 100_000
  /// The work of looking up one command, in units of copying one scalar.
  static let commandWork = 150
  /// The work of one `~`, quote or dash in text.
  static let typographyWork = 10
  /// The work of rendering a part apart (a math span, an argument) before copying it.
  static let renderedWork = 50
  /// The work of one precomposition through Foundation.
  static let precomposeWork = 400

  /// Why rendering stopped, when it did.
  enum Overrun {
    case depth
    case work
  }

  private let s: [Unicode.Scalar]
  /// The UTF-8 of the text, and where each scalar of `s` starts in it (plus the end).
  private let utf8: [UInt8]
  private let offsets: [Int]
  /// For each `{` or `}`, the index of its partner; -1 when it has none (or is no brace).
  private let match: [Int]
  private var out = RunBuilder()
  private var depth = 0
  /// The work spent so far, in the units of ``maximumWork``.
  private(set) var work = 0
  /// The last word ``isInURL(_:)`` read, and whether it is a URL.
  private var urlWord: (range: Range<Int>, isURL: Bool)?
  /// Accented letters made so far (see ``accented(_:with:)``).
  private var accents: [AccentKey: String] = [:]

  struct AccentKey: Hashable {
    var base: String
    var mark: Unicode.Scalar
  }
  /// Set once the text nests deeper than ``maximumDepth`` or costs more than ``maximumWork``;
  /// from then on every loop returns at once and the output is to be discarded.
  private(set) var overrun: Overrun?

  init(_ text: String) {
    // Decoded from the UTF-8 directly: a Swift string's UTF-8 is always valid.
    let bytes = Array(text.utf8)
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    scalars.reserveCapacity(bytes.count)
    offsets.reserveCapacity(bytes.count + 1)
    var offset = 0
    while offset < bytes.count {
      let lead = bytes[offset]
      offsets.append(offset)
      if lead < 0x80 {
        scalars.append(Unicode.Scalar(lead))
        offset += 1
        continue
      }
      let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
      for next in offset + 1..<min(offset + width, bytes.count) {
        value = value << 6 | UInt32(bytes[next] & 0x3F)
      }
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      offset += width
    }
    offsets.append(bytes.count)
    var match = [Int](repeating: -1, count: scalars.count)
    var open: [Int] = []
    var index = 0
    while index < scalars.count {
      switch scalars[index] {
      case "\\":
        index += 2
        continue
      case "{":
        open.append(index)
      case "}":
        if let partner = open.popLast() {
          match[partner] = index
          match[index] = partner
        }
      default:
        break
      }
      index += 1
    }
    self.s = scalars
    self.utf8 = bytes
    self.offsets = offsets
    self.match = match
  }

  /// Renders the whole text; the output is meaningless once ``overrun`` is set.
  mutating func render() -> RunBuilder {
    out = RunBuilder()
    renderList(0..<s.count, .text, .plain)
    return out
  }

  // MARK: - Lists

  private mutating func renderList(_ range: Range<Int>, _ mode: Mode, _ initialStyle: Style) {
    guard overrun == nil else { return }
    guard depth < LaTeXParser.maximumDepth else {
      overrun = .depth
      return
    }
    depth += 1
    defer { depth -= 1 }
    var style = initialStyle
    // Math only: a space to write before the next output (collapsed, dropped at the end).
    var pending = false
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      work += 1
      if work > LaTeXParser.maximumWork { overrun = .work }
      if overrun != nil { return }
      let c = s[i]
      if mode == .math, LaTeXParser.isSpace(c) {
        if !out.isEmpty { pending = true }
        i += 1
        continue
      }
      switch c {
      case "\\":
        i = command(at: i, end, mode, &style, &pending)
      case "$" where mode == .text:
        i = mathSpan(at: i, end, .dollar, style)
      case "{":
        flush(&pending, style)
        let close = match[i]
        if close > i, close < end {
          if mode == .text, isLiteralSet(i + 1..<close) {
            out.append(s[i...close], style)
          } else {
            renderList(i + 1..<close, mode, style)
          }
          i = close + 1
        } else {
          out.append(c, style)
          i += 1
        }
      case "^" where mode == .math, "_" where mode == .math:
        flush(&pending, style)
        i = script(at: i, end, style)
      case "'" where mode == .math:
        flush(&pending, style)
        out.append("′", style)
        i += 1
      case "~" where mode == .math:
        if !out.isEmpty { pending = true }
        i += 1
      case "~" where mode == .text, "`" where mode == .text, "'" where mode == .text,
        "-" where mode == .text:
        i = typography(at: i, end, style)
      default:
        flush(&pending, style)
        var stop = i + 1
        while stop < end, !LaTeXParser.isSpecial(s[stop], mode) { stop += 1 }
        work += stop - i
        out.append(utf8: utf8[offsets[i]..<offsets[stop]], style)
        i = stop
      }
    }
  }

  /// Scalars the list loop must look at one by one; any other run of scalars is copied whole.
  private static func isSpecial(_ c: Unicode.Scalar, _ mode: Mode) -> Bool {
    switch c {
    case "\\", "$", "{", "}", "'", "~": true
    case "^", "_", " ", "\t", "\n", "\r": mode == .math
    case "`", "-": mode == .text
    default: false
    }
  }

  /// Renders `range` into a fresh builder and returns it, leaving the output untouched.
  ///
  /// The result is charged to the work once more, for the copy or the reading that follows.
  private mutating func rendered(_ range: Range<Int>, _ mode: Mode, _ style: Style) -> RunBuilder {
    let saved = out
    out = RunBuilder()
    renderList(range, mode, style)
    let result = out
    out = saved
    work += result.utf8Count + LaTeXParser.renderedWork
    if work > LaTeXParser.maximumWork { overrun = .work }
    // Past the bound the output is discarded: what follows (marks, scripts) works on nothing.
    return overrun == nil ? result : RunBuilder()
  }

  // MARK: - Typography

  /// Text-mode `~` (a tie: a space between two words), ``` `` ``` and `''` (curly quotes),
  /// `--` and `---` (dashes), each kept as written inside a URL; a lone `'`, `` ` `` or `-`
  /// stays as it is.
  private mutating func typography(at i: Int, _ end: Int, _ style: Style) -> Int {
    work += LaTeXParser.typographyWork
    let c = s[i]
    let next: Unicode.Scalar? = i + 1 < end ? s[i + 1] : nil
    if c == "'" {
      if next == "'", !isInURL(i) {
        out.append("”", style)
        return i + 2
      }
      out.append(c, style)
      return i + 1
    }
    if c == "`" {
      guard !isInURL(i) else {
        out.append(c, style)
        return i + 1
      }
      if next == "`" {
        out.append("“", style)
        return i + 2
      }
      out.append("‘", style)
      return i + 1
    }
    if c == "~" {
      let before = out.lastScalar
      let isTie =
        before != nil && before != " " && next != nil && next.map(LaTeXParser.isSpace) == false
      out.append(isTie && !isInURL(i) ? " " : "~", style)
      return i + 1
    }
    // "-"
    guard next == "-", !isInURL(i) else {
      out.append(c, style)
      return i + 1
    }
    if i + 2 < end, s[i + 2] == "-" {
      out.append("—", style)
      return i + 3
    }
    out.append("–", style)
    return i + 2
  }

  /// Whether the word around `i` (from the last space before it) is a URL.
  ///
  /// The word's answer is kept, so a word with many dashes is read once.
  private mutating func isInURL(_ i: Int) -> Bool {
    if let word = urlWord, word.range.contains(i) { return word.isURL }
    func isBoundary(_ c: Unicode.Scalar) -> Bool { LaTeXParser.isSpace(c) || c == "{" || c == "}" }
    var start = i
    while start > 0, !isBoundary(s[start - 1]) { start -= 1 }
    var stop = i
    while stop < s.count, !isBoundary(s[stop]) { stop += 1 }
    work += stop - start
    var isURL =
      stop - start >= 4 && s[start] == "w" && s[start + 1] == "w" && s[start + 2] == "w"
      && s[start + 3] == "."
    var j = start
    while !isURL, j + 2 < stop {
      if s[j] == ":", s[j + 1] == "/", s[j + 2] == "/" { isURL = true }
      j += 1
    }
    urlWord = (start..<stop, isURL)
    return isURL
  }

  /// Whether a text-mode group holds a set written with literal braces (`{train, test}`,
  /// `{1,0}`): two or more items split by commas, none empty or holding a space, no LaTeX.
  private mutating func isLiteralSet(_ range: Range<Int>) -> Bool {
    var items = 1
    var itemStart = true  // no scalar but spaces in the item so far
    var afterWord = false  // a space followed the item's word
    for j in range {
      let c = s[j]
      work += 1
      switch c {
      case "\\", "$", "{", "}":
        return false
      case ",":
        if itemStart { return false }
        items += 1
        itemStart = true
        afterWord = false
      case " ", "\t", "\n", "\r":
        if !itemStart { afterWord = true }
      default:
        if afterWord { return false }
        itemStart = false
      }
    }
    return items >= 2 && !itemStart
  }

  private mutating func flush(_ pending: inout Bool, _ style: Style) {
    if pending {
      out.append(" ", style)
      pending = false
    }
  }

  // MARK: - Math spans

  private mutating func mathSpan(
    at i: Int, _ end: Int, _ delimiter: Delimiter, _ style: Style
  ) -> Int {
    var delimiter = delimiter
    if delimiter == .dollar, i + 1 < end, s[i + 1] == "$" { delimiter = .doubleDollar }
    let open = i + delimiter.length
    guard let close = findClose(from: open, end, delimiter) else {
      out.append(s[i..<open], style)
      return open
    }
    out.append(rendered(open..<close, .math, style.union(.math)))
    return close + delimiter.length
  }

  /// Where the delimiter closing a math span starting at `start` is, or `nil` when it is not
  /// closed before `end` or before a `}` that closes an enclosing group.
  private func findClose(from start: Int, _ end: Int, _ delimiter: Delimiter) -> Int? {
    var j = start
    while j < end {
      let c = s[j]
      if c == "\\" {
        if j + 1 < end {
          if delimiter == .paren, s[j + 1] == ")" { return j }
          if delimiter == .bracket, s[j + 1] == "]" { return j }
        }
        j += 2
        continue
      }
      if c == "{" {
        let close = match[j]
        j = close > j && close < end ? close + 1 : j + 1
        continue
      }
      if c == "}" { return nil }
      if c == "$" {
        switch delimiter {
        case .dollar: return j
        case .doubleDollar: return j + 1 < end && s[j + 1] == "$" ? j : nil
        case .paren, .bracket: return nil
        }
      }
      j += 1
    }
    return nil
  }

  // MARK: - Scripts

  private mutating func script(at i: Int, _ end: Int, _ style: Style) -> Int {
    let marker = s[i]
    guard let arg = argument(at: i + 1, end, skippingSpaces: true) else {
      out.append(marker, style)
      return i + 1
    }
    let part = rendered(arg.range, .math, style)
    // Reading the part again: its text, its script form, its kind.
    guard charge(8 * part.utf8Count) else { return arg.next }
    let text = part.plainText
    guard !text.isEmpty else { return arg.next }
    let converted =
      marker == "^" ? UnicodeForms.superscript(text) : UnicodeForms.subscript(text)
    if let converted {
      out.append(converted, style)
    } else if LaTeXParser.isOneCharacter(text)
      || text.unicodeScalars.allSatisfy(LaTeXParser.isAlphanumeric)
    {
      out.append(marker, style)
      out.append(part)
    } else {
      out.append(marker, style)
      out.append("(", style)
      out.append(part)
      out.append(")", style)
    }
    return arg.next
  }

  // MARK: - Commands

  private mutating func command(
    at i: Int, _ end: Int, _ mode: Mode, _ style: inout Style, _ pending: inout Bool
  ) -> Int {
    work += LaTeXParser.commandWork
    guard let (name, next, isWord) = controlSequence(at: i, end) else {
      flush(&pending, style)
      out.append("\\", style)
      return i + 1
    }
    if !isWord {
      return controlSymbol(name, at: i, next, end, mode, style, &pending)
    }
    if let symbol = LaTeXSymbols.symbol(named: name), !LaTeXParser.takesArguments(name) {
      return self.symbol(symbol, next, end, mode, style, &pending)
    }
    if fontSwitch(name, &style) { return skipSpaces(next, end) }
    if let result = argumentCommand(name, at: i, next, end, mode, style, &pending) {
      return result
    }
    switch name {
    case "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl",
      "Bigr", "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm":
      let after = skipSpaces(next, end)
      return after < end && s[after] == "." ? after + 1 : after
    case "quad", "qquad", "enspace", "thinspace", "medspace", "thickspace", "space",
      "hfill", "par", "newline", "linebreak", "break":
      space(mode, style, &pending)
      return skipSpaces(next, end)
    case "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits",
      "nolimits", "mathstrut", "strut", "noindent", "protect", "relax", "leavevmode",
      "nobreak", "centering", "ignorespaces", "unskip", "allowbreak", "xspace":
      return skipSpaces(next, end)
    default:
      return unknown(at: i, next, end, mode, style, &pending)
    }
  }

  private mutating func controlSymbol(
    _ name: String, at i: Int, _ next: Int, _ end: Int, _ mode: Mode, _ style: Style,
    _ pending: inout Bool
  ) -> Int {
    switch name {
    case "\\" where mode == .text:
      // A line break: one space between the words around it.
      if let last = out.lastScalar, last != " " { out.append(" ", style) }
      return skipSpaces(next, end)
    case "\\", " ", ",", ";", ":", ">", "\t", "\n":
      space(mode, style, &pending)
      return next
    case "!", "/", "@", "-":
      return next
    case "%", "$", "&", "#", "_", "{", "}":
      flush(&pending, style)
      out.append(name, style)
      return next
    case "|":
      flush(&pending, style)
      out.append("‖", style)
      return next
    case "(" where mode == .text:
      return mathSpan(at: i, end, .paren, style)
    case "[" where mode == .text:
      return mathSpan(at: i, end, .bracket, style)
    default:
      if mode == .text, let mark = UnicodeForms.textAccent(name) {
        return textAccent(mark, at: i, next, end, skippingSpaces: false, style, &pending)
      }
      return unknown(at: i, next, end, mode, style, &pending)
    }
  }

  private mutating func symbol(
    _ symbol: LaTeXSymbols.Symbol, _ next: Int, _ end: Int, _ mode: Mode, _ style: Style,
    _ pending: inout Bool
  ) -> Int {
    switch symbol.kind {
    case .ordinary:
      flush(&pending, style)
      out.append(symbol.text, style)
      guard mode == .math else { return next }
      let after = skipSpaces(next, end)
      // `\lambda = 0.5`: the space ends the name, but one before an operator is kept.
      if after > next, isOperator(at: after, end) { pending = true }
      return after
    case .relation:
      let spaced = pending
      flush(&pending, style)
      out.append(symbol.text, style)
      guard mode == .math else { return next }
      pending = spaced
      return skipSpaces(next, end)
    case .function:
      flush(&pending, style)
      guard mode == .math else {
        out.append(symbol.text, style)
        return next
      }
      if let last = out.lastScalar, LaTeXParser.isAlphanumeric(last) { out.append(" ", style) }
      out.append(symbol.text, style)
      let after = skipSpaces(next, end)
      if after < end, LaTeXParser.isAlphanumeric(s[after]) || s[after] == "\\" {
        pending = true
      }
      return after
    case .letter:
      flush(&pending, style)
      out.append(symbol.text, style)
      return skipSpaces(next, end)
    case .abbreviation:
      flush(&pending, style)
      var text = symbol.text
      if next < end, s[next] == ".", text.hasSuffix(".") { text.removeLast() }
      out.append(text, style)
      return next
    }
  }

  /// Just after the `{` at `i` (spaces skipped) when it is never closed, else `nil`: a
  /// command whose argument opens and never closes (`\emph{words…`) is dropped with its brace,
  /// and the words stay.
  private func afterUnclosedBrace(_ i: Int, _ end: Int) -> Int? {
    let open = skipSpaces(i, end)
    guard open < end, s[open] == "{", match[open] < 0 else { return nil }
    return open + 1
  }

  /// Adds `units` to the work; `false` (and the text is past the bound) when that is too
  /// much, so the caller skips what it was about to do.
  private mutating func charge(_ units: Int) -> Bool {
    work += units
    if work > LaTeXParser.maximumWork { overrun = .work }
    return overrun == nil
  }

  /// `UnicodeForms.accent`, remembered per text: precomposing goes through Foundation and
  /// costs microseconds, and the same accented letters come back (author names, `\'e`).
  private mutating func accented(_ base: String, with mark: Unicode.Scalar) -> String {
    let key = AccentKey(base: base, mark: mark)
    if let known = accents[key] { return known }
    guard charge(LaTeXParser.precomposeWork + 8 * base.utf8.count) else { return "" }
    let result = UnicodeForms.accent(base, with: mark)
    accents[key] = result
    return result
  }

  private mutating func markedEach(_ text: String, with mark: Unicode.Scalar) -> String {
    // Foundation's precomposition of long text, marks stacked on every letter, costs the most.
    guard charge(LaTeXParser.precomposeWork + 32 * text.utf8.count) else { return "" }
    return UnicodeForms.markEach(text, with: mark)
  }

  /// Whether an operator or relation starts at `i`: `=`, `+`, `<`… or `\le`, `\times`….
  private func isOperator(at i: Int, _ end: Int) -> Bool {
    guard i < end else { return false }
    if s[i] == "\\" {
      guard let (name, _, isWord) = controlSequence(at: i, end), isWord else { return false }
      return LaTeXSymbols.symbol(named: name)?.kind == .relation
    }
    return LaTeXParser.operatorScalars.contains(s[i]) && s[i] != " " && s[i] != ","
      && s[i] != ";"
  }

  /// Applies a font switch (`\bf`, `\em`...) to the rest of the group; `false` if `name` is none.
  private func fontSwitch(_ name: String, _ style: inout Style) -> Bool {
    switch name {
    case "bf", "bfseries", "boldmath": style.insert(.bold)
    case "em", "it", "itshape", "sl", "slshape": style.insert(.italic)
    case "tt", "ttfamily": style.insert(.code)
    case "rm", "normalfont", "upshape", "mdseries", "rmfamily":
      style.subtract([.bold, .italic, .code])
    case "sf", "sffamily", "sc", "scshape": break
    default: return false
    }
    return true
  }

  /// Commands in the symbol table that take an argument and are handled with it.
  private static func takesArguments(_ name: String) -> Bool {
    name == "xrightarrow" || name == "xleftarrow"
  }

  /// The commands that take arguments; `nil` when `name` is none of them.
  private mutating func argumentCommand(
    _ name: String, at i: Int, _ next: Int, _ end: Int, _ mode: Mode, _ style: Style,
    _ pending: inout Bool
  ) -> Int? {
    if let (added, switchesToText) = LaTeXParser.styleCommand(name) {
      guard let arg = argument(at: next, end, skippingSpaces: true) else {
        if let after = afterUnclosedBrace(next, end) {
          flush(&pending, style)
          return after
        }
        return unknown(at: i, next, end, mode, style, &pending)
      }
      flush(&pending, style)
      var inner = style.union(added)
      if switchesToText { inner.remove(.math) }
      renderList(arg.range, switchesToText ? .text : mode, inner)
      return arg.next
    }
    if let alphabet = UnicodeForms.Alphabet(command: name) {
      guard let arg = argument(at: next, end, skippingSpaces: true) else {
        return unknown(at: i, next, end, mode, style, &pending)
      }
      flush(&pending, style)
      let part = rendered(arg.range, mode, style)
      guard charge(8 * part.utf8Count) else { return arg.next }
      for run in part.runs {
        var mapped = String.UnicodeScalarView()
        for scalar in run.text.unicodeScalars {
          mapped.append(UnicodeForms.map(scalar, to: alphabet))
        }
        out.append(String(mapped), run.style)
      }
      return arg.next
    }
    if let mark = UnicodeForms.mathAccent(name) {
      guard let arg = argument(at: next, end, skippingSpaces: true) else {
        return unknown(at: i, next, end, mode, style, &pending)
      }
      flush(&pending, style)
      let base = rendered(arg.range, mode, style).plainText
      out.append(
        base.count == 1
          ? accented(base, with: mark) : markedEach(base, with: mark),
        style)
      return arg.next
    }
    if mode == .text, name.count == 1, let mark = UnicodeForms.textAccent(name) {
      return textAccent(mark, at: i, next, end, skippingSpaces: true, style, &pending)
    }
    switch name {
    case "cite", "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear", "parencite",
      "textcite", "autocite", "footcite", "citenum", "nocite":
      // Dropped with the space (or tie) before it: "as shown~\cite{x}." → "as shown."
      var after = skipSpaces(next, end)
      while let option = optionalArgument(at: after, end) { after = skipSpaces(option.next, end) }
      guard let keys = argument(at: after, end, skippingSpaces: true), s[after] == "{" else {
        return nil
      }
      pending = false
      out.dropTrailingSpaces()
      return keys.next
    case "footnote":
      guard let note = argument(at: next, end, skippingSpaces: true) else {
        return afterUnclosedBrace(next, end)
      }
      pending = false
      out.dropTrailingSpaces()
      out.append(" (", style)
      var inner = style
      inner.remove(.math)
      renderList(note.range, .text, inner)
      out.append(")", style)
      return note.next
    case "textcolor", "colorbox":
      var after = skipSpaces(next, end)
      if let option = optionalArgument(at: after, end) { after = option.next }
      guard let colour = argument(at: after, end, skippingSpaces: true) else { return nil }
      guard let text = argument(at: colour.next, end, skippingSpaces: true) else {
        return afterUnclosedBrace(colour.next, end)
      }
      flush(&pending, style)
      renderList(text.range, name == "colorbox" ? .text : mode, style)
      return text.next
    case "unicode":
      // MathJax's `\unicode{x2030}` or `\unicode{8240}`.
      guard let code = argument(at: next, end, skippingSpaces: true) else { return nil }
      var digits = String(String.UnicodeScalarView(s[code.range])).trimmingSpaces
      let radix = digits.hasPrefix("x") || digits.hasPrefix("X") ? 16 : 10
      if radix == 16 { digits.removeFirst() }
      guard let value = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(value),
        scalar.properties.generalCategory != .control,
        scalar.properties.generalCategory != .format
      else { return nil }
      flush(&pending, style)
      out.append(scalar, style)
      return code.next
    case "say", "enquote":
      guard let quoted = argument(at: next, end, skippingSpaces: true) else { return nil }
      flush(&pending, style)
      out.append("“", style)
      renderList(quoted.range, .text, style.subtracting(.math))
      out.append("”", style)
      return quoted.next
    case "ref", "eqref", "cref", "Cref", "autoref":
      // The key in brackets: the number it stands for is not in the abstract.
      guard let key = argument(at: next, end, skippingSpaces: true), s[skipSpaces(next, end)] == "{"
      else { return nil }
      flush(&pending, style)
      out.append("[", style)
      out.append(s[key.range], style)
      out.append("]", style)
      return key.next
    case "label":
      guard let key = argument(at: next, end, skippingSpaces: true) else { return nil }
      return key.next
    case "begin", "end":
      // The frame of an abstract or a quotation goes; other environments stay as written.
      guard let environment = argument(at: next, end, skippingSpaces: true),
        ["abstract", "quote", "quotation", "center"].contains(
          String(String.UnicodeScalarView(s[environment.range])))
      else { return nil }
      return skipSpaces(environment.next, end)
    case "keywords":
      guard let words = argument(at: next, end, skippingSpaces: true) else { return nil }
      flush(&pending, style)
      out.append("Keywords: ", style)
      renderList(words.range, mode, style)
      return words.next
    case "color":
      var after = skipSpaces(next, end)
      if let option = optionalArgument(at: after, end) { after = option.next }
      guard let colour = argument(at: after, end, skippingSpaces: true) else { return nil }
      return skipSpaces(colour.next, end)
    case "url", "nolinkurl", "path":
      guard let target = argument(at: next, end, skippingSpaces: true) else {
        return afterUnclosedBrace(next, end)
      }
      flush(&pending, style)
      appendURL(target.range, name == "path" ? style.union(.code) : style.union(.link))
      return target.next
    case "frac", "dfrac", "tfrac", "cfrac", "nicefrac", "sfrac", "flatfrac":
      guard let top = argument(at: next, end, skippingSpaces: true),
        let bottom = argument(at: top.next, end, skippingSpaces: true)
      else { return unknown(at: i, next, end, mode, style, &pending) }
      flush(&pending, style)
      appendGrouped(rendered(top.range, mode, style), style)
      out.append("/", style)
      appendGrouped(rendered(bottom.range, mode, style), style)
      return bottom.next
    case "sqrt":
      var after = skipSpaces(next, end)
      var index = ""
      if let option = optionalArgument(at: after, end) {
        index = rendered(option.range, mode, style).plainText
        after = option.next
      }
      guard let arg = argument(at: after, end, skippingSpaces: true) else {
        return unknown(at: i, next, end, mode, style, &pending)
      }
      flush(&pending, style)
      switch index.trimmingSpaces {
      case "": out.append("√", style)
      case "3": out.append("∛", style)
      case "4": out.append("∜", style)
      case let other:
        out.append(UnicodeForms.superscript(other) ?? "(\(other))", style)
        out.append("√", style)
      }
      appendGrouped(rendered(arg.range, mode, style), style)
      return arg.next
    case "xrightarrow", "xleftarrow":
      var after = skipSpaces(next, end)
      if let option = optionalArgument(at: after, end) { after = option.next }
      guard let arg = argument(at: after, end, skippingSpaces: true) else {
        return unknown(at: i, next, end, mode, style, &pending)
      }
      flush(&pending, style)
      out.append(name == "xrightarrow" ? "→" : "←", style)
      let label = rendered(arg.range, mode, style).plainText
      if !label.isEmpty {
        out.append(UnicodeForms.superscript(label) ?? "^(\(label))", style)
      }
      return arg.next
    case "textsuperscript", "textsubscript":
      guard let arg = argument(at: next, end, skippingSpaces: true) else {
        return unknown(at: i, next, end, mode, style, &pending)
      }
      flush(&pending, style)
      let part = rendered(arg.range, .text, style)
      let text = part.plainText
      let isSuper = name == "textsuperscript"
      if let converted = isSuper
        ? UnicodeForms.superscript(text) : UnicodeForms.subscript(text)
      {
        out.append(converted, style)
      } else {
        out.append(isSuper ? "^(" : "_(", style)
        out.append(part)
        out.append(")", style)
      }
      return arg.next
    case "href":
      guard let target = argument(at: next, end, skippingSpaces: true),
        let label = argument(at: target.next, end, skippingSpaces: true)
      else { return unknown(at: i, next, end, mode, style, &pending) }
      flush(&pending, style)
      var inner = style
      inner.remove(.math)
      let text = rendered(label.range, .text, inner)
      let url = unescapedURL(target.range)
      if !text.plainText.unicodeScalars.contains(where: { !LaTeXParser.isSpace($0) })
        || text.plainText == url
      {
        out.append(url, style.union(.link))
      } else {
        out.append(text)
        out.append(" (", style)
        out.append(url, style.union(.link))
        out.append(")", style)
      }
      return label.next
    default:
      return nil
    }
  }

  /// The role a one-argument styling command adds, and whether its argument is text mode.
  private static func styleCommand(_ name: String) -> (Style, Bool)? {
    switch name {
    case "textbf": (.bold, true)
    case "mathbf", "boldsymbol", "bm", "pmb", "mathbfit": (.bold, false)
    case "textit", "emph", "textsl": (.italic, true)
    case "mathit": (.italic, false)
    case "texttt", "ttt", "code": (.code, true)
    case "mathtt": (.code, false)
    case "text", "textrm", "textnormal", "textup", "textmd", "textsf", "textsc", "mbox",
      "hbox", "fbox", "underline", "uline", "hl", "ul", "sout", "st", "makebox",
      "framebox":
      (.plain, true)
    case "mathrm", "mathsf", "mathnormal", "operatorname", "mathop", "mathord": (.plain, false)
    default: nil
    }
  }

  private mutating func textAccent(
    _ mark: Unicode.Scalar, at i: Int, _ next: Int, _ end: Int, skippingSpaces: Bool,
    _ style: Style, _ pending: inout Bool
  ) -> Int {
    guard let arg = argument(at: next, end, skippingSpaces: skippingSpaces),
      !arg.range.isEmpty, !LaTeXParser.isSpace(s[arg.range.lowerBound])
    else { return unknown(at: i, next, end, .text, style, &pending) }
    let base = rendered(arg.range, .text, style).plainText
    guard !base.isEmpty else { return unknown(at: i, next, end, .text, style, &pending) }
    flush(&pending, style)
    out.append(accented(base, with: mark), style)
    return arg.next
  }

  /// Copies an unknown command as written, with the brace groups right after it (their
  /// content rendered).
  ///
  /// An author's macro (a word in a backslash, `\method`, with no argument or an empty `{}`)
  /// that is not a known LaTeX command shows as its word: `\method` → `method`. Optional
  /// arguments are copied as written, so `\foo[a]{b}` keeps every bracket and brace.
  private mutating func unknown(
    at i: Int, _ next: Int, _ end: Int, _ mode: Mode, _ style: Style, _ pending: inout Bool
  ) -> Int {
    flush(&pending, style)
    if next - i > 2, LaTeXParser.isLetter(s[i + 1]) {
      let name = String(String.UnicodeScalarView(s[i + 1..<next]))
      if !LaTeXParser.knownCommands.contains(name), LaTeXParser.argumentCount(name) == 0 {
        let after = next < end && s[next] == "{" && match[next] == next + 1 ? next + 2 : next
        if after == next + 2 || after >= end || s[after] != "{" && s[after] != "[" {
          out.append(s[i + 1..<next], style)
          return after
        }
      }
    }
    out.append(s[i..<next], style)
    var j = next
    while let option = optionalArgument(at: j, end) {
      out.append(s[j..<option.next], style)
      j = option.next
    }
    while j < end, s[j] == "{", match[j] > j, match[j] < end {
      let close = match[j]
      out.append("{", style)
      renderList(j + 1..<close, mode, style)
      out.append("}", style)
      j = close + 1
    }
    return j
  }

  /// LaTeX commands shown as written when they are not rendered (an author's macro of any
  /// other name shows as its word).
  static let knownCommands: Set<String> = [
    "begin", "end", "label", "ref", "eqref", "cref", "Cref", "autoref", "pageref", "input",
    "include", "includegraphics", "vspace", "hspace", "newcommand", "renewcommand", "def",
    "let", "item", "section", "subsection", "subsubsection", "paragraph", "caption",
    "bibliography", "bibitem", "hline", "cline", "multicolumn", "multirow", "usepackage",
    "documentclass", "maketitle", "title", "author", "date", "thanks", "footnotemark",
    "footnotetext", "marginpar", "vskip", "hskip", "kern", "raisebox", "scalebox", "resizebox",
    "rotatebox", "phantom", "hphantom", "vphantom", "overset", "underset", "stackrel",
    "binom", "choose", "over", "atop", "pmatrix", "bmatrix", "matrix", "cases", "array",
    "mathbin", "mathrel", "not", "substack", "overbrace", "underbrace",
    "tiny", "small", "large", "Large", "LARGE", "huge", "Huge", "footnotesize",
    "scriptsize", "normalsize", "textwidth", "linewidth", "hfil", "vfill", "today",
  ]

  /// Copies a URL as written, with its escaped specials (`\_`, `\%`, `\#`, `\&`, `\~`)
  /// unescaped.
  private mutating func appendURL(_ range: Range<Int>, _ style: Style) {
    out.append(unescapedURL(range), style)
  }

  private func unescapedURL(_ range: Range<Int>) -> String {
    var text = String.UnicodeScalarView()
    var j = range.lowerBound
    while j < range.upperBound {
      if s[j] == "\\", j + 1 < range.upperBound, "_%#&~$".unicodeScalars.contains(s[j + 1]) {
        j += 1
      }
      if !LaTeXParser.isSpace(s[j]) { text.append(s[j]) }
      j += 1
    }
    return String(text)
  }

  private mutating func space(_ mode: Mode, _ style: Style, _ pending: inout Bool) {
    if mode == .math {
      if !out.isEmpty { pending = true }
    } else {
      out.append(" ", style)
    }
  }

  /// Writes `part`, in parentheses when it is more than one term (`n+1` → `(n+1)`).
  private mutating func appendGrouped(_ part: RunBuilder, _ style: Style) {
    guard charge(4 * part.utf8Count) else { return }
    if LaTeXParser.needsParentheses(part.plainText) {
      out.append("(", style)
      out.append(part)
      out.append(")", style)
    } else {
      out.append(part)
    }
  }

  static func isOneCharacter(_ text: String) -> Bool {
    var characters = text.makeIterator()
    return characters.next() != nil && characters.next() == nil
  }

  static func needsParentheses(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard !scalars.isEmpty else { return false }
    if scalars.first == "(", scalars.last == ")" {
      var level = 0
      var closesAtEnd = true
      for (index, scalar) in scalars.enumerated() {
        if scalar == "(" { level += 1 }
        if scalar == ")" {
          level -= 1
          if level == 0, index != scalars.count - 1 { closesAtEnd = false }
        }
      }
      if closesAtEnd, level == 0 { return false }
    }
    return scalars.contains { operatorScalars.contains($0) }
  }

  private static let operatorScalars: Set<Unicode.Scalar> = Set(
    " +-−±∓×÷/⋅·∗*=<>≤≥≠≈∼,;".unicodeScalars)

  // MARK: - Tokens

  /// The control sequence at `i` (where `s[i]` is a backslash): a word of ASCII letters or a
  /// single other scalar; `nil` when the backslash ends the range.
  private func controlSequence(at i: Int, _ end: Int) -> (String, Int, Bool)? {
    let start = i + 1
    guard start < end else { return nil }
    guard LaTeXParser.isLetter(s[start]) else {
      return (String(Character(s[start])), start + 1, false)
    }
    var j = start
    while j < end, LaTeXParser.isLetter(s[j]) { j += 1 }
    return (String(decoding: utf8[offsets[start]..<offsets[j]], as: UTF8.self), j, true)
  }

  /// The argument at `i`: a brace group's inside, a control sequence, or one scalar; `nil` when
  /// there is none (end of range, `}`, `$`, an unclosed `{`).
  private func argument(
    at i: Int, _ end: Int, skippingSpaces: Bool
  ) -> (range: Range<Int>, next: Int)? {
    let j = skippingSpaces ? skipSpaces(i, end) : i
    guard j < end else { return nil }
    switch s[j] {
    case "{":
      let close = match[j]
      guard close > j, close < end else { return nil }
      return (j + 1..<close, close + 1)
    case "}", "$":
      return nil
    case "\\":
      guard let (name, next, _) = controlSequence(at: j, end) else { return nil }
      // `S_\mathrm{U}`: a command's own arguments go with it.
      var stop = next
      for _ in 0..<LaTeXParser.argumentCount(name) {
        let open = skipSpaces(stop, end)
        guard open < end, s[open] == "{", match[open] > open, match[open] < end else { break }
        stop = match[open] + 1
      }
      return (j..<stop, stop)
    default:
      return (j..<j + 1, j + 1)
    }
  }

  /// How many brace arguments a command that is rendered with its arguments takes.
  private static func argumentCount(_ name: String) -> Int {
    if styleCommand(name) != nil || UnicodeForms.Alphabet(command: name) != nil
      || UnicodeForms.mathAccent(name) != nil
    {
      return 1
    }
    switch name {
    case "frac", "dfrac", "tfrac", "cfrac", "nicefrac", "sfrac", "flatfrac", "href",
      "textcolor", "colorbox":
      return 2
    case "sqrt", "textsuperscript", "textsubscript", "url", "footnote", "xrightarrow",
      "xleftarrow":
      return 1
    default:
      return 0
    }
  }

  /// `[...]` at `i` (no nested unbalanced braces), or `nil`.
  private func optionalArgument(at i: Int, _ end: Int) -> (range: Range<Int>, next: Int)? {
    guard i < end, s[i] == "[" else { return nil }
    var j = i + 1
    while j < end {
      let c = s[j]
      if c == "\\" {
        j += 2
        continue
      }
      if c == "{" {
        let close = match[j]
        guard close > j, close < end else { return nil }
        j = close + 1
        continue
      }
      if c == "}" { return nil }
      if c == "]" { return (i + 1..<j, j + 1) }
      j += 1
    }
    return nil
  }

  private func skipSpaces(_ i: Int, _ end: Int) -> Int {
    var j = i
    while j < end, LaTeXParser.isSpace(s[j]) { j += 1 }
    return j
  }

  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\n" || c == "\r"
  }

  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
  }

  static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 48 && c.value <= 57) || c.properties.isAlphabetic
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
