extension ArxivID {
  /// Reads an id in the forms researchers paste: a bare id, `arXiv:1912.11474`, or an abs or
  /// pdf link (`https://arxiv.org/abs/1912.11474v2`, `http://arxiv.org/pdf/1912.11474.pdf`,
  /// `https://export.arxiv.org/pdf/hep-th/9901001v1`), with or without a version.
  ///
  /// Surrounding white space, a query (`?…`), a fragment (`#…`) and a trailing `/` are
  /// ignored. Any other text, including a link to another site, is not an id.
  ///
  /// ```swift
  /// ArxivID.parse(pasted: "https://arxiv.org/abs/1912.11474v2")  // (1912.11474, 2)
  /// ArxivID.parse(pasted: "arXiv:hep-th/9901001")                // (hep-th/9901001, nil)
  /// ```
  ///
  /// - Returns: The id and its version, or `nil` when `text` names no arXiv paper.
  public static func parse(pasted text: String) -> (id: ArxivID, version: Int?)? {
    var rest = Substring(text.trimmingCharactersInWhitespace())
    if rest.count > 8, rest.prefix(6).lowercased() == "arxiv:" {
      rest = rest.dropFirst(6)
    } else if let path = arxivLinkPath(rest) {
      rest = path
    }
    return parse(String(rest))
  }

  /// The id part of an arXiv abs or pdf link, or `nil` when `text` is not such a link.
  private static func arxivLinkPath(_ text: Substring) -> Substring? {
    var rest = text
    let lowered = rest.prefix(8).lowercased()
    if lowered.hasPrefix("https://") {
      rest = rest.dropFirst(8)
    } else if lowered.hasPrefix("http://") {
      rest = rest.dropFirst(7)
    } else {
      return nil
    }
    guard let slash = rest.firstIndex(of: "/") else { return nil }
    let host = rest[..<slash].lowercased()
    guard ["arxiv.org", "www.arxiv.org", "export.arxiv.org"].contains(host) else { return nil }
    rest = rest[rest.index(after: slash)...]
    if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
    while rest.last == "/" { rest = rest.dropLast() }
    for kind in ["abs/", "pdf/"] where rest.hasPrefix(kind) {
      rest = rest.dropFirst(kind.count)
      if kind == "pdf/", rest.lowercased().hasSuffix(".pdf") { rest = rest.dropLast(4) }
      return rest
    }
    return nil
  }
}

extension String {
  fileprivate func trimmingCharactersInWhitespace() -> Substring {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return text
  }
}
