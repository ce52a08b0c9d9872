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
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions

  func run() throws {
    let result = try input.load(fallBackToSample: false)
    let library = result.library
    var err = ""
    for diagnostic in library.diagnostics { err += diagnostic.description + "\n" }
    StandardError.write(err)
    let files = result.files.count
    let errors = library.errorCount
    let warnings = library.warningCount
    try StandardOutput.shared.line(
      "\(library.papers.count) \(plural(library.papers.count, "paper")) in \(files) \(plural(files, "file")), "
        + "\(errors) \(plural(errors, "error")), \(warnings) \(plural(warnings, "warning"))")
    if errors > 0 { throw CLIError.failed }
  }

  private func plural(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }
}
