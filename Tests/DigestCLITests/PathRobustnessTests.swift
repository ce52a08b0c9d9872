import Foundation
import Testing

/// Inputs as they come: links, unreadable files, files that are no digest, hostile text and
/// pasted ids, run on the real binary.
@Suite struct PathRobustnessTests {
  static let digest = """
    # ArXiv cs.CV --Wed, 25 Dec 2019
    ### 1.Audio-Visual Embodied Navigation  [ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)
    >  Moving around in the world.

    """
  static let hostile = """
    # ArXiv cs.CV --Wed, 25 Dec 2019
    ### 1.Safe \u{202E}txt.exe\u{202C} Ti\u{200B}tle\u{FEFF}  [ :arrow_down: ](https://arxiv.org/pdf/1912.11474.pdf)
    >  Moving \u{2066}around\u{2069} in the world.

    """

  let home: URL
  let fm = FileManager.default

  init() throws { home = try UnprivilegedRun.folder() }

  func write(_ text: String, _ relative: String, mode: Int = 0o644) throws -> String {
    let url = home.appendingPathComponent(relative)
    try fm.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o755])
    try text.write(to: url, atomically: false, encoding: .utf8)
    try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
    return url.path
  }

  func run(_ arguments: [String], stdin: String? = nil) throws -> DigestBinary.Run {
    try DigestBinary.run(
      arguments, stdin: stdin,
      environment: [
        "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
        "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        "DIGEST_STATE": home.appendingPathComponent("state.sqlite").path,
      ])
  }

  // MARK: - Links

  @Test func aLinkedDefaultFolderIsRead() throws {
    _ = try write(Self.digest, "store/a.md")
    try fm.createDirectory(
      at: home.appendingPathComponent("data/digest"), withIntermediateDirectories: true)
    try fm.createSymbolicLink(
      atPath: home.appendingPathComponent("data/digest/digests").path,
      withDestinationPath: home.appendingPathComponent("store").path)
    let result = try run(["list"])
    #expect(result.status == 0)
    #expect(result.stdout == "1912.11474  2019-12-25  cs.CV  Audio-Visual Embodied Navigation\n")
  }

  @Test func aLinkCycleEndsAndLoadsOnce() throws {
    let file = try write(Self.digest, "real/a.md")
    let folder = (file as NSString).deletingLastPathComponent
    try fm.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: folder)
    let result = try run(["check", folder])
    #expect(result.status == 0)
    #expect(result.stdout == "1 paper in 1 file, 0 errors, 0 warnings\n")
  }

  // MARK: - Not a digest

  @Test func aReadmeInTheFolderIsOneLine() throws {
    _ = try write(Self.digest, "notes/a.md")
    _ = try write("# My notes\n\nSome text.\n\n## More\n- item\n", "notes/README.md")
    let folder = home.appendingPathComponent("notes").path
    let result = try run(["check", folder])
    #expect(result.status == 0)
    #expect(result.stderr == "skipped \(folder)/README.md: not a digest\n")
    #expect(result.stdout == "1 paper in 1 file, 0 errors, 0 warnings\n")
  }

  @Test func aFolderWithoutMarkdownSaysSo() throws {
    let folder = home.appendingPathComponent("nothing").path
    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let result = try run(["check", folder])
    #expect(result.status == 0)
    #expect(result.stderr == "no digests (*.md) in \(folder)\n")
  }

  // MARK: - Permissions

  @Test(.enabled(if: UnprivilegedRun.unavailableReason == nil, "needs a non-root run"))
  func anUnreadableFolderIsPermissionDenied() throws {
    _ = try write(Self.digest, "locked/a.md")
    let folder = home.appendingPathComponent("locked").path
    try fm.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder)
    defer { try? fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
    let result = try UnprivilegedRun.run(["check", folder], home: home)
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(folder): permission denied"))
  }

  @Test(.enabled(if: UnprivilegedRun.unavailableReason == nil, "needs a non-root run"))
  func anUnreadableFileGivenIsPermissionDenied() throws {
    let file = try write(Self.digest, "secret.md", mode: 0o000)
    let result = try UnprivilegedRun.run(["list", file], home: home)
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(file): permission denied"))
  }

  @Test(.enabled(if: UnprivilegedRun.unavailableReason == nil, "needs a non-root run"))
  func oneUnreadableFileInAFolderIsSkipped() throws {
    _ = try write(Self.digest, "mixed/a.md")
    let locked = try write(Self.digest.replacingOccurrences(of: "11474", with: "11473"),
      "mixed/b.md", mode: 0o000)
    let folder = home.appendingPathComponent("mixed").path
    let result = try UnprivilegedRun.run(["check", folder], home: home)
    #expect(result.status == 0)
    #expect(result.stderr == "skipped \(locked): permission denied\n")
    #expect(result.stdout == "1 paper in 1 file, 0 errors, 0 warnings\n")
  }

  // MARK: - Hostile text

  @Test func listAndShowStripHiddenCharacters() throws {
    let file = try write(Self.hostile, "hostile.md")
    let list = try run(["list", file])
    #expect(list.stdout == "1912.11474  2019-12-25  cs.CV  Safe txt.exe Title\n")
    let show = try run(["show", "1912.11474", file])
    #expect(show.stdout.hasPrefix("Safe txt.exe Title\n"))
    #expect(show.stdout.hasSuffix("Moving around in the world.\n"))
  }

  @Test func malformedIdsAreEchoedEscaped() throws {
    let show = try run(["show", "1912.0\u{1B}[31mX\u{07}", "-"], stdin: Self.digest)
    #expect(show.status == 2)
    #expect(show.stderr.contains("1912.0\\x1b[31mX\\x07: not an arXiv id"))
    #expect(!show.stderr.contains("\u{1B}"))
    let mark = try run(["mark", "--read", "-"], stdin: "\u{1B}]0;title\u{07}\n")
    #expect(mark.status == 2)
    #expect(mark.stderr.contains("stdin:1: \\x1b]0;title\\x07: not an arXiv id"))
  }

  @Test func checkEscapesAFileNameWithControlBytes() throws {
    let file = try write("# ArXiv cs.CV --Wed, 25 Dec 2019\n### x\n", "e\u{1B}[2Jvil.md")
    let result = try run(["check", file])
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(result.stderr.contains("e\\x1b[2Jvil.md:2:"))
  }

  // MARK: - Pasted ids

  @Test(arguments: [
    "arXiv:1912.11474", "https://arxiv.org/abs/1912.11474v2",
    "http://arxiv.org/pdf/1912.11474.pdf", "https://arxiv.org/pdf/1912.11474v1",
  ])
  func showTakesPastedForms(_ pasted: String) throws {
    let result = try run(["show", pasted, "-"], stdin: Self.digest)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Audio-Visual Embodied Navigation\n"))
  }

  @Test func markTakesPastedFormsAndStdin() throws {
    let args = try run(["mark", "--star", "https://arxiv.org/abs/hep-th/9901001v2"])
    #expect(args.status == 0)
    let stdin = try run(
      ["mark", "--read", "-"], stdin: "arXiv:1912.11474\nhttp://arxiv.org/pdf/1912.11473.pdf\n")
    #expect(stdin.status == 0)
    #expect(stdin.stdout == "1912.11474\n1912.11473\n")
    let starred = try run(["state", "export"])
    #expect(starred.stdout.contains("hep-th/9901001"))
  }

  // MARK: - Many problems

  @Test func checkOutputStaysBoundedOnManyBadEntries() throws {
    let text = "# ArXiv cs.CV --Wed, 25 Dec 2019\n" + String(repeating: "### x\n", count: 20_000)
    let file = try write(text, "many.md")
    let result = try run(["check", file])
    #expect(result.stdout == "0 papers in 1 file, 0 errors, 40000 warnings\n")
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 22)
    #expect(
      lines.last.map(String.init)
        == "\(file): warning: ... and 19,990 more like this: entry has no complete link, "
        + "so no arXiv id; entry dropped")
  }

  // MARK: - Swallowed errors

  @Test func anUnreadableConfigIsAWarning() throws {
    try fm.createDirectory(
      at: home.appendingPathComponent("config/digest/config.toml"),
      withIntermediateDirectories: true)
    let result = try run(["check"])
    #expect(result.stderr.contains("digest: warning: "))
    #expect(result.stderr.contains("config.toml: cannot read the config file"))
  }
}
