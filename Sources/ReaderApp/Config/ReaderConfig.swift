import ArxivDigest
import DigestQuery
import Foundation
import ReaderCore
import ReaderUI
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/digest/config.toml` (or `--config PATH`): theme,
/// marking on open, layout, default digest folders, saved filters, keys and what
/// `digest fetch` fetches.
///
/// Every setting is optional. A bad line is reported in ``diagnostics`` with its line and the
/// rest still applies; ``defaultText`` is the commented default file.
///
/// ```swift
/// let config = try ReaderConfig.load(from: url, required: false)
/// for diagnostic in config.diagnostics { print(diagnostic) }
/// ```
public struct ReaderConfig: Hashable, Sendable {
  /// Why a config file could not be read at all.
  public struct LoadError: Error, CustomStringConvertible {
    /// One line for the user.
    public var description: String
  }

  /// The file as named in diagnostics.
  public var path: String
  /// The theme's name, or `nil` for the default.
  public var theme: String?
  /// The line of `theme`, for diagnostics about it.
  public var themeLine = 0
  /// `true` (the default) when opening a paper marks it read.
  public var markReadOnOpen = true
  /// How papers are marked as the user reads (`mark_read_on_leave`, `advance_after_mark`,
  /// `confirm_bulk`; `mark_read_on_open` is ``markReadOnOpen``).
  public var reading = ReadingSettings()
  /// `true` (the default) when the reader reopens where it was left.
  public var resume = true
  /// Days newest first (`day_order = "newest-first"`) instead of oldest first.
  public var newestDayFirst = false
  /// How the screen is divided.
  public var layout = LayoutSettings.default
  /// Files and folders read when a command gets no path (`~` expanded, relative to the
  /// config's folder).
  public var digests: [String] = []
  /// Named queries, in file order, for `F` in the reader.
  public var filters: [SavedFilter] = []
  /// Watch lists (`[watch]` name = query), in file order: matching papers carry the name.
  public var watches: [SavedFilter] = []
  /// What "for you" ranks together: each day (the default) or all loaded papers.
  public var rankWithin: RankScope = .day
  /// The shell command yanked text is piped to (`wl-copy`), or `nil` for OSC 52.
  public var copyCommand: String?
  /// Whether links are sent as OSC 8 hyperlinks.
  public var hyperlinks = HyperlinkSetting.auto
  /// `true` (the default) when the reader takes the mouse.
  public var mouse = true
  /// `true` when `$BROWSER` runs in the terminal (the reader hands it over and waits).
  public var browserNeedsTerminal = false
  /// `[keys]` entries, in file order.
  public var keys: [KeyRebinding] = []
  /// The arXiv categories `digest fetch` reads when it is given none.
  public var categories: [String] = ["cs.CV"]
  /// The announcements `digest fetch` writes (default new submissions and cross-lists).
  public var include: [AnnounceType] = [.new, .cross]
  /// Where `digest fetch` writes (`~` expanded, relative to the config's folder), or `nil` for
  /// `arxiv` inside the data folder's `digests`.
  public var fetchFolder: String?
  /// Problems found while reading.
  public var diagnostics: [ConfigDiagnostic] = []

  /// The top-level keys a config may have.
  static let topLevelKeys = [
    "theme", "mark_read_on_open", "digests", "layout", "filters", "keys", "watch", "rank_within",
    "mark_read_on_leave", "advance_after_mark", "confirm_bulk", "resume", "day_order",
    "categories", "include", "fetch_folder",
    "copy_command", "hyperlinks", "mouse", "browser_needs_terminal",
  ]
  /// The keys of `[layout]`.
  static let layoutKeys = ["split_ratio", "side_by_side_width"]

  /// A config with every default and no file behind it.
  public init(path: String = "") { self.path = path }

