/// Why an export wrote nothing. Each description is one line naming the path or the format.
public enum ExportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No paper was selected.
  case emptySelection
  /// `--append` with a format that cannot be extended in place (only Markdown and BibTeX can).
  case appendUnsupported(ExportFormat)
  /// The file exists and neither overwriting nor appending was asked for.
  case fileExists(String)
  /// The path names a folder.
  case isDirectory(String)
  /// The folder the file would go in does not exist.
  case noSuchFolder(String)
  /// The file to append to is not UTF-8 text.
  case notText(String)
  /// The system refused: the path and the system's reason.
  case io(String, String)

  /// One line for a status bar or stderr: `x.bib already exists; not overwritten`.
  public var description: String {
    switch self {
    case .emptySelection:
      return "nothing to export: no paper selected; nothing written"
    case .appendUnsupported(let format):
      return "cannot append to \(format.rawValue): appending works with markdown and bibtex"
    case .fileExists(let path):
      return "\(path) already exists; not overwritten"
    case .isDirectory(let path):
      return "\(path) is a folder; give a file name"
    case .noSuchFolder(let path):
      return "\(path): no such folder"
    case .notText(let path):
      return "\(path) is not UTF-8 text; not appended to"
    case .io(let path, let reason):
      return "\(path): \(reason)"
    }
  }
}
