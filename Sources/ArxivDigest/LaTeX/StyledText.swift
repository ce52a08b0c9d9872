/// Text split into runs that each carry a style role: what ``LaTeXRenderer`` produces.
///
/// Adjacent runs never share a style (they are merged), and no run is empty.
///
/// ```swift
/// let text = LaTeXRenderer.render(#"\textbf{Dense} $\ell_2$-norm"#)
/// text.plainText   // "Dense ℓ₂-norm"
/// text.runs        // [("Dense", .bold), (" ", .plain), ("ℓ₂", .math), ("-norm", .plain)]
/// ```
public struct StyledText: Hashable, Sendable, CustomStringConvertible {
  /// The style roles of a run; a run may combine several (`\textbf{\textit{x}}`).
  ///
  /// The empty set, ``plain``, is ordinary text. A UI maps each role to an attribute of its
  /// theme; the roles say what the text is, never how it looks.
  public struct Style: OptionSet, Hashable, Sendable {
    /// The role bits.
    public let rawValue: UInt8

    /// Creates a style from its raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Ordinary text: no role.
    public static let plain: Style = []
    /// `\textbf`, `\mathbf`, `{\bf ...}`.
    public static let bold = Style(rawValue: 1)
    /// `\emph`, `\textit`, `{\em ...}`.
    public static let italic = Style(rawValue: 2)
    /// `\texttt`, `\url`, `{\tt ...}`.
    public static let code = Style(rawValue: 4)
    /// Anything rendered from math mode (`$...$`).
    public static let math = Style(rawValue: 8)
    /// A URL (`\url{…}`, the target of `\href{…}{…}`), written as is: a UI may make it a link.
    public static let link = Style(rawValue: 16)
  }

  /// One stretch of text in a single style.
  public struct Run: Hashable, Sendable {
    /// The text of the run; never empty inside a ``StyledText``.
    public var text: String
    /// The run's style roles.
    public var style: Style

    /// Creates a run.
    public init(_ text: String, style: Style = .plain) {
      self.text = text
      self.style = style
    }
  }

  /// The runs, in order; empty for empty text.
  public let runs: [Run]
  /// The text of all runs concatenated, without styles.
  public let plainText: String
  /// Why the text is shown as written instead of typeset, or `nil` when it was typeset (or
  /// held no LaTeX).
  ///
  /// ``LaTeXRenderer`` bounds the nesting and the work it spends on one text; past the bound
  /// the text comes back as written, in one plain run, with this warning.
  public let warning: String?

  /// Creates styled text from runs, dropping empty runs and merging neighbours of equal style.
  public init(runs: [Run]) {
    var merged: [Run] = []
    merged.reserveCapacity(runs.count)
    for run in runs where !run.text.isEmpty {
      if let last = merged.last, last.style == run.style {
        merged[merged.count - 1].text += run.text
      } else {
        merged.append(run)
      }
    }
    self.runs = merged
    self.plainText = merged.reduce(into: "") { $0 += $1.text }
    self.warning = nil
  }

  /// Creates unstyled text: one ``Style/plain`` run (none when `text` is empty).
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - warning: Why the text was not typeset; `nil` (the default) when nothing went wrong.
  public init(plain text: String, warning: String? = nil) {
    self.runs = text.isEmpty ? [] : [Run(text)]
    self.plainText = text
    self.warning = warning
  }

  /// The plain text.
  public var description: String { plainText }
}
