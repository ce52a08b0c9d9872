/// Turns key presses into actions through a keymap, waiting for the rest of a multi-key
/// sequence (`g g`) when a key starts one.
///
/// ```swift
/// var reader = KeySequenceReader(keymap: keymap)
/// reader.action(for: .character("g"), in: .list)  // nil: waiting for the next key
/// reader.action(for: .character("g"), in: .list)  // .moveToFirst
/// ```
public struct KeySequenceReader: Hashable, Sendable {
  /// The keymap read.
  public var keymap: Keymap
  /// Keys pressed so far of a sequence not yet complete.
  public private(set) var pending: [Key] = []

  /// Creates a reader with nothing pending.
  public init(keymap: Keymap) { self.keymap = keymap }

  /// The action `key` completes in `pane`, or `nil` while a sequence waits for more keys or
  /// when the keys do nothing (then they are forgotten).
  public mutating func action(for key: Key, in pane: Pane) -> ReaderAction? {
    pending.append(key)
    let keys = pending
    let active = keymap.bindings(in: pane)
    if let binding = active.first(where: { $0.sequences.contains(keys) }) {
      pending = []
      return binding.action
    }
    if active.contains(where: { binding in
      binding.sequences.contains { $0.count > keys.count && $0.starts(with: keys) }
    }) {
      return nil
    }
    pending = []
    if keys.count > 1 { return action(for: key, in: pane) }
    return keymap.action(for: key, in: pane)
  }
}
