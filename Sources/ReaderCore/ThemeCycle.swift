/// The theme names `t` cycles through, and the one in use: ReaderCore knows themes by name
/// only; the shell loads and applies them.
public struct ThemeCycle: Hashable, Sendable {
  /// Every theme name, in cycling order; empty when cycling is off.
  public var names: [String]
  /// The theme in use.
  public var current: String

  /// Creates a cycle over `names` starting at `current`.
  public init(names: [String] = [], current: String = "default-dark") {
    self.names = names
    self.current = current
  }

  /// The name after ``current`` (the first after the last), or `nil` with fewer than two.
  public var next: String? {
    guard names.count > 1 else { return nil }
    guard let position = names.firstIndex(of: current) else { return names.first }
    return names[(position + 1) % names.count]
  }
}
