import ArxivDigest

/// Tiny builders for papers in render tests.
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
    _ number: Int, title: String, abstract: String = "An abstract.", category: String = "cs.CV",
    day: DigestDay = christmas, authors: [String]? = nil
  ) -> Paper {
    Paper(
      id: id(number), version: 1, title: title, abstract: abstract, category: category, date: day,
      number: number, source: SourceLocation(path: "test.md", line: number), authors: authors)
  }

  /// A small, varied day: a long title, a wide-character title, authors, two paragraphs.
  static let sample: [Paper] = [
    paper(
      1,
      title: "Audio-Visual Embodied Navigation in Acoustically Realistic Three-Dimensional Homes",
      abstract:
        "Moving around in the world is naturally a multisensory experience, but today's "
        + "embodied agents are deaf.\nWe introduce audio-visual navigation for complex, "
        + "acoustically and visually realistic 3D environments.",
      authors: ["Changan Chen", "Unnat Jain", "Kristen Grauman"]),
    paper(2, title: "日本語のタイトル: 深層学習による画像認識 🎉 and café"),
    paper(3, title: "Dense RepPoints"),
    paper(4, title: "Graph networks for scene understanding", abstract: ""),
  ]

  /// The sample split over two days.
  static let twoDays: [Paper] =
    Array(sample.prefix(2))
    + sample.dropFirst(2).map { paper in
      var paper = paper
      paper.date = christmas.adding(days: 1)
      return paper
    }
}
