import ArxivDigest

/// Turns papers into the text of an export, in any ``ExportFormat``: pure, no file system.
///
/// ```swift
/// let text = Exporter.document(for: papers, format: .bibtex)
/// ```
public enum Exporter {
  /// The whole export for `papers`.
  ///
  /// - Parameters:
  ///   - marks: Gives the `read` and `starred` columns of CSV; other formats ignore it.
  ///   - existing: The text of the file being appended to, when appending: BibTeX keys avoid
  ///     the keys in it and Markdown does not repeat its last day header (numbering goes on).
  ///     `nil` for a new file.
  public static func document(
    for papers: [Paper], format: ExportFormat, marks: Marks = Marks(), existing: String? = nil
  ) -> String {
    switch format {
    case .markdown:
      let last = existing.flatMap(MarkdownFormat.lastHeader(in:))
      return MarkdownFormat.document(
        for: papers, continuing: last?.header, lastNumber: last?.lastNumber ?? 0)
    case .bibtex:
      return BibTeXFormat.document(
        for: papers, reservedKeys: existing.map(BibTeXFormat.keys(in:)) ?? [])
    case .csv:
      return CSVFormat.document(for: papers, marks: marks)
    case .json:
      return PaperJSON.array(for: papers)
    case .ris:
      return RISFormat.document(for: papers)
    }
  }

  /// The arXiv ids already in an export of `format` (for `--append`); empty for the formats
  /// that cannot be appended to.
  public static func exportedIDs(in text: String, format: ExportFormat) -> Set<ArxivID> {
    switch format {
    case .markdown: return MarkdownFormat.exportedIDs(in: text)
    case .bibtex: return BibTeXFormat.exportedIDs(in: text)
    case .csv, .json, .ris: return []
    }
  }

  /// The text to add after `existing` so the file gains `papers`: a separating newline when
  /// needed, then the new entries. Empty when `papers` is empty.
  public static func appendix(
    for papers: [Paper], format: ExportFormat, existing: String
  ) -> String {
    guard !papers.isEmpty else { return "" }
    let body = document(for: papers, format: format, existing: existing)
    if existing.isEmpty { return body }
    var separator = existing.hasSuffix("\n") ? "" : "\n"
    if format == .bibtex && !existing.hasSuffix("\n\n") { separator += "\n" }
    return separator + body
  }
}
