@testable import ArxivDigest
import DigestExport
import Foundation
import Testing

@Suite(.timeLimit(.minutes(5))) struct BibTeXFormatTests {
  // MARK: - A real BibTeX parser reads the export back

  /// What bibtexparser makes of one entry: the raw fields, and the title and author with LaTeX
  /// decoded to Unicode.
  struct ParsedEntry: Decodable, Equatable {
    var key: String
    var type: String
    var fields: [String: String]
    var decodedTitle: String
    var decodedAuthor: String?
  }

  struct ParsedFile: Decodable {
    var failedBlocks: Int
    var entries: [ParsedEntry]
  }

  static let parserScript = """
    import json, sys, bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware
    text = open(sys.argv[1], encoding="utf-8").read()
    raw = bibtexparser.parse_string(text)
    decoded = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    entries = []
    for plain, nice in zip(raw.entries, decoded.entries):
        author = nice.fields_dict.get("author")
        entries.append({
            "key": plain.key, "type": plain.entry_type,
            "fields": {f.key: f.value for f in plain.fields},
            "decodedTitle": nice.fields_dict["title"].value,
            "decodedAuthor": author.value if author else None})
    print(json.dumps({"failedBlocks": len(raw.failed_blocks), "entries": entries}))
    """

  static func parse(_ bib: String) throws -> ParsedFile {
    let path = try Python.temporaryFile(bib, suffix: ".bib")
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try Python.run(parserScript, arguments: [path], as: ParsedFile.self)
  }

  struct TitleCase: CustomTestStringConvertible, Sendable {
    var name: String
    var title: String
    /// The title field as written.
    var latex: String
    /// What a parser decoding LaTeX reads.
    var decoded: String
    var testDescription: String { name }
  }

  static let awkwardTitles: [TitleCase] = [
    TitleCase(
      name: "inline math", title: "Learning $\\alpha$-Divergences for $O(n \\log n)$ Search",
      latex: "Learning {$\\alpha$}-Divergences for {$O(n \\log n)$} Search",
      decoded: "Learning $\\alpha$-Divergences for $O(n \\log n)$ Search"),
    TitleCase(
      name: "ampersand, percent, hash, underscore", title: "R&D: 100% of #1 snake_case Nets",
      latex: "{R\\&D}: 100\\% of \\#1 snake\\_case Nets",
      decoded: "R&D: 100% of #1 snake_case Nets"),
    TitleCase(
      name: "unbalanced braces", title: "Close } first, then open { {Kept} whole",
      latex: "Close {\\textbraceright} first, then open {\\textbraceleft} {Kept} whole",
      // pylatexenc does not know \textbraceleft; pybtex reads it (see the strict-mode test).
      decoded: "Close  first, then open  Kept whole"),
    TitleCase(
      name: "braces in math", title: "Sets $\\{x\\}$ and $a}b{c$ Braces",
      latex: "Sets {$\\lbrace x\\rbrace $} and {$a\\rbrace b\\lbrace c$} Braces",
      decoded: "Sets $\\lbrace x\\rbrace $ and $a\\rbrace b\\lbrace c$ Braces"),
    TitleCase(
      name: "accents", title: "Fréchet Ångström naïve Œuvre in São Paulo, Việt Nam",
      latex: "Fr{\\'e}chet {\\AA}ngstr{\\\"o}m na{\\\"\\i}ve {\\OE}uvre in S{\\~a}o Paulo, "
        + "Vi{\\^{\\d{e}}}t Nam",
      decoded: "Fréchet Ångström naïve Œuvre in São Paulo, Việt Nam"),
    TitleCase(
      name: "Greek letters in and out of math", title: "$Σ$-net and Δ-Sigma Loss",
      latex: "{$\\Sigma$}-net and {{$\\Delta$}-Sigma} Loss",
      decoded: "$\\Sigma$-net and $\\Delta$-Sigma Loss"),
    TitleCase(
      name: "tilde, caret, dollar, backslash", title: "Costs $5 ~ x^2 \\ or less",
      latex: "Costs \\$5 {\\textasciitilde} x{\\textasciicircum}2 {\\textbackslash} or less",
      // pylatexenc reads \textasciicircum as U+02C6 (LaTeX prints "^").
      decoded: "Costs $5 ~ x\u{02C6}2 \\ or less"),
    TitleCase(
      name: "LaTeX commands", title: "Using \\LaTeX and \\textbf{Dense} Points with \\c{c}",
      latex: "Using {\\LaTeX} and {\\textbf{Dense}} Points with {\\c{c}}",
      // pylatexenc drops \LaTeX; pybtex keeps its name (see the strict-mode test).
      decoded: "Using  and Dense Points with ç"),
    TitleCase(
      name: "acronyms and camel case", title: "FHDR: HDR Imaging with ImageNet and a U-Net",
      latex: "{FHDR}: {HDR} Imaging with {ImageNet} and a {U-Net}",
      decoded: "FHDR: HDR Imaging with ImageNet and a U-Net"),
    TitleCase(
      name: "digit-led acronym opening the title", title: "3D U$^2$-Net: A 3D Universal U-Net",
      latex: "{3D} {U{$^2$}-Net}: {A} {3D} Universal {U-Net}",
      decoded: "3D U$^2$-Net: A 3D Universal U-Net"),
  ]

  @Test(arguments: awkwardTitles)
  func awkwardTitlesParseBackWithARealBibTeXParser(_ test: TitleCase) throws {
    var paper = SamplePapers.audioVisual
    paper.title = test.title
    let parsed = try Self.parse(BibTeXFormat.document(for: [paper]))
    #expect(parsed.failedBlocks == 0)
    let entry = try #require(parsed.entries.first)
    #expect(entry.fields["title"] == test.latex)
    #expect(entry.decodedTitle == test.decoded)
  }

  @Test func theFixtureSelectionParsesBackWithEveryField() throws {
    let parsed = try Self.parse(BibTeXFormat.document(for: SamplePapers.all))
    #expect(parsed.failedBlocks == 0)
    #expect(
      parsed.entries.map(\.key) == [
        "chen2019audiovisual", "multimodal2020", "muller2004detecao", "suma12019",
      ])
    #expect(parsed.entries.allSatisfy { $0.type == "misc" })
    let first = try #require(parsed.entries.first)
    #expect(
      first.fields == [
        "title": "{Audio-Visual} Embodied Navigation",
        "author": "Changan Chen and Unnat Jain and Kristen Grauman",
        "year": "2019", "eprint": "1912.11474", "archivePrefix": "arXiv",
        "primaryClass": "cs.CV", "url": "https://arxiv.org/abs/1912.11474",
        "doi": "10.48550/arXiv.1912.11474",
      ])
    let accented = try #require(parsed.entries.dropFirst(2).first)
    #expect(accented.decodedAuthor == "José Müller and Łukasz Żółć")
    #expect(accented.fields["eprint"] == "cs/0412069")
    #expect(accented.fields["year"] == "2004")
  }

  /// Formats `bib` with pybtex's `plain` style in strict mode, which turns every BibTeX
  /// warning (bad name, unbalanced brace) into a failure; the style sentence-cases titles, so
  /// only the protected words keep their capitals.
  static func formatWithPybtex(_ bib: String) throws -> [String] {
    let path = try Python.temporaryFile(bib, suffix: ".bib")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let script = """
      import json, sys
      import pybtex.errors
      from pybtex.database import parse_file
      from pybtex.plugin import find_plugin
      pybtex.errors.set_strict_mode(True)
      data = parse_file(sys.argv[1], "bibtex")
      style = find_plugin("pybtex.style.formatting", "plain")()
      text = find_plugin("pybtex.backends", "text")()
      print(json.dumps([e.text.render(text) for e in style.format_bibliography(data).entries]))
      """
    return try Python.run(script, arguments: [path], as: [String].self)
  }

  @Test func pybtexFormatsTheSelectionWithBibTeXsPlainStyleInStrictMode() throws {
    let rendered = try Self.formatWithPybtex(BibTeXFormat.document(for: SamplePapers.all))
    #expect(
      rendered == [
        "=SUM(A1) -dense RepPoints, \"quoted\". 2019. "
          + "URL: https://arxiv.org/abs/1912.11473, arXiv:1912.11473, "
          + "doi:10.48550/arXiv.1912.11473.",
        "M$^5$L: Multi-Modal Multi-Margin metric learning for RGBT tracking. 2020. "
          + "URL: https://arxiv.org/abs/2003.07650, arXiv:2003.07650, "
          + "doi:10.48550/arXiv.2003.07650.",
        "Changan Chen, Unnat Jain, and Kristen Grauman. Audio-Visual embodied navigation. 2019. "
          + "URL: https://arxiv.org/abs/1912.11474, arXiv:1912.11474, "
          + "doi:10.48550/arXiv.1912.11474.",
        "José Müller and Łukasz Żółć. Deteção de fronteiras: fréchet Means for Σ-net & 100% #1 "
          + "under_score. 2004. URL: https://arxiv.org/abs/cs/0412069, arXiv:cs/0412069, "
          + "doi:10.48550/arXiv.cs/0412069.",
      ])
  }

  @Test func theDOIIsTheJournalsWhenTheDigestHasOneElseArxivs() {
    var paper = SamplePapers.metricLearning
    #expect(
      BibTeXFormat.entry(for: paper, key: "k").contains("  doi = {10.48550/arXiv.2003.07650}\n"))
    paper.doi = "10.1016/j.neunet.2020.10.016"
    #expect(
      BibTeXFormat.entry(for: paper, key: "k").contains("  doi = {10.1016/j.neunet.2020.10.016}\n")
    )
  }

  @Test func pybtexAcceptsEveryAwkwardTitleInStrictMode() throws {
    let papers = Self.awkwardTitles.enumerated().map { index, test in
      var paper = SamplePapers.metricLearning
      paper.title = test.title
      paper.id = ArxivID(unchecked: "2003.0765\(index)")
      return paper
    }
    let rendered = try Self.formatWithPybtex(BibTeXFormat.document(for: papers))
    // pybtex's LaTeX decoding is partial (it leaves \textbraceright, \$ and stacked accents
    // as written); what counts is that strict mode accepts every entry and that sentence case
    // spares the protected words.
    #expect(
      rendered.map { $0.prefix { $0 != "." } } == [
        "Close \\textbraceright  first, then open \\textbraceleft  Kept whole",
        "Costs \\$5 ~ x\\textasciicircum 2 \\ or less",
        "Fréchet Ångström naïve Œuvre in são paulo, vi\\^\\d et nam",
        "Learning α-divergences for $O(n \\log n)$ search",
        "Sets $\\lbrace x\\rbrace $ and $a\\rbrace b\\lbrace c$ braces",
        "Using \\LaTeX  and \\textbf Dense points with ç",
        "Σ-net and Δ-Sigma loss",
        "3D U²-Net: A 3D universal U-Net",
        "FHDR: HDR imaging with ImageNet and a U-Net",
        "R&D: 100% of #1 snake_case nets",
      ])
  }

  @Test func everyFixturePaperMakesBibTeXThatBothParsersAcceptInFull() throws {
    let names = MarkdownRoundTripTests.fixtures.map(\.file)
    let files = try names.map { try DigestFile(contentsOf: Golden.fixtureURL($0), path: $0) }
    let papers = Library(files: files).papers
    #expect(papers.count == 781)
    let path = try Python.temporaryFile(BibTeXFormat.document(for: papers), suffix: ".bib")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let script = """
      import json, sys, bibtexparser, pybtex.errors
      from pybtex.database import parse_file
      from pybtex.plugin import find_plugin
      pybtex.errors.set_strict_mode(True)
      data = parse_file(sys.argv[1], "bibtex")
      style = find_plugin("pybtex.style.formatting", "plain")()
      formatted = list(style.format_bibliography(data).entries)
      library = bibtexparser.parse_string(open(sys.argv[1], encoding="utf-8").read())
      print(json.dumps([len(data.entries), len(formatted), len(library.entries),
          len(library.failed_blocks), len({e.key for e in library.entries})]))
      """
    let counts = try Python.run(script, arguments: [path], as: [Int].self)
    #expect(counts == [781, 781, 781, 0, 781])
  }

  // MARK: - Keys

  @Test func keysAreMadeUniqueInExportOrderAvoidingReservedOnes() {
    let twin = SamplePapers.audioVisual
    var other = twin
    other.id = ArxivID(unchecked: "1912.00001")
    var third = twin
    third.id = ArxivID(unchecked: "1912.00002")
    #expect(
      BibTeXFormat.keys(for: [twin, other, third], reserved: ["chen2019audiovisuala"]) == [
        "chen2019audiovisual", "chen2019audiovisualb", "chen2019audiovisualc",
      ])
  }

  struct YearCase: CustomTestStringConvertible, Sendable {
    var id: String
    var year: Int
    var testDescription: String { id }
  }

  @Test(arguments: [
    YearCase(id: "1912.11474", year: 2019), YearCase(id: "0704.0001", year: 2007),
    YearCase(id: "2602.01666", year: 2026), YearCase(id: "cs/0412069", year: 2004),
    YearCase(id: "hep-th/9901001", year: 1999), YearCase(id: "math.GT/0309136", year: 2003),
  ])
  func theYearIsTheYearOfTheArxivID(_ test: YearCase) {
    #expect(BibTeXFormat.year(of: ArxivID(unchecked: test.id)) == test.year)
  }

  // MARK: - Reading an existing file

  @Test func existingEntriesAreFoundByEprintAndURL() {
    let bib = """
      @misc{a, title = {x}, eprint = {1912.11474}}
      @article{b,
        EPRINT = "arXiv:cs/0412069v2",
        title={y}}
      @misc(c, url = {https://arxiv.org/abs/2003.07650v1})
      @misc{d, note = {prints 1912.00001 nowhere}}
      """
    #expect(
      BibTeXFormat.exportedIDs(in: bib)
        == [
          ArxivID(unchecked: "1912.11474"), ArxivID(unchecked: "cs/0412069"),
          ArxivID(unchecked: "2003.07650"),
        ])
    #expect(BibTeXFormat.keys(in: bib) == ["a", "b", "c", "d"])
  }
}
