import Foundation

/// A reproducible random number generator (SplitMix64) for randomised tests.
///
/// The seed is `DIGEST_TEST_SEED` when set (a decimal or `0x` hexadecimal number), else the
/// given default, so a failure reproduces on every run; tests put ``seed`` in their failure
/// messages.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  /// The seed this generator started from.
  public let seed: UInt64
  private var state: UInt64

  /// A generator seeded from `DIGEST_TEST_SEED`, or from `defaultSeed`.
  public init(defaultSeed: UInt64) {
    let text = ProcessInfo.processInfo.environment["DIGEST_TEST_SEED"] ?? ""
    let parsed =
      text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text, radix: 10)
    self.init(seed: parsed ?? defaultSeed)
  }

  /// A generator seeded with exactly `seed`.
  public init(seed: UInt64) {
    self.seed = seed
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
