/// Word wrapping by display width.
public enum TextWrap {
  /// Breaks `glyphs` into lines of at most `width` columns at spaces; a word wider than a line
  /// is split. Spaces at line breaks are dropped.
  ///
  /// - Complexity: O(n).
  public static func wrap(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
    guard width > 0 else { return [] }
    var lines: [[Glyph]] = []
    var line: [Glyph] = []
    var lineWidth = 0
    var index = 0
    while index < glyphs.count {
      // Skip the spaces before a word, remembering one of them.
      var space: Glyph?
      while index < glyphs.count, glyphs[index].character == " " {
        space = space ?? glyphs[index]
        index += 1
      }
      guard index < glyphs.count else { break }
      var end = index
      var wordWidth = 0
      while end < glyphs.count, glyphs[end].character != " " {
        wordWidth += glyphs[end].width
        end += 1
      }
      var word = glyphs[index..<end]
      index = end
      if !line.isEmpty {
        if lineWidth + 1 + wordWidth <= width, let space {
          line.append(space)
          line.append(contentsOf: word)
          lineWidth += 1 + wordWidth
          continue
        }
        lines.append(line)
        line = []
        lineWidth = 0
      }
      // The word starts a line; split it while it is too wide.
      while wordWidth > width {
        var taken = 0
        var cut = word.startIndex
        while cut < word.endIndex, taken + word[cut].width <= width {
          taken += word[cut].width
          cut += 1
        }
        if cut == word.startIndex { cut += 1 }
        lines.append(Array(word[word.startIndex..<cut]))
        wordWidth -= Glyph.width(of: Array(word[word.startIndex..<cut]))
        word = word[cut...]
      }
      line.append(contentsOf: word)
      lineWidth = wordWidth
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
