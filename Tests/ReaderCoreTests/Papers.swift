import ArxivDigest

/// Tiny builders for papers in reducer tests.
enum Papers {
  static let christmas = DigestDay(daysSinceEpoch: 18_255)  // 2019-12-25

  /// The id `1912.1NNNN` of paper `number` (1 ≤ number < 10,000).
  static func id(_ number: Int) -> ArxivID {
    guard let id = ArxivID("1912.\(10_000 + number)") else {
      preconditionFailure("test ids are well formed")
    }
    return id
  }

  /// A paper numbered `number`.
  static func paper(
    _ number: Int, title: String? = nil, abstract: String = "An abstract.",
    category: String = "cs.CV", day: DigestDay = christmas
  ) -> Paper {
    Paper(
      id: id(number), title: title ?? "Paper number \(number)", abstract: abstract,
      category: category, date: day, number: number,
      source: SourceLocation(path: "test.md", line: number))
  }

  /// Papers numbered 1…count.
  static func papers(_ count: Int) -> [Paper] { (0..<count).map { paper($0 + 1) } }
}
