import ArxivDigest
import Testing

/// Every real digest file parses to the papers `expected.tsv` lists.
@Suite struct FixtureDigestTests {
  struct Expectation: CustomTestStringConvertible, Sendable {
    var file: String
    var dialect: DigestDialect
    var entries: Int
    var firstID: String
    var lastID: String
    var firstTitle: String
    var lastTitle: String
    var day: String
    var testDescription: String { file }
  }

  static let expectations: [Expectation] = [
    Expectation(
      file: "cs.CV-2019-12-25.seed.md", dialect: .seed, entries: 26, firstID: "1912.11474",
      lastID: "1912.11194", firstTitle: "Audio-Visual Embodied Navigation",
      lastTitle: "a simple and effective framework for pairwise deep metric learning",
      day: "2019-12-25"),
    Expectation(
      file: "cs.CV-2019-02-03.md", dialect: .seed, entries: 6, firstID: "1902.00820",
      lastID: "1902.00927",
      firstTitle:
        "DeepPBM: Deep Probabilistic Background Model Estimation from Video Sequences",
      lastTitle: "Depthwise Convolution is All You Need for Learning Multiple Visual Domains",
      day: "2019-02-03"),
    Expectation(
      file: "cs.CV-2019-06-11.md", dialect: .seed, entries: 51, firstID: "1906.04910",
      lastID: "1906.04854",
      firstTitle: "Inferring 3D Shapes from Image Collections using Adversarial Networks",
      lastTitle: "Task-Aware Feature Generation for Zero-Shot Compositional Learning",
      day: "2019-06-11"),
    Expectation(
      file: "cs.CV-2019-08-02.md", dialect: .seed, entries: 36, firstID: "1908.00669",
      lastID: "1908.01091",
      firstTitle:
        "Recognizing Image Objects by Relational Analysis Using Heterogeneous Superpixels and "
        + "Deep Convolutional Features",
      lastTitle: "Toward Understanding Catastrophic Forgetting in Continual Learning",
      day: "2019-08-02"),
    Expectation(
      file: "cs.CV-2019-09-16.md", dialect: .seed, entries: 53, firstID: "1909.06928",
      lastID: "1909.07507", firstTitle: "Learning to Map Nearly Anything",
      lastTitle: "Scene Compliant Trajectory Forecast with Agent-Centric Spatio-Temporal Grids",
      day: "2019-09-16"),
    Expectation(
      file: "cs.CV-2019-12-11.md", dialect: .seed, entries: 65, firstID: "1912.05067",
      lastID: "1912.05699",
      firstTitle:
        "Wide-Area Land Cover Mapping with Sentinel-1 Imagery using Deep Learning Semantic "
        + "Segmentation Models",
      lastTitle:
        "What it Thinks is Important is Important: Robustness Transfers through Input Gradients",
      day: "2019-12-11"),
    Expectation(
      file: "cs.CV-2019-12-20.md", dialect: .seed, entries: 46, firstID: "1912.09597",
      lastID: "1912.10122",
      firstTitle: "Non-congruent non-degenerate curves with identical signatures",
      lastTitle: "A Region-based Randers Geodesic Approach for Image Segmentation",
      day: "2019-12-20"),
    Expectation(
      file: "cs.CV-2019-12-24.md", dialect: .seed, entries: 27, firstID: "1912.11164",
      lastID: "2001.00987",
      firstTitle: "Unsupervised Scene Adaptation with Memory Regularization in vivo",
      lastTitle: "DepthTransfer: Depth Extraction from Video Using Non-parametric Sampling",
      day: "2019-12-24"),
    Expectation(
      file: "cs.CV-2020-02-11.md", dialect: .seed, entries: 43, firstID: "2002.04147",
      lastID: "2003.00836", firstTitle: "Reconstructing the Noise Manifold for Image Denoising",
      lastTitle: "Marine life through You Only Look Once's perspective", day: "2020-02-11"),
    Expectation(
      file: "cs.CV-2020-03-17.md", dialect: .seed, entries: 67, firstID: "2003.08803",
      lastID: "2003.08788",
      firstTitle:
        "Deep Object Detection based Mitosis Analysis in Breast Cancer Histopathological Images",
      lastTitle: "Child Face Age-Progression via Deep Feature Aging", day: "2020-03-17"),
    Expectation(
      file: "cs.CV-2020-03-30.md", dialect: .seed, entries: 74, firstID: "2003.13170",
      lastID: "2003.13874",
      firstTitle: "Space-Time-Aware Multi-Resolution Video Enhancement",
      lastTitle:
        "A Low-cost Fault Corrector for Deep Neural Networks through Range Restriction",
      day: "2020-03-30"),
    Expectation(
      file: "cs.CV-2020-09-17.md", dialect: .seed, entries: 55, firstID: "2009.07988",
      lastID: "2009.09808",
      firstTitle:
        "Deep Collective Learning: Learning Optimal Inputs and Weights Jointly in Deep Neural "
        + "Networks",
      lastTitle: "On the Effectiveness of Weight-Encoded Neural Implicit 3D Shapes",
      day: "2020-09-17"),
    Expectation(
      file: "cs.CV-2020-11-30.md", dialect: .seed, entries: 95, firstID: "2011.14477",
      lastID: "2012.00172",
      firstTitle: "What Can Style Transfer and Paintings Do For Model Robustness?",
      lastTitle: "Deconstructing the Structure of Sparse Neural Networks", day: "2020-11-30"),
    Expectation(
      file: "cvpapers/20041217.md", dialect: .cvpapers, entries: 8, firstID: "cs/0412069",
      lastID: "cs/0412070", firstTitle: "Swarming around Shellfish Larvae",
      lastTitle: "Less is More - Genetic Optimisation of Nearest Neighbour Classifiers",
      day: "2004-12-17"),
    Expectation(
      file: "cvpapers/20191220.md", dialect: .cvpapers, entries: 46, firstID: "1912.09597",
      lastID: "1912.10122",
      firstTitle: "Non-congruent non-degenerate curves with identical signatures",
      lastTitle: "A Region-based Randers Geodesic Approach for Image Segmentation",
      day: "2019-12-20"),
    Expectation(
      file: "cvpapers/20260202.md", dialect: .cvpapers, entries: 190, firstID: "2602.01501",
      lastID: "2602.02920",
      firstTitle:
        "TreeLoc: 6-DoF LiDAR Global Localization in Forests via Inter-Tree Geometric Matching",
      lastTitle:
        "A Reproducible Framework for Bias-Resistant Machine Learning on Small-Sample "
        + "Neuroimaging Data",
      day: "2026-02-02"),
  ]

