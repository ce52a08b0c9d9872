/// One row of the keymap table: keys, the intent they send, where, and how help names it.
///
/// ```swift
/// Binding([.character("s")], .toggleStar, "star or unstar the paper", in: [.list, .detail],
///         hint: "star")
/// ```
public struct Binding: Hashable, Sendable {
  /// The keys that trigger ``action``, the first being the one hints show.
  public var keys: [Key]
  /// The intent sent.
  public var action: ReaderAction
  /// A line of help text.
  public var help: String
  /// Panes where the binding is active.
  public var panes: Set<Pane>
  /// A one-word label for the status bar, or `nil` to leave the binding out of the hints.
  public var hint: String?
  /// Multi-key sequences that also trigger ``action`` (`g g`), from the config's `[keys]`.
  public var sequences: [[Key]] = []

  /// Creates a binding.
  public init(
    _ keys: [Key], _ action: ReaderAction, _ help: String, in panes: Set<Pane>,
    hint: String? = nil
  ) {
    self.keys = keys
    self.action = action
    self.help = help
    self.panes = panes
    self.hint = hint
  }

  /// The keys as help writes them: `j ↓`, `Ctrl-D`.
  public var keyNames: String {
    (keys.map(\.displayName) + sequences.map { $0.map(\.displayName).joined(separator: " ") })
      .joined(separator: keys.count + sequences.count > 1 && !sequences.isEmpty ? ", " : " ")
  }
}
