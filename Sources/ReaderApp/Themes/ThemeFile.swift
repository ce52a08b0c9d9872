import ReaderUI
import TOMLKit

/// One theme file read but not yet resolved: what it inherits, its palette and the roles it
/// names, each with its line; problems become ``diagnostics`` and the rest still applies.
///
/// ```toml
/// inherits = "default-dark"
/// "list.selected" = { fg = "white", bg = "accent", modifiers = ["bold"] }
///
/// [palette]
/// accent = "#268bd2"
/// ```
public struct ThemeFile: Hashable, Sendable {
  /// One role the file names.
  public struct Entry: Hashable, Sendable {
    /// The role.
    public var element: ThemeElement
    /// Foreground as written (a name, index, `#rrggbb` or palette name); `nil` for none.
    public var foreground: String?
    /// Background as written; `nil` for none.
    public var background: String?
    /// Attributes with colour.
    public var attributes: TextAttributes
    /// Attributes without colour; `nil` keeps the inherited ones.
    public var monochrome: TextAttributes?
    /// Where the role is set.
    public var line: Int
  }

  /// The theme's name (the file name without `.toml`).
  public var name: String
  /// The file as named in diagnostics.
  public var path: String
  /// The theme this one builds on; `nil` for the built-in default.
  public var inherits: String?
  /// The line of `inherits` (0 without it).
  public var inheritsLine = 0
  /// Named colours from `[palette]`, as written.
  public var palette: [String: String] = [:]
  /// The line of each palette colour.
  public var paletteLines: [String: Int] = [:]
  /// The roles the file names, in file order.
  public var entries: [Entry]
  /// Problems found while reading.
  public var diagnostics: [ConfigDiagnostic]

  /// Reads a theme file.
  ///
  /// - Parameters:
  ///   - text: The TOML text.
  ///   - name: The theme's name.
  ///   - path: The file as named in diagnostics.
  public init(parsing text: String, name: String, path: String) {
    self.name = name
    self.path = path
    self.entries = []
    self.diagnostics = []
    let source = TOMLSource(text: text, path: path)
    var diagnostics = source.diagnostics
    func report(_ keyPath: [String], _ message: String) {
      diagnostics.append(
        ConfigDiagnostic(path: path, line: source.line(of: keyPath), message: message))
    }
    for key in source.table.keys {
      guard let value = source.table[key] else { continue }
      switch key {
      case "inherits":
        if let parent = value.string {
          inherits = parent
          inheritsLine = source.line(of: [key])
        } else {
          report([key], "inherits takes a theme name in quotes")
        }
      case "palette":
        guard let table = value.table else {
          report([key], "palette must be a table of names and colours")
          continue
        }
        for colorName in table.keys {
          if let color = table[colorName]?.string {
            palette[colorName] = color
            paletteLines[colorName] = source.line(of: [key, colorName])
          } else {
            report([key, colorName], "palette colour \"\(colorName)\" must be a string")
          }
        }
      default:
        readRoles(value, path: [key], source: source, report: report)
      }
    }
    entries.sort { $0.line < $1.line }
    diagnostics.sort { $0.line < $1.line }
    self.diagnostics = diagnostics
  }

  /// Reads a role's style, or the roles nested under a dotted prefix (`list.selected = …`
  /// written without quotes).
  private mutating func readRoles(
    _ value: any TOMLValueConvertible, path: [String], source: TOMLSource,
    report: ([String], String) -> Void
  ) {
    let name = path.joined(separator: ".")
    if let element = ThemeElement(rawValue: name) {
      if let color = value.string {
        entries.append(
          Entry(
            element: element, foreground: color, background: nil, attributes: [],
            monochrome: nil, line: source.line(of: path)))
        return
      }
      guard let table = value.table else {
        report(path, "style of \"\(name)\" must be a table { fg, bg, modifiers, mono }")
        return
      }
      var entry = Entry(
        element: element, foreground: nil, background: nil, attributes: [], monochrome: nil,
        line: source.line(of: path))
      for key in table.keys {
        guard let field = table[key] else { continue }
        switch key {
        case "fg", "bg":
          guard let color = field.string else {
            report(path, "\(key) of \"\(name)\" must be a colour in quotes")
            continue
          }
          if key == "fg" { entry.foreground = color } else { entry.background = color }
        case "modifiers", "mono":
          let attributes = readAttributes(field, key: key, role: name, path: path, report: report)
          if key == "modifiers" {
            entry.attributes = attributes
          } else {
            entry.monochrome = attributes
          }
        default:
          if ThemeElement(rawValue: name + "." + key) != nil, field.table != nil {
            readRoles(field, path: path + [key], source: source, report: report)
          } else {
            report(path + [key], "unknown key \"\(key)\" in \"\(name)\" (fg, bg, modifiers, mono)")
          }
        }
      }
      entries.append(entry)
      return
    }
    let prefix = name + "."
    if let table = value.table,
      ThemeElement.allCases.contains(where: { $0.rawValue.hasPrefix(prefix) })
    {
      for key in table.keys {
        guard let field = table[key] else { continue }
        readRoles(field, path: path + [key], source: source, report: report)
      }
      return
    }
    report(path, "unknown style role \"\(name)\"\(ThemeFile.suggestion(for: name))")
  }

