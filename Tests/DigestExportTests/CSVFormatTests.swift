import ArxivDigest
import DigestExport
import Foundation
import Testing

@Suite(.timeLimit(.minutes(5))) struct CSVFormatTests {
  struct FieldCase: CustomTestStringConvertible, Sendable {
    var name: String
    var value: String
    var written: String
    var testDescription: String { name }
  }

  static let fields: [FieldCase] = [
    FieldCase(name: "plain", value: "Dense RepPoints", written: "Dense RepPoints"),
    FieldCase(name: "comma", value: "a, b", written: "\"a, b\""),
    FieldCase(name: "quotes doubled", value: "say \"hi\"", written: "\"say \"\"hi\"\"\""),
    FieldCase(name: "line break", value: "one\ntwo", written: "\"one\ntwo\""),
    FieldCase(name: "formula =", value: "=1+1", written: "'=1+1"),
    FieldCase(name: "formula +", value: "+1 gain", written: "'+1 gain"),
    FieldCase(name: "formula -", value: "-2 loss", written: "'-2 loss"),
    FieldCase(name: "formula @", value: "@SUM(A1)", written: "'@SUM(A1)"),
    FieldCase(name: "formula tab", value: "\tx", written: "'\tx"),
    FieldCase(name: "formula with comma", value: "=A1,B1", written: "\"'=A1,B1\""),
    FieldCase(name: "minus inside is kept", value: "a-b", written: "a-b"),
    FieldCase(name: "empty", value: "", written: ""),
  ]

  @Test(arguments: fields)
  func fieldsAreQuotedAndNeutralisedAsNeeded(_ test: FieldCase) {
    #expect(CSVFormat.field(test.value) == test.written)
  }

  @Test func theHeaderRowNamesTheColumns() {
    let text = CSVFormat.document(for: [], marks: Marks())
    #expect(text == "id,title,category,date,abs,pdf,abstract,read,starred\r\n")
  }

  @Test func everyFixturePaperReadsBackThroughPythonsCSVModule() throws {
    let names = MarkdownRoundTripTests.fixtures.map(\.file)
    let files = try names.map { try DigestFile(contentsOf: Golden.fixtureURL($0), path: $0) }
    let papers = Library(files: files).papers
    let path = try Python.temporaryFile(
      CSVFormat.document(for: papers, marks: Marks()), suffix: ".csv")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline="", encoding="utf-8") as f:
          print(json.dumps(list(csv.reader(f, strict=True))))
      """
    let rows = try Python.run(script, arguments: [path], as: [[String]].self)
    #expect(rows.count == 782)
    #expect(rows.allSatisfy { $0.count == 9 })
    /// A cell as written, with the formula guard taken off again.
    func unguarded(_ cell: String) -> String {
      guard cell.hasPrefix("'"), let next = cell.dropFirst().first, "=+-@\t\r".contains(next)
      else { return cell }
      return String(cell.dropFirst())
    }
    #expect(rows.dropFirst().map { $0[0] } == papers.map(\.id.rawValue))
    #expect(rows.dropFirst().map { unguarded($0[1]) } == papers.map(\.title))
    #expect(rows.dropFirst().map { unguarded($0[6]) } == papers.map(\.abstract))
  }

  @Test func pythonsCSVModuleReadsTheExportBack() throws {
    let text = CSVFormat.document(for: SamplePapers.all, marks: SamplePapers.marks)
    let path = try Python.temporaryFile(text, suffix: ".csv")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline="", encoding="utf-8") as f:
          print(json.dumps(list(csv.reader(f, strict=True))))
      """
    let rows = try Python.run(script, arguments: [path], as: [[String]].self)
    #expect(rows.count == 5)
    #expect(rows.first == CSVFormat.header)
    #expect(
      rows[1] == [
        "1912.11474", "Audio-Visual Embodied Navigation", "cs.CV", "2019-12-25",
        "https://arxiv.org/abs/1912.11474", "https://arxiv.org/pdf/1912.11474.pdf",
        "Agents are deaf - restricted to vision & touch.\n"
          + "We map GTA5 -> Cityscapes for <all> scenes.",
        "true", "true",
      ])
    #expect(
      rows[3] == [
        "cs/0412069", "Deteção de Fronteiras: Fréchet {Means} for $Σ$-net & 100% #1 under_score",
        "cs.CV", "2004-12-17", "https://arxiv.org/abs/cs/0412069",
        "http://arxiv.org/pdf/cs/0412069v1", "", "false", "false",
      ])
    #expect(
      rows[4] == [
        "1912.11473", "'=SUM(A1) -Dense RepPoints, \"quoted\"", "cs.CV", "2019-12-25",
        "https://arxiv.org/abs/1912.11473", "https://arxiv.org/pdf/1912.11473.pdf",
        "'+1 gain, with \"quotes\", commas\nand @mentions.", "false", "false",
      ])
  }
}
