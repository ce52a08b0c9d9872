import ArxivDigest
import DigestExport
import Testing

@Suite struct ExporterGoldenTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var format: ExportFormat
    var golden: String
    var testDescription: String { format.rawValue }
  }

  static let cases: [Case] = [
    Case(format: .markdown, golden: "selection.md"),
    Case(format: .bibtex, golden: "selection.bib"),
    Case(format: .csv, golden: "selection.csv"),
    Case(format: .json, golden: "selection.json"),
    Case(format: .ris, golden: "selection.ris"),
  ]

  @Test(arguments: cases)
  func theFixtureSelectionExportsAsItsGoldenFile(_ test: Case) throws {
    let text = Exporter.document(
      for: SamplePapers.all, format: test.format, marks: SamplePapers.marks)
    try Golden.check(text, against: test.golden)
  }

  @Test func jsonExportIsAnArrayOfTheListJSONObjects() {
    let text = Exporter.document(for: SamplePapers.all, format: .json)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "[")
    #expect(lines.last == "]")
    #expect(lines[1] == PaperJSON.object(for: SamplePapers.audioVisual) + ",")
    #expect(lines[4] == PaperJSON.object(for: SamplePapers.formula))
  }

  @Test func anEmptyJSONExportIsAnEmptyArray() {
    #expect(Exporter.document(for: [], format: .json) == "[]\n")
  }
}