  /// Reads a config file's text.
  ///
  /// - Parameters:
  ///   - text: The TOML text.
  ///   - path: The file as named in diagnostics.
  ///   - home: The home folder for `~` in `digests`.
  public init(parsing text: String, path: String, home: String? = nil) {
    self.path = path
    let source = TOMLSource(text: text, path: path)
    var diagnostics = source.diagnostics
    func report(_ keyPath: [String], _ message: String) {
      diagnostics.append(
        ConfigDiagnostic(path: path, line: source.line(of: keyPath), message: message))
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    for key in source.table.keys {
      guard let value = source.table[key] else { continue }
      switch key {
      case "theme":
        if let name = value.string {
          theme = name
          themeLine = source.line(of: [key])
        } else {
          report([key], "theme takes a theme name in quotes")
        }
      case "mark_read_on_open":
        if let flag = value.bool { markReadOnOpen = flag } else {
          report([key], "mark_read_on_open takes true or false")
        }
      case "digests":
        let items = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
        guard let items, value.array.map({ $0.count == items.count }) ?? true else {
          report([key], "digests takes a list of folders in quotes")
          continue
        }
        digests = items.map { ReaderConfig.expand($0, home: home, relativeTo: folder) }
      case "categories":
        let items = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
        guard let items, value.array.map({ $0.count == items.count }) ?? true else {
          report([key], "categories takes a list of arXiv categories in quotes")
          continue
        }
        let bad = items.filter { !ReaderConfig.isCategoryName($0) }
        for name in bad {
          report([key], "\"\(name)\" is not an arXiv category (such as \"cs.CV\"); ignored")
        }
        categories = items.filter(ReaderConfig.isCategoryName)
      case "include":
        let items = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
        guard let items, value.array.map({ $0.count == items.count }) ?? true else {
          report([key], "include takes a list of new, cross, replace, replace-cross")
          continue
        }
        var types: [AnnounceType] = []
        for item in items {
          guard let type = AnnounceType(rawValue: item.lowercased()) else {
            report(
              [key],
              "unknown announce type \"\(item)\", expected new, cross, replace or "
                + "replace-cross; ignored")
            continue
          }
          if !types.contains(type) { types.append(type) }
        }
        include = types
      case "fetch_folder":
        guard let folderPath = value.string, !folderPath.isEmpty else {
          report([key], "fetch_folder takes a folder in quotes")
          continue
        }
        fetchFolder = ReaderConfig.expand(folderPath, home: home, relativeTo: folder)
      case "layout":
        guard let table = value.table else {
          report([key], "layout must be a table: [layout]")
          continue
        }
        readLayout(table, source: source, report: report)
      case "filters":
        guard let table = value.table else {
          report([key], "filters must be a table: [filters] name = \"query\"")
          continue
        }
        filters = ReaderConfig.namedQueries(
          table, key: key, kind: "saved filter", source: source, report: report)
      case "mark_read_on_leave", "advance_after_mark", "resume":
        guard let flag = value.bool else {
          report([key], "\(key) takes true or false")
          continue
        }
        switch key {
        case "mark_read_on_leave": reading.markReadOnLeave = flag
        case "advance_after_mark": reading.advanceAfterMark = flag
        default: resume = flag
        }
      case "confirm_bulk":
        guard let number = value.int, number >= 0 else {
          report([key], "confirm_bulk takes a number of papers (0 asks before every bulk change)")
          continue
        }
        reading.confirmBulk = number
      case "day_order":
        switch value.string {
        case "oldest-first": newestDayFirst = false
        case "newest-first": newestDayFirst = true
        default: report([key], "day_order takes \"oldest-first\" or \"newest-first\"")
        }
      case "rank_within":
        if let text = value.string, let scope = RankScope(rawValue: text) {
          rankWithin = scope
        } else {
          report([key], "rank_within takes \"day\" or \"all\"")
        }
      case "copy_command":
        if let command = value.string { copyCommand = command } else {
          report([key], "copy_command takes a command in quotes, e.g. \"wl-copy\"")
        }
      case "hyperlinks":
        if let text = value.string, let setting = HyperlinkSetting(rawValue: text) {
          hyperlinks = setting
        } else {
          report([key], "hyperlinks takes \"auto\", \"always\" or \"never\"")
        }
      case "mouse":
        if let flag = value.bool { mouse = flag } else {
          report([key], "mouse takes true or false")
        }
      case "browser_needs_terminal":
        if let flag = value.bool { browserNeedsTerminal = flag } else {
          report([key], "browser_needs_terminal takes true or false")
        }
      case "watch":
        guard let table = value.table else {
          report([key], "watch must be a table: [watch] name = \"query\"")
          continue
        }
        watches = ReaderConfig.namedQueries(table, key: key, kind: "watch", source: source, report: report)
      case "keys":
        guard let table = value.table else {
          report([key], "keys must be a table: [keys] action = \"key\"")
          continue
        }
        readKeys(table, source: source, report: report)
      default:
        let suggestion = ReaderConfig.suggestion(for: key, among: ReaderConfig.topLevelKeys)
        report([key], "unknown key \"\(key)\"\(suggestion); ignored")
      }
    }
    keys.sort { $0.line < $1.line }
    self.diagnostics = diagnostics.sorted { $0.line < $1.line }
  }

  /// `name = "query"` entries of `[filters]` or `[watch]`, in file order; a query that does
  /// not parse is reported (and matches nothing).
  static func namedQueries(
    _ table: TOMLTable, key: String, kind: String, source: TOMLSource,
    report: ([String], String) -> Void
  ) -> [SavedFilter] {
    var result: [SavedFilter] = []
    for name in table.keys {
      guard let query = table[name]?.string else {
        report([key, name], "\(kind) \"\(name)\" must be a query in quotes")
        continue
      }
      do throws(QueryError) {
        _ = try Query(parsing: query)
      } catch {
        report([key, name], "\(kind) \"\(name)\": \(error.description)")
      }
      result.append(SavedFilter(name: name, query: query))
    }
    let order = result.map { source.line(of: [key, $0.name]) }
    return zip(order, result).sorted { $0.0 < $1.0 }.map(\.1)
  }

  private mutating func readLayout(
    _ table: TOMLTable, source: TOMLSource, report: ([String], String) -> Void
  ) {
    var ratio = layout.splitRatio
    var width = layout.sideBySideWidth
    for key in table.keys {
      guard let value = table[key] else { continue }
      switch key {
      case "split_ratio":
        guard let number = value.double ?? value.int.map(Double.init), number > 0, number < 1
        else {
          report(["layout", key], "split_ratio takes a number between 0.2 and 0.8")
          continue
        }
        ratio = number
      case "side_by_side_width":
        guard let number = value.int, number > 0 else {
          report(["layout", key], "side_by_side_width takes a number of columns")
          continue
        }
        width = number
      default:
        report(
          ["layout", key],
          "unknown key \"\(key)\" in [layout]"
            + "\(ReaderConfig.suggestion(for: key, among: ReaderConfig.layoutKeys)); ignored")
      }
    }
    layout = LayoutSettings(splitRatio: ratio, sideBySideWidth: width)
  }

  private mutating func readKeys(
    _ table: TOMLTable, source: TOMLSource, report: ([String], String) -> Void
  ) {
    for name in table.keys {
      guard let value = table[name] else { continue }
      let texts = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
      guard let texts, value.array.map({ $0.count == texts.count }) ?? true, !texts.isEmpty else {
        report(["keys", name], "\(name) takes a key in quotes or a list of them")
        continue
      }
      var triggers: [[Key]] = []
      for text in texts {
        if let trigger = Key.sequence(parsing: text) {
          triggers.append(trigger)
        } else {
          report(["keys", name], "unknown key \"\(text)\" for \(name); ignored")
        }
      }
      guard !triggers.isEmpty else { continue }
      keys.append(
        KeyRebinding(name: name, triggers: triggers, line: source.line(of: ["keys", name])))
    }
  }

  /// The default keymap with ``keys`` applied; unknown actions and conflicting keys become
  /// diagnostics and are left out.
  public func keymap(base: Keymap = .default) -> (Keymap, [ConfigDiagnostic]) {
    let (keymap, problems) = base.rebinding(keys)
    let diagnostics = problems.map {
      ConfigDiagnostic(path: path, line: $0.line, message: $0.message)
    }
    return (keymap, diagnostics)
  }

  /// Reads the config at `url`.
  ///
  /// - Parameters:
  ///   - url: The file.
  ///   - required: `true` for a file the user named (`--config`): a missing file is an error.
  ///     `false` for the default location: a missing file means every default.
  ///   - home: The home folder for `~` in `digests`.
  /// - Throws: ``LoadError`` when a required file is missing or any file is unreadable.
  public static func load(
    from url: URL, required: Bool, home: String? = nil
  ) throws(LoadError) -> ReaderConfig {
    guard FileManager.default.fileExists(atPath: url.path) else {
      if required { throw LoadError(description: "\(url.path): no such config file") }
      return ReaderConfig(path: url.path)
    }
    do {
      let text = try String(contentsOf: url, encoding: .utf8)
      return ReaderConfig(parsing: text, path: url.path, home: home)
    } catch {
      throw LoadError(description: "\(url.path): cannot read the config file")
    }
  }

  /// `path` with `~/` expanded and made absolute against `folder`.
  static func expand(_ path: String, home: String?, relativeTo folder: URL) -> String {
    if path == "~" || path.hasPrefix("~/"), let home {
      return home + path.dropFirst()
    }
    if path.hasPrefix("/") || path == "-" { return path }
    return folder.appendingPathComponent(path).path
  }

  /// `true` for an arXiv category name: an archive (`cs`, `hep-th`, `math`) and an optional
  /// subject class (`CV`, `AG`), as in `cs.CV`.
  public static func isCategoryName(_ name: String) -> Bool {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let archive = parts.first, !archive.isEmpty,
      archive.allSatisfy({ ($0 >= "a" && $0 <= "z") || $0 == "-" })
    else { return false }
    guard parts.count == 2 else { return true }
    let subject = parts[1]
    return !subject.isEmpty
      && subject.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") })
  }

  /// `, did you mean "theme"?` for a near miss among `candidates`, else empty.
  static func suggestion(for name: String, among candidates: [String]) -> String {
    let best = candidates.min { EditDistance.between($0, name) < EditDistance.between($1, name) }
    guard let best, EditDistance.between(best, name) <= 3 else { return "" }
    return ", did you mean \"\(best)\"?"
  }
}