  @Test(arguments: expectations)
  func fixtureParsesToExpectedPapers(_ expected: Expectation) {
    let file = FixtureFiles.parse(expected.file)
    #expect(file.dialect == expected.dialect)
    #expect(file.digests.count == 1)
    #expect(file.digests.first?.category == "cs.CV")
    #expect(file.digests.first?.day.iso == expected.day)
    let papers = file.papers
    #expect(papers.count == expected.entries)
    #expect(papers.first?.id.rawValue == expected.firstID)
    #expect(papers.last?.id.rawValue == expected.lastID)
    #expect(papers.first?.title == expected.firstTitle)
    #expect(papers.last?.title == expected.lastTitle)
  }

  @Test(arguments: expectations)
  func fixtureHasNoDiagnostics(_ expected: Expectation) {
    #expect(FixtureFiles.parse(expected.file).diagnostics.map(\.description) == [])
  }

  @Test(arguments: expectations)
  func everyFixturePaperHasCleanText(_ expected: Expectation) {
    for paper in FixtureFiles.parse(expected.file).papers {
      #expect(!paper.abstract.isEmpty, "\(paper.id)")
      for text in [paper.title, paper.abstract] {
        #expect(!text.contains("<br>") && !text.contains("&amp;") && !text.contains("&gt;"))
        #expect(!text.contains("</a>") && !text.contains("Â°"), "\(paper.id)")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
      }
    }
  }

