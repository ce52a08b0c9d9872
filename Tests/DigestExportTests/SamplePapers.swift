@testable import ArxivDigest

/// The fixture selection every golden file is made from: four papers over three days, with
/// the awkward parts each format must get right.
enum SamplePapers {
  static func day(_ iso: String) -> DigestDay {
    DigestDay(iso: iso) ?? DigestDay(daysSinceEpoch: 0)
  }

  static func id(_ text: String) -> ArxivID { ArxivID(unchecked: text) }

  /// A seed-format paper with authors, two categories and a two-paragraph abstract holding
  /// `&`, `<` and `>`.
  static let audioVisual = Paper(
    id: id("1912.11474"), title: "Audio-Visual Embodied Navigation",
    abstract: "Agents are deaf - restricted to vision & touch.\n"
      + "We map GTA5 -> Cityscapes for <all> scenes.",
    category: "cs.CV", date: day("2019-12-25"), number: 1,
    pdfURL: "https://arxiv.org/pdf/1912.11474.pdf",
    source: SourceLocation(path: "a.md", line: 2),
    authors: ["Changan Chen", "Unnat Jain", "Kristen Grauman"], categories: ["cs.CV", "cs.SD"])

  /// Math in the title, no authors, no PDF link.
  static let metricLearning = Paper(
    id: id("2003.07650"), version: 2,
    title: "M$^5$L: Multi-Modal Multi-Margin Metric Learning for RGBT Tracking",
    abstract: "We use $\\alpha$-divergences on 50% of x_1 with {braces}.",
    category: "cs.CV", date: day("2020-03-17"), number: 12,
    source: SourceLocation(path: "b.md", line: 30))

  /// An old-style id, accents, every BibTeX special character, a comment, no abstract.
  static let fronteiras = Paper(
    id: id("cs/0412069"), version: 1,
    title: "Deteção de Fronteiras: Fréchet {Means} for $Σ$-net & 100% #1 under_score",
    abstract: "", category: "cs.CV", date: day("2004-12-17"), number: 3,
    pdfURL: "http://arxiv.org/pdf/cs/0412069v1",
    source: SourceLocation(path: "c.md", line: 7),
    authors: ["José Müller", "Łukasz Żółć"], categories: ["cs.CV", "cs.LG"],
    comments: "12 pages, 3 figures")

  /// Cells a spreadsheet would run as formulas, quotes and commas; same day as the first.
  static let formula = Paper(
    id: id("1912.11473"), title: "=SUM(A1) -Dense RepPoints, \"quoted\"",
    abstract: "+1 gain, with \"quotes\", commas\nand @mentions.",
    category: "cs.CV", date: day("2019-12-25"), number: 2,
    pdfURL: "https://arxiv.org/pdf/1912.11473.pdf",
    source: SourceLocation(path: "a.md", line: 4))

  /// The selection, in export order.
  static let all = [audioVisual, metricLearning, fronteiras, formula]

  /// Marks for the selection: the first read, the first two starred.
  static let marks = Marks(
    read: [audioVisual.id], starred: [audioVisual.id, metricLearning.id])
}