  /// Attributes from an array of names; unknown names are reported and skipped.
  private func readAttributes(
    _ value: any TOMLValueConvertible, key: String, role: String, path: [String],
    report: ([String], String) -> Void
  ) -> TextAttributes {
    guard let array = value.array else {
      report(path, "\(key) of \"\(role)\" must be a list like [\"bold\"]")
      return []
    }
    var attributes: TextAttributes = []
    for item in array {
      guard let word = item.string, let attribute = ThemeFile.attributeNames[word] else {
        report(
          path,
          "unknown modifier \(item.string.map { "\"\($0)\"" } ?? "value") in \"\(role)\" "
            + "(bold, dim, italic, underline, reverse)")
        continue
      }
      attributes.insert(attribute)
    }
    return attributes
  }

  /// Modifier names as theme files write them.
  static let attributeNames: [String: TextAttributes] = [
    "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline,
    "underlined": .underline, "reverse": .reverse, "reversed": .reverse,
  ]

  /// `, did you mean "list.read"?` for a near miss, else empty.
  static func suggestion(for name: String) -> String {
    let best = ThemeElement.allCases.map(\.rawValue).min {
      EditDistance.between($0, name) < EditDistance.between($1, name)
    }
    guard let best, EditDistance.between(best, name) <= 2 else { return "" }
    return ", did you mean \"\(best)\"?"
  }

  // MARK: - Resolving

  /// Applies this file's roles over `styles`, resolving colours through `palette` (this
  /// file's palette over its ancestors').
  ///
  /// - Returns: Diagnostics for colours that are neither names, indices, `#rrggbb` nor in
  ///   the palette; such a colour keeps the inherited one.
  func apply(
    to styles: inout [String: Style], palette: [String: String]
  ) -> [ConfigDiagnostic] {
    var diagnostics: [ConfigDiagnostic] = []
    func color(_ text: String?, inherited: TerminalColor?, line: Int, role: String)
      -> TerminalColor?
    {
      guard let text else { return nil }
      if text.lowercased() == "default" || text.lowercased() == "reset" { return nil }
      if let named = palette[text], let resolved = TerminalColor(parsing: named) {
        return resolved
      }
      if let resolved = TerminalColor(parsing: text) { return resolved }
      diagnostics.append(
        ConfigDiagnostic(
          path: path, line: line,
          message: "unknown colour \"\(text)\" in \"\(role)\" "
            + "(a name, 0-255, #rrggbb or a [palette] name)"))
      return inherited
    }
    for entry in entries {
      let role = entry.element.rawValue
      let base = styles[role] ?? .plain
      styles[role] = Style(
        foreground: color(
          entry.foreground, inherited: base.foreground, line: entry.line, role: role),
        background: color(
          entry.background, inherited: base.background, line: entry.line, role: role),
        attributes: entry.attributes, monochrome: entry.monochrome ?? base.monochrome)
    }
    for (name, value) in self.palette.sorted(by: { $0.key < $1.key })
    where TerminalColor(parsing: value) == nil {
      diagnostics.append(
        ConfigDiagnostic(
          path: path, line: paletteLines[name] ?? 0,
          message: "palette colour \"\(name)\" is not a colour: \"\(value)\""))
    }
    return diagnostics
  }
}
