import ArxivDigest
import Foundation
import ReaderApp
import Testing

/// Loading folders and files: links followed once, and inputs that are not digests skipped.
@Suite struct DigestLoaderTests {
  static let digest = """
    # ArXiv cs.CV --Wed, 25 Dec 2019
    ### 1.Audio-Visual Embodied Navigation  [ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)
    >  Moving around in the world.

    """
  static let other = """
    # ArXiv cs.CV --Thu, 26 Dec 2019
    ### 1.Dense RepPoints  [ :arrow_down: ](https://arxiv.org/pdf/1912.11473.pdf)
    >  We present an object representation.

    """

  let root: URL
  let fm = FileManager.default

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func write(_ text: String, _ relative: String) throws {
    let url = root.appendingPathComponent(relative)
    try fm.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  func link(_ relative: String, to destination: String) throws {
    try fm.createSymbolicLink(
      atPath: root.appendingPathComponent(relative).path, withDestinationPath: destination)
  }

  func load(_ paths: [String], environment: [String: String] = [:]) throws
    -> DigestLoader.Result
  {
    try DigestLoader(environment: environment).load(paths: paths, fallBackToSample: false)
  }

  func ids(_ result: DigestLoader.Result) -> [String] { result.library.papers.map(\.id.rawValue) }

  @Test func aLinkedFolderLoads() throws {
    try write(Self.digest, "real/a.md")
    try link("linked", to: root.appendingPathComponent("real").path)
    let result = try load([root.appendingPathComponent("linked").path])
    #expect(ids(result) == ["1912.11474"])
    #expect(result.notes == [])
  }

  @Test func linkedFilesInAFolderLoad() throws {
    try write(Self.digest, "elsewhere/a.md")
    try fm.createDirectory(
      at: root.appendingPathComponent("folder"), withIntermediateDirectories: true)
    try link("folder/a.md", to: root.appendingPathComponent("elsewhere/a.md").path)
    let result = try load([root.appendingPathComponent("folder").path])
    #expect(ids(result) == ["1912.11474"])
  }

  @Test func aLinkCycleIsVisitedOnce() throws {
    try write(Self.digest, "real/a.md")
    try write(Self.other, "real/sub/b.md")
    try link("real/sub/up", to: "..")
    try link("real/self", to: ".")
    let result = try load([root.appendingPathComponent("real").path])
    #expect(ids(result) == ["1912.11474", "1912.11473"])
    #expect(result.library.diagnostics.isEmpty)
  }

  @Test func aLinkedDefaultFolderLoadsInsteadOfTheSample() throws {
    try write(Self.digest, "store/a.md")
    try fm.createDirectory(
      at: root.appendingPathComponent("data/digest"), withIntermediateDirectories: true)
    try link("data/digest/digests", to: root.appendingPathComponent("store").path)
    let result = try DigestLoader(
      environment: ["XDG_DATA_HOME": root.appendingPathComponent("data").path]
    ).load(paths: [], fallBackToSample: true)
    #expect(!result.usedSample)
    #expect(ids(result) == ["1912.11474"])
  }

  @Test func aFileThatIsNotADigestIsOneNote() throws {
    try write(Self.digest, "folder/a.md")
    try write("# digest\n\nA reader.\n### Install\n", "folder/README.md")
    let folder = root.appendingPathComponent("folder").path
    let result = try load([folder])
    #expect(ids(result) == ["1912.11474"])
    #expect(result.files.count == 1)
    #expect(result.notes == ["skipped \(folder)/README.md: not a digest"])
  }

  @Test func aFolderWithoutDigestsSaysSo() throws {
    try write("x", "empty/notes.txt")
    let folder = root.appendingPathComponent("empty").path
    let result = try load([folder])
    #expect(result.files.isEmpty)
    #expect(result.notes == ["no digests (*.md) in \(folder)"])
  }

  @Test func aFolderNameWithControlBytesIsEscapedInNotes() throws {
    try write("x", "e\u{1B}[31mvil/notes.txt")
    let folder = root.appendingPathComponent("e\u{1B}[31mvil").path
    let result = try load([folder])
    #expect(result.notes == ["no digests (*.md) in \(root.path)/e\\x1b[31mvil"])
  }

  @Test func aMissingPathIsAFailure() throws {
    let path = root.appendingPathComponent("nothing.md").path
    #expect(throws: DigestLoader.Failure.self) { try load([path]) }
  }
}
