import ArxivDigest
import DigestExport
import Foundation
import Testing

@Suite(.timeLimit(.minutes(5))) struct RISFormatTests {
  /// One record as rispy (a Python RIS reader) reads it; absent tags are `nil`.
  struct Record: Decodable, Equatable {
    var type_of_reference: String
    var title: String
    var authors: [String]?
    var year: String
    var date: String
    var abstract: String?
    var urls: [String]
    var file_attachments1: String
    var doi: String
    var accession_number: String
    var publisher: String
    var keywords: [String]
    var notes: [String]?
  }

  static func read(_ ris: String) throws -> [Record] {
    let path = try Python.temporaryFile(ris, suffix: ".ris")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let script = """
      import json, sys, rispy
      with open(sys.argv[1], encoding="utf-8") as f:
          print(json.dumps(rispy.load(f, enforce_list_tags=True)))
      """
    return try Python.run(script, arguments: [path], as: [Record].self)
  }

  @Test func anRISReaderReadsEveryFieldBack() throws {
    let records = try Self.read(RISFormat.document(for: SamplePapers.all))
    #expect(records.count == 4)
    #expect(
      records.first
        == Record(
          type_of_reference: "UNPB", title: "Audio-Visual Embodied Navigation",
          authors: ["Changan Chen", "Unnat Jain", "Kristen Grauman"], year: "2019",
          date: "2019/12/25",
          abstract: "Agents are deaf - restricted to vision & touch. "
            + "We map GTA5 -> Cityscapes for <all> scenes.",
          urls: ["https://arxiv.org/abs/1912.11474"],
          file_attachments1: "https://arxiv.org/pdf/1912.11474.pdf",
          doi: "10.48550/arXiv.1912.11474", accession_number: "arXiv:1912.11474",
          publisher: "arXiv", keywords: ["cs.CV", "cs.SD"], notes: nil))
    #expect(
      records[2]
        == Record(
          type_of_reference: "UNPB",
          title: "Deteção de Fronteiras: Fréchet {Means} for $Σ$-net & 100% #1 under_score",
          authors: ["José Müller", "Łukasz Żółć"], year: "2004", date: "2004/12/17",
          abstract: nil, urls: ["https://arxiv.org/abs/cs/0412069"],
          file_attachments1: "http://arxiv.org/pdf/cs/0412069v1",
          doi: "10.48550/arXiv.cs/0412069", accession_number: "arXiv:cs/0412069",
          publisher: "arXiv", keywords: ["cs.CV", "cs.LG"], notes: ["12 pages, 3 figures"]))
  }

  @Test func everyLineIsATagLineEndingInCRLF() {
    let text = RISFormat.document(for: SamplePapers.all)
    let lines = text.components(separatedBy: "\r\n").dropLast()
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    for line in lines where !line.isEmpty {
      let tag = line.prefix(6)
      #expect(tag.count == 6 && tag.hasSuffix("  - "), "not a tag line: \(line)")
    }
    #expect(text.hasSuffix("ER  - \r\n"))
  }
}
