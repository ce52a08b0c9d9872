import ArxivDigest
import DigestExport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct ExportWriterTests {
  /// A fresh empty folder, removed at the end of the test.
  final class Folder {
    let path: String
    init() throws {
      path = FileManager.default.temporaryDirectory
        .appendingPathComponent("digest-export-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { "\(path)/\(name)" }
    func read(_ name: String) throws -> String {
      try String(contentsOfFile: file(name), encoding: .utf8)
    }
    var contents: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
  }

  let one = [SamplePapers.audioVisual]

  @Test func aNewFileIsWrittenAndNothingElseIsLeftInItsFolder() throws {
    let folder = try Folder()
    let summary = try ExportWriter.write(papers: one, format: .bibtex, to: folder.file("x.bib"))
    #expect(summary.description == "exported 1 paper to \(folder.file("x.bib"))")
    #expect(try folder.read("x.bib") == BibTeXFormat.document(for: one))
    #expect(folder.contents == ["x.bib"])
  }

  @Test func anExistingFileIsNotOverwrittenWithoutForce() throws {
    let folder = try Folder()
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: folder.file("x.bib")))
    #expect(throws: ExportError.fileExists(folder.file("x.bib"))) {
      try ExportWriter.write(papers: one, format: .bibtex, to: folder.file("x.bib"))
    }
    #expect(try folder.read("x.bib") == "mine\n")
    #expect(folder.contents == ["x.bib"])
  }

  @Test func forceReplacesTheFileAndKeepsItsPermissions() throws {
    let folder = try Folder()
    let path = folder.file("x.csv")
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o600)
    try ExportWriter.write(
      papers: SamplePapers.all, format: .csv, to: path, force: true, marks: SamplePapers.marks)
    #expect(try folder.read("x.csv").hasPrefix("id,title,category,date,abs,pdf,abstract"))
    var info = stat()
    stat(path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(folder.contents == ["x.csv"])
  }

  @Test func aSymbolicLinkIsKeptAndItsTargetReplaced() throws {
    let folder = try Folder()
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: folder.file("real.md")))
    symlink(folder.file("real.md"), folder.file("link.md"))
    try ExportWriter.write(papers: one, format: .markdown, to: folder.file("link.md"), force: true)
    let destination = try FileManager.default.destinationOfSymbolicLink(
      atPath: folder.file("link.md"))
    #expect(destination == folder.file("real.md"))
    #expect(try folder.read("real.md") == MarkdownFormat.document(for: one))
  }

  @Test func appendingSkipsPapersTheFileAlreadyHas() throws {
    let folder = try Folder()
    let path = folder.file("x.bib")
    try ExportWriter.write(papers: [SamplePapers.audioVisual], format: .bibtex, to: path)
    let summary = try ExportWriter.write(
      papers: [SamplePapers.audioVisual, SamplePapers.formula], format: .bibtex, to: path,
      append: true)
    #expect(summary.description == "exported 1 paper to \(path) (1 already there)")
    #expect(
      try folder.read("x.bib")
        == BibTeXFormat.document(for: [SamplePapers.audioVisual, SamplePapers.formula]))
    let again = try ExportWriter.write(
      papers: [SamplePapers.formula], format: .bibtex, to: path, append: true)
    #expect(again == ExportSummary(exported: 0, alreadyPresent: 1, destination: path))
  }

  @Test func appendedBibTeXKeysAvoidTheKeysAlreadyThere() throws {
    let folder = try Folder()
    let path = folder.file("x.bib")
    try Data("@misc{chen2019audiovisual, eprint = {1912.00001}}".utf8)
      .write(to: URL(fileURLWithPath: path))
    try ExportWriter.write(papers: one, format: .bibtex, to: path, append: true)
    let text = try folder.read("x.bib")
    #expect(
      text.hasPrefix(
        "@misc{chen2019audiovisual, eprint = {1912.00001}}\n\n@misc{chen2019audiovisuala,\n"))
  }

  @Test func appendingMarkdownContinuesTheLastDay() throws {
    let folder = try Folder()
    let path = folder.file("x.md")
    try ExportWriter.write(papers: [SamplePapers.audioVisual], format: .markdown, to: path)
    try ExportWriter.write(
      papers: [SamplePapers.formula, SamplePapers.audioVisual], format: .markdown, to: path,
      append: true)
    #expect(
      try folder.read("x.md")
        == MarkdownFormat.document(for: [SamplePapers.audioVisual, SamplePapers.formula]))
  }

  @Test func appendingToAMissingFileCreatesIt() throws {
    let folder = try Folder()
    let summary = try ExportWriter.write(
      papers: one, format: .markdown, to: folder.file("new.md"), append: true)
    #expect(summary.exported == 1)
    #expect(try folder.read("new.md") == MarkdownFormat.document(for: one))
  }

  @Test func aFIFOIsWrittenDirectlyNotRenamedOver() throws {
    let folder = try Folder()
    let path = folder.file("pipe")
    #expect(mkfifo(path, 0o600) == 0)
    nonisolated(unsafe) var received = Data()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      received = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
      done.signal()
    }
    try ExportWriter.write(papers: one, format: .json, to: path)
    done.wait()
    #expect(String(decoding: received, as: UTF8.self) == PaperJSON.array(for: one))
    var info = stat()
    lstat(path, &info)
    #expect(info.st_mode & S_IFMT == S_IFIFO)
  }

  @Test func aPlainFileUnderDevIsStillWrittenAtomicallyAndNotClobbered() throws {
    let path = "/dev/shm/digest-export-\(UUID().uuidString).bib"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try ExportWriter.write(papers: one, format: .bibtex, to: path)
    var info = stat()
    lstat(path, &info)
    #expect(info.st_mode & S_IFMT == S_IFREG)
    #expect(throws: ExportError.fileExists(path)) {
      try ExportWriter.write(papers: one, format: .bibtex, to: path)
    }
  }

  @Test func aDeviceIsWrittenDirectly() throws {
    let summary = try ExportWriter.write(papers: one, format: .ris, to: "/dev/null")
    #expect(summary.description == "exported 1 paper to /dev/null")
  }

  struct RefusalCase: CustomTestStringConvertible, Sendable {
    var name: String
    var papers: [Paper]
    var format: ExportFormat
    var path: String
    var append: Bool
    var error: ExportError
    var testDescription: String { name }
  }

  static let refusals: [RefusalCase] = [
    RefusalCase(
      name: "empty selection", papers: [], format: .bibtex, path: "/tmp/never.bib",
      append: false, error: .emptySelection),
    RefusalCase(
      name: "append to csv", papers: [SamplePapers.audioVisual], format: .csv,
      path: "/tmp/never.csv", append: true, error: .appendUnsupported(.csv)),
    RefusalCase(
      name: "a folder", papers: [SamplePapers.audioVisual], format: .json, path: "/tmp",
      append: false, error: .isDirectory("/tmp")),
    RefusalCase(
      name: "a missing folder", papers: [SamplePapers.audioVisual], format: .json,
      path: "/nonexistent-digest-folder/x.json", append: false,
      error: .noSuchFolder("/nonexistent-digest-folder")),
  ]

  @Test(arguments: refusals)
  func badRequestsThrowAndWriteNothing(_ test: RefusalCase) {
    #expect(throws: test.error) {
      try ExportWriter.write(
        papers: test.papers, format: test.format, to: test.path, append: test.append)
    }
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never.bib"))
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never.csv"))
  }

  @Test func refusalsReadAsOneLine() {
    #expect(
      ExportError.fileExists("x.bib").description
        == "x.bib already exists; not overwritten")
    #expect(
      ExportError.appendUnsupported(.ris).description
        == "cannot append to ris: appending works with markdown and bibtex")
  }

  @Test func theDefaultPathIsStarredAndTheDayInTheHomeFolder() throws {
    let day = try #require(DigestDay(iso: "2019-12-25"))
    #expect(
      ExportWriter.defaultPath(format: .bibtex, day: day, home: "/home/me")
        == "/home/me/starred-2019-12-25.bib")
    #expect(
      ExportWriter.defaultPath(format: .markdown, day: day, home: "/home/me/")
        == "/home/me/starred-2019-12-25.md")
  }
}
