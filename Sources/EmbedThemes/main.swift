import Foundation

// Writes the Swift source embedding theme files: `EmbedThemes OUTPUT FOLDER`, every
// FOLDER/*.toml sorted by name. Run by the EmbedThemesPlugin build-tool plugin; each theme
// becomes one raw string literal.

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
  FileHandle.standardError.write(Data("usage: EmbedThemes OUTPUT FOLDER\n".utf8))
  exit(2)
}
let folder = URL(fileURLWithPath: arguments.dropFirst().first ?? "Themes")
let names =
  ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
  .filter { $0.hasSuffix(".toml") }.sorted()
var lines = [
  "// Generated at build time from the top-level Themes/ folder by the EmbedThemes plugin.",
  "",
  "/// The theme files of the top-level `Themes/` folder, embedded in the executable so they are",
  "/// found wherever it runs.",
  "public enum BundledThemes {",
  "  /// Each file's name (without `.toml`) and text, byte for byte, sorted by name.",
  "  public static let files: [(name: String, text: String)] = [",
]
for file in names {
  let url = folder.appendingPathComponent(file)
  guard let text = try? String(contentsOf: url, encoding: .utf8) else {
    FileHandle.standardError.write(Data("EmbedThemes: cannot read \(url.path)\n".utf8))
    exit(1)
  }
  // A raw string with enough #s that no text in the file can close it early.
  var hashes = "#"
  while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
  let name = url.deletingPathExtension().lastPathComponent
  lines += [
    "    (", "      \"\(name)\",", "      \(hashes)\"\"\"", text + "\n\"\"\"\(hashes)", "    ),",
  ]
}
lines += ["  ]", "}"]
do {
  try (lines.joined(separator: "\n") + "\n").write(
    to: URL(fileURLWithPath: output), atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("EmbedThemes: cannot write \(output): \(error)\n".utf8))
  exit(1)
}
