import ArxivDigest
import DigestExport

/// The export prompt: the format and the path the starred papers will be written to.
///
/// The path starts as `~/starred-YYYY-MM-DD.<ext>` and is edited like the filter line. Cycling
/// the format changes the path's extension when it names a format; typing an extension that
/// names a format picks that format.
///
/// ```swift
/// var prompt = ExportPrompt(format: .markdown, today: today, starred: 3)
/// prompt.cycleFormat(forward: true)   // bibtex, path ~/starred-2019-12-25.bib
/// ```
public struct ExportPrompt: Hashable, Sendable {
  /// The file format.
  public internal(set) var format: ExportFormat
  /// The path as typed; `~/` stands for the home folder.
  public internal(set) var path: String
  /// How many papers are starred (loaded or remembered), or selected.
  public internal(set) var starred: Int
  /// What is exported: `starred`, or `selected` when a selection exists.
  public internal(set) var subject = "starred"
  /// `true` after the file turned out to exist: the prompt asks before overwriting it.
  public internal(set) var confirmsOverwrite = false
  /// Why the last attempt wrote nothing, shown beside the path; `nil` when there is none.
  public internal(set) var error: String?

  /// Opens the prompt on the default path for `format`.
  public init(format: ExportFormat, today: DigestDay, starred: Int) {
    self.format = format
    self.path = ExportWriter.defaultPath(format: format, day: today, home: "~")
    self.starred = starred
  }

  /// Picks the next (or previous) format and renames the path's extension to match.
  mutating func cycleFormat(forward: Bool) {
    let formats = ExportFormat.allCases
    let index = formats.firstIndex(of: format) ?? 0
    let next = (index + (forward ? 1 : formats.count - 1)) % formats.count
    format = formats[next]
    if let dot = extensionDot, ExportFormat(fileExtension: String(path[dot...].dropFirst())) != nil
    {
      path = String(path[..<dot]) + "." + format.fileExtension
    }
    edited()
  }

  /// Replaces the path; an extension naming a format picks that format.
  mutating func setPath(_ text: String) {
    path = text
    if let dot = extensionDot,
      let named = ExportFormat(fileExtension: String(path[dot...].dropFirst()))
    {
      format = named
    }
    edited()
  }

  /// `text` without its last word and the separators after it, keeping the separator before
  /// it: `~/refs/x.bib` becomes `~/refs/x.`, then `~/refs/`, then `~/`.
  static func droppingLastWord(of text: String) -> String {
    let separators: Set<Character> = ["/", "-", ".", " ", "_"]
    var result = Substring(text)
    while let last = result.last, separators.contains(last) { result.removeLast() }
    while let last = result.last, !separators.contains(last) { result.removeLast() }
    return String(result)
  }

  /// The dot before the file name's extension, if the file name has one.
  private var extensionDot: String.Index? {
    guard let dot = path.lastIndex(of: "."), dot != path.startIndex else { return nil }
    let name = path[dot...]
    guard !name.contains("/"), path[path.index(before: dot)] != "/" else { return nil }
    return dot
  }

  /// Any change after a failed attempt starts over: no error, no overwrite question.
  private mutating func edited() {
    confirmsOverwrite = false
    error = nil
  }
}
