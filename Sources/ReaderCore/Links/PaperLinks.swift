import ArxivDigest

/// The web links written inside a paper's abstract and comments, in reading order, each once:
/// what the detail pane numbers `[1]`, `[2]`, … and `f` then a digit opens.
///
/// ```swift
/// PaperLinks.urls(in: "Code: https://github.com/a/b. Data at (http://x.org/d).")
/// // ["https://github.com/a/b", "http://x.org/d"]
/// ```
public enum PaperLinks {
  /// The links of `paper`: its abstract's, then its comments'.
  public static func urls(of paper: Paper) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    for url in urls(in: paper.abstract) + urls(in: paper.comments ?? "")
    where seen.insert(url).inserted {
      result.append(url)
    }
    return result
  }

  /// The `http://` and `https://` URLs in `text`, in order, without the punctuation that
  /// ends a sentence or closes a parenthesis around them.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public static func urls(in text: String) -> [String] {
    var result: [String] = []
    for range in ranges(in: text) { result.append(String(text[range])) }
    return result
  }

  /// Where the URLs of `text` are, as ``urls(in:)`` finds them.
  public static func ranges(in text: String) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    var index = text.startIndex
    while let start = nextStart(in: text, from: index) {
      var end = start
      while end < text.endIndex, isURLCharacter(text[end]) { end = text.index(after: end) }
      end = trimmedEnd(text, start: start, end: end)
      let schemeLength = text[start...].hasPrefix("https://") ? 8 : 7
      if text.distance(from: start, to: end) > schemeLength { result.append(start..<end) }
      index = end > start ? end : text.index(after: start)
    }
    return result
  }

  private static func nextStart(in text: String, from index: String.Index) -> String.Index? {
    var cursor = index
    while let found = text[cursor...].firstIndex(of: "h") {
      let rest = text[found...]
      if rest.hasPrefix("https://") || rest.hasPrefix("http://") {
        // Not the tail of a longer word (`xhttp://`).
        if found == text.startIndex || !isWordCharacter(text[text.index(before: found)]) {
          return found
        }
      }
      cursor = text.index(after: found)
    }
    return nil
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  private static func isURLCharacter(_ character: Character) -> Bool {
    guard character.isASCII, let scalar = character.unicodeScalars.first else { return false }
    if character.isWhitespace || scalar.value < 0x21 || scalar.value == 0x7F { return false }
    return !"<>\"`{}|\\^".contains(character)
  }

  /// `end` moved back over trailing sentence punctuation and unbalanced closing brackets.
  private static func trimmedEnd(
    _ text: String, start: String.Index, end: String.Index
  ) -> String.Index {
    var end = end
    while end > start {
      let last = text[text.index(before: end)]
      if ".,;:!?'*".contains(last) {
        end = text.index(before: end)
        continue
      }
      if last == ")" || last == "]" {
        let open: Character = last == ")" ? "(" : "["
        let body = text[start..<end]
        if body.filter({ $0 == last }).count > body.filter({ $0 == open }).count {
          end = text.index(before: end)
          continue
        }
      }
      break
    }
    return end
  }
}
