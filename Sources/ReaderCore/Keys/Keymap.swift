/// The table from keys to intents: one source for the reader, the help screen, the status-bar
/// hints, the README and the tests.
///
/// While the filter line is being edited, printable keys without a binding in
/// ``Pane/filter`` become ``ReaderAction/editFilter(_:)``, and in the export prompt they edit
/// the path.
public struct Keymap: Hashable, Sendable {
  /// Every binding, in help order.
  public var bindings: [Binding]

  /// Creates a keymap from a table.
  public init(_ bindings: [Binding]) { self.bindings = bindings }

  /// The intent for `key` in `pane`, or `nil` when the key does nothing there.
  ///
  /// - Complexity: O(b), b the number of bindings (a few dozen).
  public func action(for key: Key, in pane: Pane) -> ReaderAction? {
    for binding in bindings where binding.panes.contains(pane) && binding.keys.contains(key) {
      // The link keys carry their digit: `3` opens link 3.
      if case .followLink = binding.action, case .character(let character) = key,
        let number = character.wholeNumberValue
      {
        return .followLink(number)
      }
      return binding.action
    }
    if pane == .filter, case .character(let character) = key {
      return .editFilter(String(character))
    }
    if pane == .export, case .character(let character) = key {
      return .editExportPath(String(character))
    }
    if pane == .selectPrompt, case .character(let character) = key {
      return .editSelectPrompt(String(character))
    }
    // A digit without a binding starts or continues a count (`5j`, `10G`).
    if pane == .list || pane == .detail, case .character(let character) = key,
      let digit = character.wholeNumberValue, character.isASCII
    {
      return .countDigit(digit)
    }
    return nil
  }

  /// Bindings active in `pane`, in table order.
  public func bindings(in pane: Pane) -> [Binding] {
    bindings.filter { $0.panes.contains(pane) }
  }

  /// `(keys, label)` pairs for the status bar in `pane`: `("j/k", "move")`.
  public func hints(in pane: Pane) -> [(keys: String, label: String)] {
    var result: [(keys: String, label: String)] = []
    for binding in bindings(in: pane) {
      guard let hint = binding.hint,
        let name = binding.keys.first.map(\.displayName)
          ?? binding.sequences.first.map({ $0.map(\.displayName).joined(separator: " ") })
      else { continue }
      if let last = result.last, last.label == hint {
        result[result.count - 1].keys += "/" + name
      } else {
        result.append((name, hint))
      }
    }
    return result
  }

  /// The keymap as a Markdown table (for the README): keys, what they do, where.
  public var markdownTable: String {
    var lines = ["| Keys | Action | Panes |", "| --- | --- | --- |"]
    for binding in bindings {
      let keys = (binding.keys.map(\.displayName)
        + binding.sequences.map { $0.map(\.displayName).joined(separator: " ") })
        .map { "`\($0)`" }.joined(separator: " ")
      let panes = Pane.allCases.filter { binding.panes.contains($0) }.map(\.rawValue)
      lines.append("| \(keys) | \(binding.help) | \(panes.joined(separator: ", ")) |")
    }
    return lines.joined(separator: "\n")
  }
}
