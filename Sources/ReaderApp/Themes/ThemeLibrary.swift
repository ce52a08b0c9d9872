import Foundation
import ReaderUI

/// The themes the reader can use: the bundled ones (embedded in the executable, so they are
/// found wherever it runs) and the user's `*.toml` files in `$XDG_CONFIG_HOME/digest/themes`,
/// which add to them or, under the same name, replace them.
///
/// ```swift
/// let library = ThemeLibrary(userFolder: AppPaths().configHome.appendingPathComponent("themes"))
/// let (theme, diagnostics) = try library.theme(named: "nord")
/// ```
public struct ThemeLibrary: Sendable {
  /// Where a theme comes from.
  public enum Origin: String, Hashable, Sendable {
    /// Built into the executable.
    case bundled
    /// A user file.
    case user
    /// A user file replacing a bundled theme of the same name.
    case userOverride = "user, replaces bundled"
  }

  /// Why a theme could not be used.
  public struct UnknownTheme: Error, CustomStringConvertible {
    /// The name asked for.
    public var name: String
    /// The names there are.
    public var available: [String]
    /// One line for the user.
    public var description: String {
      "unknown theme \"\(name)\"; themes: \(available.joined(separator: ", "))"
    }
  }

  /// The theme used when nothing names one.
  public static let defaultName = "default-dark"

  /// Theme sources by name: text and the path diagnostics name.
  private var sources: [String: (text: String, path: String, origin: Origin)]

  /// Creates the library from the bundled themes and the `*.toml` files in `userFolder`
  /// (a missing folder adds nothing).
  public init(userFolder: URL?, bundled: [(name: String, text: String)] = BundledThemes.files) {
    var sources: [String: (text: String, path: String, origin: Origin)] = [:]
    for file in bundled {
      sources[file.name] = (file.text, "Themes/\(file.name).toml", .bundled)
    }
    var problems: [String] = []
    if let userFolder, FileManager.default.fileExists(atPath: userFolder.path) {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: userFolder.path)
      } catch {
        names = []
        problems.append("\(userFolder.path): cannot read the themes folder; user themes ignored")
      }
      for file in names.sorted() where file.hasSuffix(".toml") {
        let url = userFolder.appendingPathComponent(file)
        let text: String
        do {
          text = try String(contentsOf: url, encoding: .utf8)
        } catch {
          let reason =
            FileManager.default.isReadableFile(atPath: url.path)
            ? "not UTF-8 text" : "permission denied"
          problems.append("\(url.path): \(reason); theme ignored")
          continue
        }
        let name = String(file.dropLast(5))
        let origin: Origin = sources[name] == nil ? .user : .userOverride
        sources[name] = (text, url.path, origin)
      }
    }
    self.sources = sources
    self.problems = problems
  }

  /// User theme files and folders that could not be read, one line each (`path: reason`), in
  /// the order met. Empty when every user theme was read (or there is no user folder).
  public private(set) var problems: [String] = []

  /// Every theme name, sorted.
  public var names: [String] { sources.keys.sorted() }

  /// Where the theme `name` comes from, or `nil` when there is none.
  public func origin(of name: String) -> Origin? { sources[name]?.origin }

  /// The file behind `name` as diagnostics name it.
  public func path(of name: String) -> String? { sources[name]?.path }

  /// The theme `name`: the built-in default, then each ancestor from the root down, then the
  /// file itself; bad lines are reported and the rest applies.
  ///
  /// - Throws: ``UnknownTheme`` when there is no theme of that name.
  public func theme(named name: String) throws(UnknownTheme) -> (Theme, [ConfigDiagnostic]) {
    guard sources[name] != nil else { throw UnknownTheme(name: name, available: names) }
    var chain: [ThemeFile] = []
    var fileDiagnostics: [String: [ConfigDiagnostic]] = [:]
    var next: String? = name
    var seen: Set<String> = []
    while let current = next, let source = sources[current] {
      seen.insert(current)
      let file = ThemeFile(parsing: source.text, name: current, path: source.path)
      chain.insert(file, at: 0)
      fileDiagnostics[file.path] = file.diagnostics
      next = nil
      guard let parent = file.inherits else { break }
      if seen.contains(parent) {
        fileDiagnostics[file.path, default: []].append(
          ConfigDiagnostic(
            path: file.path, line: file.inheritsLine,
            message: "inherits \"\(parent)\" makes a cycle; inheriting stops here"))
      } else if sources[parent] == nil {
        fileDiagnostics[file.path, default: []].append(
          ConfigDiagnostic(
            path: file.path, line: file.inheritsLine,
            message: "inherits unknown theme \"\(parent)\"; the built-in default is used"))
      } else {
        next = parent
      }
    }
    var styles = Theme.default.styles
    var palette: [String: String] = [:]
    for file in chain {
      palette.merge(file.palette) { _, new in new }
      fileDiagnostics[file.path, default: []] += file.apply(to: &styles, palette: palette)
    }
    var diagnostics: [ConfigDiagnostic] = []
    for file in chain {
      diagnostics += (fileDiagnostics.removeValue(forKey: file.path) ?? []).sorted {
        $0.line < $1.line
      }
    }
    return (Theme(name: name, styles: styles), diagnostics)
  }
}
