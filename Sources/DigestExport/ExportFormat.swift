/// The file formats the starred list can be exported to.
///
/// ```swift
/// ExportFormat(rawValue: "bibtex")?.fileExtension   // "bib"
/// ExportFormat(fileExtension: "md")                  // .markdown
/// ```
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
  /// The digest format itself: `digest list` on the file gives back the same papers.
  case markdown
  /// `@misc` entries for BibTeX and biber.
  case bibtex
  /// RFC 4180 comma-separated values with a header row.
  case csv
  /// A JSON array of the objects `digest list --json` prints.
  case json
  /// RIS records, as reference managers such as Zotero import them.
  case ris

  /// The usual file extension, without the dot (`md`, `bib`, `csv`, `json`, `ris`).
  public var fileExtension: String {
    switch self {
    case .markdown: return "md"
    case .bibtex: return "bib"
    case .csv: return "csv"
    case .json: return "json"
    case .ris: return "ris"
    }
  }

  /// `true` for the formats `--append` can extend without rewriting what is there.
  public var supportsAppend: Bool {
    switch self {
    case .markdown, .bibtex: return true
    case .csv, .json, .ris: return false
    }
  }

  /// The format a file extension names (case-insensitive, without the dot); `nil` when none
  /// does.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "md", "markdown": self = .markdown
    case "bib", "bibtex": self = .bibtex
    case "csv": self = .csv
    case "json": self = .json
    case "ris": self = .ris
    default: return nil
    }
  }

  /// The names accepted by `--format`, for messages: `markdown, bibtex, csv, json, ris`.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
