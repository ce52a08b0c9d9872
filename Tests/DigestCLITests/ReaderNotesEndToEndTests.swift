import Foundation
import Testing

/// The reader tells, on its status bar, which inputs it left out.
@Suite(.serialized) struct ReaderNotesEndToEndTests {
  @Test func aReadmeInTheFolderIsNamedOnTheStatusBar() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-notes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: DigestBinary.fixture("cs.CV-2019-12-25.seed.md"),
      toPath: folder.appendingPathComponent("day.md").path)
    try "# Notes\n\nNot a digest.\n".write(
      to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
    let reader = try ReaderTmux(arguments: [folder.path], width: 200, height: 30)
    try reader.waitForScreen("the skip on the status bar") {
      $0.contains("README.md: not a digest") && $0.contains("1/26")
    }
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }
}
