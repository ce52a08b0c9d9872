import ArxivDigest

/// Text for the clipboard and what to say once it is there: the payload of
/// ``ReaderEffect/copyToClipboard(_:)``.
public struct ClipboardRequest: Hashable, Sendable {
  /// The text to copy.
  public var text: String
  /// What the text is, for the status bar: `BibTeX for 1912.11474`, `ids for 3 papers`.
  public var description: String

  /// Creates a request.
  public init(text: String, description: String) {
    self.text = text
    self.description = description
  }

  /// The request copying `item` of `papers`: `BibTeX for 1912.11474`, or
  /// `BibTeX for 3 papers`.
  public init(_ item: YankItem, of papers: [Paper]) {
    let subject =
      papers.count == 1 ? papers[0].id.rawValue : "\(papers.count) papers"
    self.init(text: item.text(for: papers), description: "\(item.label) for \(subject)")
  }
}
