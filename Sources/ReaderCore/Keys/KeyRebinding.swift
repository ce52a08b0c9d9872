/// One entry of the config's `[keys]`: an action by name and the keys it gets instead of its
/// default ones.
///
/// ```toml
/// [keys]
/// star = "*"                 # one key
/// first = ["g g", "Home"]    # a sequence and a key
/// ```
public struct KeyRebinding: Hashable, Sendable {
  /// The action's ``ReaderAction/bindingName``.
  public var name: String
  /// Each trigger: one key, or several pressed in turn.
  public var triggers: [[Key]]
  /// The config line, for diagnostics.
  public var line: Int

  /// Creates a rebinding.
  public init(name: String, triggers: [[Key]], line: Int) {
    self.name = name
    self.triggers = triggers
    self.line = line
  }
}
