import Foundation

extension DigestDay {
  /// The calendar day `date` falls on in `timeZone` (the user's own by default).
  ///
  /// ```swift
  /// let today = DigestDay(date: Date())
  /// ```
  public init(date: Date, timeZone: TimeZone = .current) {
    let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
    self.init(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
  }
}
