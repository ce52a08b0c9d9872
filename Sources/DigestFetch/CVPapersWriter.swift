import ArxivDigest

/// Writes fetched papers as a digest in the CVPapers dialect, which ``DigestFile`` reads back
/// with authors, categories, comments and the announce type.
///
/// ```
/// # Arxiv Papers in cs.CV on 2025-12-01
/// ### Dense RepPoints
/// - **Arxiv ID**: https://arxiv.org/abs/2512.00001v1
/// - **DOI**: None
/// - **Categories**: **cs.CV**, cs.AI
/// - **Links**: [PDF](https://arxiv.org/pdf/2512.00001v1)
/// - **Announce Type**: new
/// - **Authors**: Ann One, Bob Two
/// - **Comment**: None
/// - **Journal**: None
/// - **Summary**: We …
/// ```
public enum CVPapersWriter {
  /// The day header: `# Arxiv Papers in cs.CV on 2025-12-01` and a line break.
  public static func header(category: String, day: DigestDay) -> String {
    "# Arxiv Papers in \(category) on \(day.iso)\n"
  }

  /// One entry: the title, its bullets (one line each) and a blank line.
  ///
  /// - Parameter category: The digest's category: a `new` or `replace` paper's primary, which
  ///   is written first and in bold.
  public static func entry(_ paper: FetchedPaper, category: String) -> String {
    var categories = paper.categories
    var primary: String?
    switch paper.announceType {
    case .new, .replace:
      primary = category
      categories.removeAll { $0 == category }
      categories.insert(category, at: 0)
    case .cross, .replaceCross, nil:
      if paper.published != nil { primary = categories.first }
    }
    let categoryText = categories.map { $0 == primary ? "**\($0)**" : $0 }
      .joined(separator: ", ")
    let id = paper.versionedID
    var text = "### \(paper.title.isEmpty ? "(no title)" : paper.title)\n"
    text += "- **Arxiv ID**: https://arxiv.org/abs/\(id)\n"
    text += "- **DOI**: \(paper.doi ?? "None")\n"
    text += "- **Categories**: \(categoryText.isEmpty ? "None" : categoryText)\n"
    text += "- **Links**: [PDF](https://arxiv.org/pdf/\(id))\n"
    if let published = paper.published { text += "- **Published**: \(published)\n" }
    if let updated = paper.updated { text += "- **Updated**: \(updated)\n" }
    if let announce = paper.announceType { text += "- **Announce Type**: \(announce.rawValue)\n" }
    let authors = paper.authors.joined(separator: ", ")
    text += "- **Authors**: \(authors.isEmpty ? "None" : authors)\n"
    text += "- **Comment**: \(paper.comment ?? "None")\n"
    text += "- **Journal**: \(paper.journal ?? "None")\n"
    text += "- **Summary**: \(paper.abstract)\n\n"
    return text
  }
}
