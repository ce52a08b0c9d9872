import ArgumentParser
import ArxivDigest

/// `digest check`: diagnostics to stderr, a summary to stdout, status 1 on errors.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check digests and print every problem found, like a compiler.",
    discussion: """
      Prints `path:line:col: warning|error: message` lines to stderr, then
      `N papers in F files, E errors, W warnings` to stdout. Exit status 1 when there are errors.
      Each kind of problem is shown at most 10 times per file, then counted in one line \
      (`path: warning: ... and N more like this: message`). A file that is not a digest at all \
      is one line, `skipped PATH: not a digest`, and not counted.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions

  func run() throws {
    let result = try input.load(fallBackToSample: false)
    let library = result.library
    CheckCommand.writeDiagnostics(library.diagnostics)
    let files = result.files.count
    let errors = library.errorCount
    let warnings = library.warningCount
    try StandardOutput.shared.line(
      "\(library.papers.count) \(plural(library.papers.count, "paper")) in \(files) \(plural(files, "file")), "
        + "\(errors) \(plural(errors, "error")), \(warnings) \(plural(warnings, "warning"))")
    if errors > 0 { throw CLIError.failed }
  }

  /// Streams `diagnostics` to stderr in 64 KiB writes, at most ten of each kind per file.
  static func writeDiagnostics(_ diagnostics: [Diagnostic]) {
    var summary = DiagnosticDigest(limit: 10)
    var buffer = ""
    for diagnostic in diagnostics {
      buffer += summary.lines(for: diagnostic)
      if buffer.utf8.count >= 1 << 16 {
        StandardError.write(buffer)
        buffer = ""
      }
    }
    buffer += summary.finish()
    StandardError.write(buffer)
  }

  private func plural(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }
}
