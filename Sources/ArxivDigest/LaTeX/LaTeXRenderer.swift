#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders the LaTeX of titles and abstracts as Unicode text with style roles.
///
/// Pure and total: any string renders, nothing traps. What has a Unicode form gets it (`\alpha`
/// → `α`, `x^2` → `x²`, `\mathbb{R}` → `ℝ`, `\'e` → `é`), styling commands become roles
/// (``StyledText/Style``), `$` delimiters disappear once their content is rendered. Text
/// typography is set as TeX sets it: `~` between words is a space, ``` ``quotes'' ``` become
/// “quotes”, `--` and `---` become – and —, except inside a URL. `\cite{…}` is dropped with
/// the space before it, `\footnote{…}` becomes ` (…)`, `\href{URL}{text}` becomes
/// `text (URL)` with the URL in the ``StyledText/Style/link`` role, and an author's macro
/// (`\method`) that is no known command shows as its word. What cannot be rendered stays as
/// written: known commands that are not rendered (with their arguments), an unclosed `$` or
/// brace, a math span with a missing argument. Text without `\`, `$`, `{`, `}`, `~`, `` ` ``
/// or `--` comes back unchanged.
///
/// Rendering is bounded: a text longer than ``maximumLength`` bytes, nested deeper than
/// ``maximumDepth`` groups or costing more than a fixed amount of work comes back as written,
/// with a ``StyledText/warning``, in well under a millisecond.
///
/// ```swift
/// LaTeXRenderer.render(#"a $\mathcal{O}(n^2)$ method"#).plainText   // "a 𝒪(n²) method"
/// LaTeXRenderer.render(#"$\ell_2$-norm"#).runs
/// // [Run("ℓ₂", style: .math), Run("-norm", style: .plain)]
/// ```
///
/// - Complexity: O(n) in the length of the text, and at most a fixed amount of work; text
///   without LaTeX costs one scan of its UTF-8 bytes.
public enum LaTeXRenderer {
  /// The longest text rendered, in UTF-8 bytes; a longer one is shown as written. arXiv caps
  /// abstracts at 1,920 characters.
  public static let maximumLength = 32_768

  /// The deepest nesting of groups, math and arguments rendered; a deeper text is shown as
  /// written.
  public static let maximumDepth = LaTeXParser.maximumDepth

  /// Renders `text` into styled runs.
  ///
  /// - Parameter text: A title or abstract as written, LaTeX included.
  /// - Returns: The rendered runs; a single plain run when `text` holds no LaTeX. Past the
  ///   bound (see ``LaTeXRenderer``), `text` as written in one plain run, with a
  ///   ``StyledText/warning`` saying why.
  public static func render(_ text: String) -> StyledText {
    guard mayContainLaTeX(text) else { return StyledText(plain: text) }
    switch typeset(text) {
    case .success(let builder): return StyledText(runs: builder.runs)
    case .failure(let overrun): return StyledText(plain: text, warning: overrun.message)
    }
  }

  /// The rendered text without styles: `render(text).plainText`, cheaper for text without
  /// LaTeX (it is returned as is).
  public static func plainText(_ text: String) -> String {
    guard mayContainLaTeX(text) else { return text }
    switch typeset(text) {
    case .success(let builder): return builder.plainText
    case .failure: return text
    }
  }

  /// `false` when `text` holds none of `\`, `$`, `{`, `}`, `~`, `` ` `` and no `--`, so
  /// rendering returns it unchanged.
  public static func mayContainLaTeX(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      for special in [0x5C, 0x24, 0x7B, 0x7D, 0x7E, 0x60] as [Int32]
      where memchr(base, special, bytes.count) != nil {
        return true
      }
      // `--`: each `-` in turn.
      var offset = 0
      while offset + 1 < bytes.count,
        let found = memchr(base + offset, 0x2D, bytes.count - offset - 1)
      {
        let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if bytes[index + 1] == 0x2D { return true }
        offset = index + 1
      }
      return false
    }
  }

  /// Why a text was shown as written.
  enum Overrun: Error {
    case length
    case depth
    case work

    var message: String {
      switch self {
      case .length:
        "LaTeX not typeset: longer than \(LaTeXRenderer.maximumLength) bytes; shown as written"
      case .depth:
        "LaTeX not typeset: nested deeper than \(LaTeXRenderer.maximumDepth) levels; shown as written"
      case .work:
        "LaTeX not typeset: too costly to render; shown as written"
      }
    }
  }

  private static func typeset(_ text: String) -> Result<RunBuilder, Overrun> {
    guard text.utf8.count <= maximumLength else { return .failure(.length) }
    var parser = LaTeXParser(text)
    let builder = parser.render()
    switch parser.overrun {
    case nil: return .success(builder)
    case .depth?: return .failure(.depth)
    case .work?: return .failure(.work)
    }
  }
}
