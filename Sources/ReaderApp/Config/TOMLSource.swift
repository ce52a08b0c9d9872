import Foundation
import TOMLKit

/// A TOML document read leniently: a line that does not parse is reported and left out, and
/// the rest is read; every key's line is known, for diagnostics.
///
/// The TOML library reports no positions for values, so lines come from a small scan of the
/// text: table headers (`[keys]`) and `key =` lines, bare, quoted or dotted.
struct TOMLSource {
  /// The parsed document (empty when nothing could be read).
  let table: TOMLTable
  /// Lines that did not parse, one diagnostic each.
  let diagnostics: [ConfigDiagnostic]
  /// The line of each key path (components joined by ``separator``).
  private let lines: [String: Int]

  /// Joins key path components in ``lines``.
  static let separator = "\u{1}"

  /// Parses `text`, dropping lines that do not parse (at most 50) and reporting them with `path`.
  init(text: String, path: String) {
    var source = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var diagnostics: [ConfigDiagnostic] = []
    var parsed: TOMLTable?
    for _ in 0..<50 {
      do {
        parsed = try TOMLTable(string: source.joined(separator: "\n"))
        break
      } catch let error as TOMLParseError {
        let line = error.source.begin.line
        diagnostics.append(
          ConfigDiagnostic(path: path, line: line, message: "\(error.description); line ignored"))
        guard source.indices.contains(line - 1), !source[line - 1].isEmpty else { break }
        source[line - 1] = ""
      } catch {
        diagnostics.append(ConfigDiagnostic(path: path, line: 0, message: "\(error)"))
        break
      }
    }
    self.table = parsed ?? TOMLTable()
    self.diagnostics = diagnostics
    self.lines = TOMLSource.scanLines(source)
  }

  /// The line where `path` (table names, then the key) is set, else of its nearest table.
  func line(of path: [String]) -> Int {
    var path = path
    while !path.isEmpty {
      if let line = lines[path.joined(separator: TOMLSource.separator)] { return line }
      path.removeLast()
    }
    return 0
  }

  /// Key paths and their lines: `[table]` headers and `key = value` lines.
  static func scanLines(_ source: [String]) -> [String: Int] {
    var result: [String: Int] = [:]
    var table: [String] = []
    for (offset, raw) in source.enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") {
        let inner = line.drop(while: { $0 == "[" })
        guard let end = inner.firstIndex(of: "]") else { continue }
        table = keyPath(String(inner[..<end]))
        result[table.joined(separator: separator)] = result[table.joined(separator: separator)]
          ?? offset + 1
        continue
      }
      guard let equals = keyEnd(line) else { continue }
      let key = table + keyPath(String(line[..<equals]))
      result[key.joined(separator: separator)] = offset + 1
    }
    return result
  }

  /// Where the key of a `key = value` line ends (the `=` outside quotes).
  private static func keyEnd(_ line: String) -> String.Index? {
    var quote: Character?
    for index in line.indices {
      let character = line[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "=" {
        return index
      }
    }
    return nil
  }

  /// The components of a dotted key: `a."b.c" . d` → `a`, `b.c`, `d`.
  static func keyPath(_ text: String) -> [String] {
    var components: [String] = []
    var current = ""
    var quote: Character?
    for character in text {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "." {
        components.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      } else {
        current.append(character)
      }
    }
    components.append(current.trimmingCharacters(in: .whitespaces))
    return components
  }
}
