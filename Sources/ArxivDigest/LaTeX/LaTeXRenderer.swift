#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders the LaTeX of titles and abstracts as Unicode text with style roles.
///
/// Pure and total: any string renders, nothing traps. What has a Unicode form gets it (`\alpha`
/// → `α`, `x^2` → `x²`, `\mathbb{R}` → `ℝ`, `\'e` → `é`), styling commands become roles
/// (``StyledText/Style``), `$` delimiters disappear once their content is rendered. What cannot
/// be rendered stays as written: unknown commands (with their braces), an unclosed `$` or
/// brace, a math span with a missing argument. Text without `\`, `$`, `{` or `}` comes back
/// unchanged, so `~`, `%`, `^` and `--` outside math are kept.
///
/// ```swift
/// LaTeXRenderer.render(#"a $\mathcal{O}(n^2)$ method"#).plainText   // "a 𝒪(n²) method"
/// LaTeXRenderer.render(#"$\ell_2$-norm"#).runs
/// // [Run("ℓ₂", style: .math), Run("-norm", style: .plain)]
/// ```
///
/// - Complexity: O(n) in the length of the text; text without LaTeX costs one scan of its
///   UTF-8 bytes.
public enum LaTeXRenderer {
  /// Renders `text` into styled runs.
  ///
  /// - Parameter text: A title or abstract as written, LaTeX included.
  /// - Returns: The rendered runs; a single plain run when `text` holds no LaTeX.
  public static func render(_ text: String) -> StyledText {
    guard mayContainLaTeX(text) else { return StyledText(plain: text) }
    var parser = LaTeXParser(text)
    return StyledText(runs: parser.render().runs)
  }

  /// The rendered text without styles: `render(text).plainText`, cheaper for text without
  /// LaTeX (it is returned as is).
  public static func plainText(_ text: String) -> String {
    guard mayContainLaTeX(text) else { return text }
    var parser = LaTeXParser(text)
    return parser.render().plainText
  }

  /// `false` when `text` holds none of `\`, `$`, `{`, `}`, so rendering returns it unchanged.
  public static func mayContainLaTeX(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      for special in [0x5C, 0x24, 0x7B, 0x7D] as [Int32]
      where memchr(base, special, bytes.count) != nil {
        return true
      }
      return false
    }
  }
}
