import Foundation
import PackagePlugin

/// Embeds the top-level `Themes/*.toml` into the target as `BundledThemes.swift` at build
/// time, so the executable finds its themes wherever it runs and the files cannot drift.
@main
struct EmbedThemesPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appendingPathComponent("Themes")
    let themes = try FileManager.default.contentsOfDirectory(
      at: folder, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "toml" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("BundledThemes.swift")
    return [
      .buildCommand(
        displayName: "Embedding Themes/*.toml",
        executable: try context.tool(named: "EmbedThemes").url,
        // The tool lists the folder itself, so a theme added later is embedded even when the
        // package graph (and with it this plugin's result) is cached.
        arguments: [output.path, folder.path],
        inputFiles: themes + [folder],
        outputFiles: [output])
    ]
  }
}