  @Test func libraryKeepsFirstOfEachRepeatedCVPapersEntry() throws {
    let library = Library(files: [FixtureFiles.parse("cvpapers/20260202.md")])
    #expect(library.papers.count == 149)
    #expect(library.warningCount == 41)
    #expect(library.errorCount == 0)
    let repeated = try #require(ArxivID("2602.01666"))
    #expect(library.paper(withID: repeated)?.version == 1)
    #expect(library.paper(withID: repeated)?.source.line == 506)
    #expect(
      library.diagnostics.map(\.description).contains(
        "cvpapers/20260202.md:520:1: warning: duplicate paper 2602.01666; first listed at "
          + "cvpapers/20260202.md:506:1"))
  }

  struct Quirk: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var id: String
    var fragment: String
    var testDescription: String { name }
  }

  static let abstractQuirks: [Quirk] = [
    Quirk(
      name: "mojibake repaired", file: "cs.CV-2019-12-25.seed.md", id: "1912.11066",
      fragment: "requiring full 360° near-field sensing"),
    Quirk(
      name: "link becomes its URL", file: "cs.CV-2019-12-25.seed.md", id: "1912.11258",
      fragment: "available at https://github.com/PengBoXiangShang/multigraph_transformer"),
    Quirk(
      name: "br becomes a paragraph break", file: "cs.CV-2019-12-25.seed.md", id: "1912.11121",
      fragment: "compared to raw images.\nOur large-scale study"),
    Quirk(
      name: "entities decoded", file: "cs.CV-2019-12-25.seed.md", id: "1912.11164",
      fragment: "GTA5 -> Cityscapes and SYNTHIA -> Cityscapes"),
    Quirk(
      name: "mojibake after a tilde", file: "cs.CV-2020-09-17.md", id: "2009.08040",
      fragment: "the angular accuracy is 1.95~5.13°, which"),
  ]

  @Test(arguments: abstractQuirks)
  func fixtureAbstractQuirkIsCleaned(_ quirk: Quirk) {
    let paper = FixtureFiles.parse(quirk.file).papers.first { $0.id.rawValue == quirk.id }
    #expect(paper?.abstract.contains(quirk.fragment) == true)
  }

  struct Title: CustomTestStringConvertible, Sendable {
    var file: String
    var id: String
    var number: Int
    var title: String
    var testDescription: String { "\(file) \(id)" }
  }

  static let titles: [Title] = [
    Title(
      file: "cs.CV-2020-02-11.md", id: "2002.04251", number: 13,
      title:
        "2.75D: Boosting Learning Efficiency and Capability by Representing 3D Features in "
        + "2D"),
    Title(
      file: "cs.CV-2019-06-11.md", id: "1906.04649", number: 36,
      title: "`Project & Excite' Modules for Segmentation of Volumetric Medical Scans"),
    Title(
      file: "cs.CV-2019-09-16.md", id: "1909.07830", number: 35,
      title:
        "[Extended version] Rethinking Deep Neural Network Ownership Verification: Embedding "
        + "Passports to Defeat Ambiguity Attacks"),
    Title(
      file: "cs.CV-2019-12-11.md", id: "1912.05480", number: 45,
      title:
        "$Σ$-net: Ensembled Iterative Deep Neural Networks for Accelerated Parallel MR Image "
        + "Reconstruction"),
    Title(
      file: "cs.CV-2019-12-11.md", id: "1912.10799", number: 53,
      title:
        "Deteção de estruturas permanentes a partir de dados de séries temporais Sentinel 1 e 2"),
  ]

  @Test(arguments: titles)
  func fixtureTitleIsReadAsWritten(_ expected: Title) {
    let paper = FixtureFiles.parse(expected.file).papers.first { $0.id.rawValue == expected.id }
    #expect(paper?.title == expected.title)
    #expect(paper?.number == expected.number)
  }

  @Test func cvpapersEntryCarriesAuthorsCategoriesAndComment() {
    let paper = FixtureFiles.parse("cvpapers/20041217.md").papers.first
    #expect(paper?.version == 1)
    #expect(
      paper?.authors == [
        "Vitorino Ramos", "Jonathan Campbell", "John Slater", "John Gillespie",
        "Ivan F. Bendezu", "Fionn Murtagh",
      ])
    #expect(paper?.categories == ["cs.AI", "cs.CV"])
    #expect(
      paper?.comments
        == "11 pages, 4 figures, http://alfa.ist.utl.pt/~cvrm/staff/vramos/ref_53.html, "
        + "submitted to IbPRIA 2005, Portugal")
    #expect(paper?.pdfURL == "http://arxiv.org/pdf/cs/0412069v1")
    #expect(paper?.source.description == "cvpapers/20041217.md:2:1")
  }

  @Test func seedAndCVPapersEditionsOfADayAgree() {
    let seed = FixtureFiles.parse("cs.CV-2019-12-20.md").papers
    let cvpapers = FixtureFiles.parse("cvpapers/20191220.md").papers
    #expect(seed.map(\.id) == cvpapers.map(\.id))
    #expect(seed.map(\.title) == cvpapers.map(\.title))
  }
}
