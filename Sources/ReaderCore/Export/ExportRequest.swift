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
  /// `true` to replace an existing file.
  public var overwrite: Bool
  /// The loaded papers.
  public var papers: [Paper]

  /// Creates a request.
  public init(format: ExportFormat, path: String, overwrite: Bool, papers: [Paper]) {
    self.format = format
    self.path = path
    self.overwrite = overwrite
    self.papers = papers
  }
}
