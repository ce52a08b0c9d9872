/// Turns query text into a ``QueryNode`` tree, or a ``QueryError`` with its column.
///
/// Grammar (keywords case-insensitive, AND binding tighter than OR):
///
/// ```
/// query   := or
/// or      := and (("or" | "|") and)*
/// and     := unary ("and"? unary)*
/// unary   := ("-" | "not") unary | primary
/// primary := "(" or ")" | field ":" (word | phrase) | phrase | word
/// ```
struct QueryParser {
  enum Kind: Equatable {
    case word(String)
    case phrase(String)
    /// `name:value`; `valueColumn` is where the value starts.
    case field(name: String, value: String, valueColumn: Int)
    case open
    case close
    case or
    case and
    case not
    case minus
  }

  struct Token: Equatable {
    var kind: Kind
    /// 1-based column, in characters.
    var column: Int
  }

  /// Canonical field names, and the other spellings accepted for them.
  static let fields: [String: String] = [
    "ti": "ti", "title": "ti", "abs": "abs", "abstract": "abs", "au": "au", "author": "au",
    "authors": "au", "id": "id", "cat": "cat", "category": "cat", "date": "date", "is": "is",
  ]

  private var tokens: [Token] = []
  private var position = 0
  private var folding = TextFolding()

  /// Parses `text`; the empty (or blank) query is ``QueryNode/all``.
  static func parse(_ text: String) throws(QueryError) -> QueryNode {
    var parser = QueryParser()
    parser.tokens = try tokenize(text)
    guard !parser.tokens.isEmpty else { return .all }
    let root = try parser.parseOr()
    if let extra = parser.peek {
      throw QueryError(#"unmatched ")""#, column: extra.column)
    }
    return root
  }

  // MARK: - Tokens

  private static func tokenize(_ text: String) throws(QueryError) -> [Token] {
    let characters = Array(text)
    var tokens: [Token] = []
    var i = 0
    func isBoundary(_ c: Character) -> Bool {
      c.isWhitespace || c == "(" || c == ")" || c == "\"" || c == "|"
    }
    func readPhrase(from quote: Int) throws(QueryError) -> (String, Int) {
      var j = quote + 1
      while j < characters.count, characters[j] != "\"" { j += 1 }
      guard j < characters.count else { throw QueryError("unclosed quote", column: quote + 1) }
      return (String(characters[(quote + 1)..<j]), j + 1)
    }
    while i < characters.count {
      let c = characters[i]
      if c.isWhitespace {
        i += 1
        continue
      }
      switch c {
      case "(":
        tokens.append(Token(kind: .open, column: i + 1))
        i += 1
      case ")":
        tokens.append(Token(kind: .close, column: i + 1))
        i += 1
      case "|":
        tokens.append(Token(kind: .or, column: i + 1))
        i += 1
      case "\"":
        let (phrase, next) = try readPhrase(from: i)
        tokens.append(Token(kind: .phrase(phrase), column: i + 1))
        i = next
      case "-":
        guard i + 1 < characters.count, !characters[i + 1].isWhitespace,
          characters[i + 1] != ")", characters[i + 1] != "|"
        else { throw QueryError(#""-" needs a term after it"#, column: i + 1) }
        tokens.append(Token(kind: .minus, column: i + 1))
        i += 1
      default:
        let start = i
        while i < characters.count, !isBoundary(characters[i]) { i += 1 }
        let word = String(characters[start..<i])
        if let colon = word.firstIndex(of: ":"), colon > word.startIndex,
          word[..<colon].allSatisfy({ $0.isLetter && $0.isASCII })
        {
          let name = String(word[..<colon])
          var value = String(word[word.index(after: colon)...])
          var valueColumn = start + name.count + 2
          if value.isEmpty, i < characters.count, characters[i] == "\"" {
            let (phrase, next) = try readPhrase(from: i)
            value = phrase
            valueColumn = i + 2
            i = next
          }
          tokens.append(
            Token(
              kind: .field(name: name, value: value, valueColumn: valueColumn),
              column: start + 1))
          continue
        }
        switch word.lowercased() {
        case "or": tokens.append(Token(kind: .or, column: start + 1))
        case "and": tokens.append(Token(kind: .and, column: start + 1))
        case "not": tokens.append(Token(kind: .not, column: start + 1))
        default: tokens.append(Token(kind: .word(word), column: start + 1))
        }
      }
    }
    return tokens
  }

  // MARK: - Grammar

  private var peek: Token? { position < tokens.count ? tokens[position] : nil }

  private mutating func parseOr() throws(QueryError) -> QueryNode {
    var branches = [try parseAnd()]
    while let token = peek, token.kind == .or {
      position += 1
      guard let next = peek, next.kind != .close, next.kind != .or, next.kind != .and else {
        throw QueryError(#""or" needs a term on both sides"#, column: token.column)
      }
      branches.append(try parseAnd())
    }
    return branches.count == 1 ? branches[0] : .or(branches)
  }

  private mutating func parseAnd() throws(QueryError) -> QueryNode {
    var items: [QueryNode] = []
    while let token = peek {
      switch token.kind {
      case .or:
        guard !items.isEmpty else {
          throw QueryError(#""or" needs a term on both sides"#, column: token.column)
        }
        return items.count == 1 ? items[0] : .and(items)
      case .close:
        guard !items.isEmpty else { throw QueryError(#"unmatched ")""#, column: token.column) }
        return items.count == 1 ? items[0] : .and(items)
      case .and:
        position += 1
        guard !items.isEmpty, let next = peek, next.kind != .close, next.kind != .or,
          next.kind != .and
        else { throw QueryError(#""and" needs a term on both sides"#, column: token.column) }
      default:
        items.append(try parseUnary())
      }
    }
    return items.count == 1 ? items[0] : .and(items)
  }

  private mutating func parseUnary() throws(QueryError) -> QueryNode {
    guard let token = peek else { return .all }
    if token.kind == .not || token.kind == .minus {
      position += 1
      guard let next = peek, next.kind != .close, next.kind != .or, next.kind != .and else {
        let name = token.kind == .not ? "not" : "-"
        throw QueryError(#""\#(name)" needs a term after it"#, column: token.column)
      }
      return .not(try parseUnary())
    }
    return try parsePrimary()
  }

  private mutating func parsePrimary() throws(QueryError) -> QueryNode {
    guard let token = peek else { return .all }
    position += 1
    switch token.kind {
    case .open:
      if let next = peek, next.kind == .close {
        throw QueryError("empty parentheses", column: token.column)
      }
      guard peek != nil else { throw QueryError("unclosed parenthesis", column: token.column) }
      let inner = try parseOr()
      guard let close = peek, close.kind == .close else {
        throw QueryError("unclosed parenthesis", column: token.column)
      }
      position += 1
      return inner
    case .word(let word):
      return textTerm(.titleOrAbstract, word)
    case .phrase(let phrase):
      guard !phrase.isEmpty else { throw QueryError("empty phrase", column: token.column) }
      return textTerm(.titleOrAbstract, phrase)
    case .field(let name, let value, let valueColumn):
      return try fieldTerm(name, value, column: token.column, valueColumn: valueColumn)
    case .close:
      throw QueryError(#"unmatched ")""#, column: token.column)
    case .or, .and, .not, .minus:
      throw QueryError("expected a term", column: token.column)
    }
  }

  private mutating func textTerm(_ field: TextField, _ text: String) -> QueryNode {
    let folded = folding.fold(text)
    guard !folded.isEmpty else { return .all }
    return .term(.text(field, folded: folded, original: text))
  }

  private mutating func fieldTerm(
    _ name: String, _ value: String, column: Int, valueColumn: Int
  ) throws(QueryError) -> QueryNode {
    guard let field = QueryParser.fields[name.lowercased()] else {
      let written = "\(name):"
      if let near = QueryParser.nearestField(to: name.lowercased()) {
        throw QueryError(
          #"unknown field "\#(written)", did you mean "\#(near):"?"#, column: column,
          suggestion: "\(near):")
      }
      throw QueryError(#"unknown field "\#(written)""#, column: column)
    }
    guard !value.isEmpty else {
      throw QueryError(#"missing value after "\#(name):""#, column: column)
    }
    switch field {
    case "ti": return textTerm(.title, value)
    case "abs": return textTerm(.abstract, value)
    case "au": return textTerm(.authors, value)
    case "id": return .term(.id(value.lowercased()))
    case "cat": return .term(.category(value.lowercased()))
    case "date":
      guard let range = DateRange(parsing: value) else {
        throw QueryError(#"invalid date "\#(value)""#, column: valueColumn)
      }
      return .term(.date(range))
    default:
      switch value.lowercased() {
      case "read": return .term(.read)
      case "unread": return .term(.unread)
      case "starred": return .term(.starred)
      case "unstarred": return .term(.unstarred)
      case "new": return .term(.announced([.new]))
      case "cross": return .term(.announced([.cross]))
      case "replaced": return .term(.announced([.replace, .replaceCross]))
      default:
        throw QueryError(
          #"unknown value "\#(value)" for is:, expected read, unread, starred, unstarred, "#
            + "new, cross or replaced",
          column: valueColumn)
      }
    }
  }

  /// The canonical field closest to `name` (edit distance at most 2), if any.
  static func nearestField(to name: String) -> String? {
    var best: (distance: Int, field: String)?
    for (spelling, canonical) in fields.sorted(by: { $0.key < $1.key }) {
      let distance = editDistance(Array(name), Array(spelling))
      if distance <= 2, distance < max(name.count, spelling.count),
        best.map({ distance < $0.distance || (distance == $0.distance && canonical == spelling) })
          ?? true
      {
        best = (distance, canonical)
      }
    }
    return best?.field
  }

  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
