import Foundation
import Testing

/// Runs a Python script from a test: real parsers (bibtexparser, pybtex, rispy, the csv
/// module) read what the exporters write.
///
/// Needs `python3` on the PATH and ``installLine`` (the LaTeX decoders are pinned too: the tests
/// compare decoded text literally); a missing one fails the test with that hint rather than
/// skipping it.
enum Python {
  /// The command that installs what the tests run.
  static let installLine =
    "python3 -m pip install bibtexparser==2.1.0 pylatexenc==2.11 pybtex==0.26.1 "
    + "latexcodec==3.0.1 rispy==0.10.0"

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `script` with `arguments` and decodes its standard output as JSON into `T`.
  static func run<T: Decodable>(
    _ script: String, arguments: [String], as type: T.Type
  ) throws -> T {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(
        description: "python3 failed (status \(process.terminationStatus)); "
          + "install with: \(installLine)\n"
          + String(decoding: errData, as: UTF8.self))
    }
    return try JSONDecoder().decode(T.self, from: outData)
  }

  /// Writes `text` to a fresh temporary file and returns its path.
  static func temporaryFile(_ text: String, suffix: String) throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("digest-export-\(UUID().uuidString)\(suffix)")
    try Data(text.utf8).write(to: url)
    return url.path
  }
}
