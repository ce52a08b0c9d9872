import ArxivDigest
import Foundation

/// A moment in UTC with millisecond precision, written as `2026-11-25T13:20:33.123Z`.
///
/// Event times are stored as milliseconds since 1970 so that they compare exactly across
/// machines and survive a round trip through JSON unchanged.
///
/// ```swift
/// Timestamp(milliseconds: 0).iso          // "1970-01-01T00:00:00.000Z"
/// Timestamp(iso: "2019-12-25T08:00:00.000Z")?.milliseconds   // 1577260800000
/// ```
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  public var milliseconds: Int64

  /// Creates a timestamp from milliseconds since 1970.
  public init(milliseconds: Int64) { self.milliseconds = milliseconds }

  /// The timestamp of `date`, rounded down to the millisecond.
  public init(_ date: Date) {
    milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
  }

  /// The same moment as a `Date`.
  public var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

  /// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
  public var iso: String {
    let (days, inDay) = Timestamp.floorDivide(milliseconds, 86_400_000)
    let day = DigestDay(daysSinceEpoch: Int(days))
    let hours = inDay / 3_600_000
    let minutes = inDay / 60_000 % 60
    let seconds = inDay / 1000 % 60
    let millis = inDay % 1000
    return "\(day.iso)T\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(seconds, 2)).\(pad(millis, 3))Z"
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS.mmmZ` (the fraction is optional, 1 to 3 digits).
  ///
  /// Returns `nil` for any other form.
  public init?(iso: String) {
    let parts = iso.split(separator: "T", omittingEmptySubsequences: false)
    guard parts.count == 2, let day = DigestDay(iso: String(parts[0])), parts[1].hasSuffix("Z")
    else { return nil }
    let clock = parts[1].dropLast()
    let secondsAndFraction = clock.split(separator: ".", omittingEmptySubsequences: false)
    guard secondsAndFraction.count <= 2 else { return nil }
    let fields = secondsAndFraction[0].split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 3, fields.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
      let hours = Int(fields[0]), let minutes = Int(fields[1]), let seconds = Int(fields[2]),
      (0..<24).contains(hours), (0..<60).contains(minutes), (0..<60).contains(seconds)
    else { return nil }
    var millis: Int64 = 0
    if secondsAndFraction.count == 2 {
      let fraction = secondsAndFraction[1]
      guard (1...3).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int64(fraction)
      else { return nil }
      millis = value * [100, 10, 1][fraction.count - 1]
    }
    let total = Int64(day.daysSinceEpoch) * 86_400 + Int64(hours * 3600 + minutes * 60 + seconds)
    milliseconds = total * 1000 + millis
  }

  /// The ``iso`` text.
  public var description: String { iso }

  /// Earlier moments sort first.
  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.milliseconds < rhs.milliseconds
  }

  /// Decodes the ``iso`` text.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Timestamp(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not a UTC time such as 2026-11-25T13:20:33.123Z: \(text)")
    }
    self = value
  }

  /// Encodes the ``iso`` text.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }

  private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let remainder = value % divisor
    return remainder < 0
      ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
  }

  private func pad(_ value: Int64, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
