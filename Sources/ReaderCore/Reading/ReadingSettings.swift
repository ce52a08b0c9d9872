/// How the reader marks papers as the user reads (config keys in parentheses).
public struct ReadingSettings: Hashable, Sendable {
  /// Opening a paper (Enter) marks it read (`mark_read_on_open`).
  public var markReadOnOpen = true
  /// A paper opened, or brought into the focused detail pane by `n`/`N`, is marked read when
  /// the user leaves it with `n`, `N` or Esc (`mark_read_on_leave`).
  public var markReadOnLeave = true
  /// `r` and `s` move to the next paper after acting (`advance_after_mark`).
  public var advanceAfterMark = false
  /// Bulk marks over this many papers ask first (`confirm_bulk`).
  public var confirmBulk = 50

  /// The defaults.
  public init(
    markReadOnOpen: Bool = true, markReadOnLeave: Bool = true, advanceAfterMark: Bool = false,
    confirmBulk: Int = 50
  ) {
    self.markReadOnOpen = markReadOnOpen
    self.markReadOnLeave = markReadOnLeave
    self.advanceAfterMark = advanceAfterMark
    self.confirmBulk = confirmBulk
  }
}

/// A bulk change waiting for the user's yes (`confirm_bulk`).
public struct PendingBulk: Hashable, Sendable {
  /// What to do on yes.
  public var effects: [ReaderEffect]
  /// The question, e.g. `mark 120 papers of Mon 2 Dec 2019 read?`.
  public var question: String
}
