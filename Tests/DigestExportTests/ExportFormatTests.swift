import DigestExport
import Testing

@Suite struct ExportFormatTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var format: ExportFormat
    var fileExtension: String
    var supportsAppend: Bool
    var testDescription: String { format.rawValue }
  }

  @Test(arguments: [
    Case(format: .markdown, fileExtension: "md", supportsAppend: true),
    Case(format: .bibtex, fileExtension: "bib", supportsAppend: true),
    Case(format: .csv, fileExtension: "csv", supportsAppend: false),
    Case(format: .json, fileExtension: "json", supportsAppend: false),
    Case(format: .ris, fileExtension: "ris", supportsAppend: false),
  ])
  func eachFormatHasItsExtensionAndSaysWhetherItAppends(_ test: Case) {
    #expect(test.format.fileExtension == test.fileExtension)
    #expect(test.format.supportsAppend == test.supportsAppend)
    #expect(ExportFormat(fileExtension: test.fileExtension) == test.format)
    #expect(ExportFormat(fileExtension: test.fileExtension.uppercased()) == test.format)
  }

  @Test func unknownExtensionsNameNoFormat() {
    #expect(ExportFormat(fileExtension: "txt") == nil)
    #expect(ExportFormat(fileExtension: "") == nil)
    #expect(ExportFormat.names == "markdown, bibtex, csv, json, ris")
  }

  @Test func anAppendixStartsOnANewLineAndBibTeXEntriesKeepABlankLineBetween() {
    let paper = [SamplePapers.formula]
    #expect(
      Exporter.appendix(for: paper, format: .markdown, existing: "# notes")
        == "\n" + MarkdownFormat.document(for: paper))
    #expect(
      Exporter.appendix(for: paper, format: .bibtex, existing: "@misc{x, eprint = {1}}\n")
        == "\n" + BibTeXFormat.document(for: paper))
    #expect(Exporter.appendix(for: [], format: .bibtex, existing: "x") == "")
  }
}
