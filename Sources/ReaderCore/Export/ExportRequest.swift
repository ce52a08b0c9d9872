import ArxivDigest
import DigestExport

/// An export for the shell to write: the starred papers, in a format, to a path.
///
/// The shell picks the starred papers among ``papers`` and, for those whose digest is not
/// loaded, from what the store remembers (``ExportSelection/starred(in:marks:remembered:)``).
public struct ExportRequest: Hashable, Sendable {
  /// The file format.
  public var format: ExportFormat
  /// The path as typed; `~/` stands for the home folder.
  public var path: String
  /// What to do when the file exists.
  public var mode: Mode
  /// The loaded papers.
  public var papers: [Paper]
  /// The selected papers, when the user exports a selection (starred or not); `nil` exports
  /// the starred papers.
  public var selected: [Paper]?

  /// Creates a request.
  public init(
    format: ExportFormat, path: String, mode: Mode, papers: [Paper], selected: [Paper]? = nil
  ) {
    self.format = format
    self.path = path
    self.mode = mode
    self.papers = papers
    self.selected = selected
  }

  /// What to do with an existing file.
  public enum Mode: Hashable, Sendable {
    /// Write a new file; an existing one is left alone and reported.
    case create
    /// Replace the existing file.
    case overwrite
    /// Add the papers the file does not have yet (Markdown and BibTeX).
    case append
  }
}
