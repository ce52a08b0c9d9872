import ArxivDigest
import DigestExport

/// What the yank menu (`y`) copies of each paper.
///
/// ```swift
/// YankItem.bibtex.text(for: [paper])   // the entry `digest export --format bibtex` writes
/// YankItem.markdownLink.text(for: [paper])   // [Audio-Visual Embodied Navigation](https://…)
/// ```
public enum YankItem: String, Hashable, Sendable, CaseIterable {
  /// The arXiv id (`1912.11474`).
  case id
  /// The abstract page (`https://arxiv.org/abs/1912.11474`).
  case absURL
  /// The PDF link.
  case pdfURL
  /// A BibTeX entry, the same as `digest export --format bibtex` writes.
  case bibtex
  /// `[Title](abs URL)`.
  case markdownLink
  /// The title as written.
  case title

  /// How the status bar names what was copied: `BibTeX` in `copied BibTeX for 1912.11474`.
  public var label: String {
    switch self {
    case .id: return "id"
    case .absURL: return "abs URL"
    case .pdfURL: return "PDF URL"
    case .bibtex: return "BibTeX"
    case .markdownLink: return "markdown link"
    case .title: return "title"
    }
  }

  /// The text copied for `papers`: one line per paper, or for BibTeX one entry per paper
  /// (keys made unique across them, as in an export). Empty when `papers` is empty.
  public func text(for papers: [Paper]) -> String {
    switch self {
    case .bibtex:
      return BibTeXFormat.document(for: papers)
    case .id, .absURL, .pdfURL, .markdownLink, .title:
      return papers.map(line).joined(separator: "\n")
    }
  }

  /// The one-line text for one paper (every item but BibTeX).
  private func line(for paper: Paper) -> String {
    switch self {
    case .id: return paper.id.rawValue
    case .absURL: return paper.absURL
    case .pdfURL: return paper.pdfLink
    case .bibtex: return BibTeXFormat.document(for: [paper])
    case .markdownLink: return "[\(YankItem.markdownText(paper.title))](\(paper.absURL))"
    case .title: return YankItem.singleLine(paper.title)
    }
  }

  /// The title on one line with the brackets markdown would read as link syntax escaped.
  static func markdownText(_ title: String) -> String {
    var out = ""
    for character in singleLine(title) {
      if character == "[" || character == "]" || character == "\\" { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// `text` with runs of whitespace (line breaks included) as single spaces, trimmed.
  static func singleLine(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
