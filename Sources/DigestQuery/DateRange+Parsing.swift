import ArxivDigest

extension DateRange {
  /// Parses the value of `date:`: `2019-12-25`, `2019-12`, `2019`, `a..b` (either end may be
  /// left out), `>=X`, `>X`, `<=X`, `<X`, relative ages `7d`/`2w` (`<7d`: newer than 7 days),
  /// `today`, `yesterday`. Returns `nil` when the value is none of these.
  init?(parsing value: String) {
    let text = value.lowercased()
    for (prefix, op) in [(">=", ">="), ("<=", "<="), (">", ">"), ("<", "<")] {
      if text.hasPrefix(prefix) {
        guard let range = DateRange(comparison: op, String(text.dropFirst(prefix.count))) else {
          return nil
        }
        self = range
        return
      }
    }
    if let dots = text.range(of: "..") {
      let from = String(text[..<dots.lowerBound])
      let to = String(text[dots.upperBound...])
      guard !(from.isEmpty && to.isEmpty) else { return nil }
      var range = DateRange(lower: nil, upper: nil)
      if !from.isEmpty {
        guard let span = DateRange.span(from) else { return nil }
        range.lower = span.lower
      }
      if !to.isEmpty {
        guard let span = DateRange.span(to) else { return nil }
        range.upper = span.upper
      }
      self = range
      return
    }
    if let age = DateRange.age(text) {
      // `date:7d` means within the last 7 days, like `date:<7d`.
      self.init(lower: .daysAgo(age - 1), upper: nil)
      return
    }
    guard let span = DateRange.span(text) else { return nil }
    self = span
  }

  private init?(comparison op: String, _ operand: String) {
    if let age = DateRange.age(operand) {
      switch op {
      case "<": self.init(lower: .daysAgo(age - 1), upper: nil)
      case "<=": self.init(lower: .daysAgo(age), upper: nil)
      case ">": self.init(lower: nil, upper: .daysAgo(age + 1))
      default: self.init(lower: nil, upper: .daysAgo(age))
      }
      return
    }
    guard let span = DateRange.span(operand),
      case .day(let first)? = span.lower, case .day(let last)? = span.upper
    else { return nil }
    switch op {
    case "<": self.init(lower: nil, upper: .day(first - 1))
    case "<=": self.init(lower: nil, upper: .day(last))
    case ">": self.init(lower: .day(last + 1), upper: nil)
    default: self.init(lower: .day(first), upper: nil)
    }
  }

  /// `7d` → 7, `2w` → 14; `nil` for anything else.
  private static func age(_ text: String) -> Int? {
    guard let unit = text.last, unit == "d" || unit == "w",
      let count = Int(text.dropLast()), count >= 0, count < 100_000
    else { return nil }
    return unit == "w" ? count * 7 : count
  }

  /// The days a single date names: a day, a month, a year, `today` or `yesterday`.
  private static func span(_ text: String) -> DateRange? {
    if text == "today" { return DateRange(lower: .daysAgo(0), upper: .daysAgo(0)) }
    if text == "yesterday" { return DateRange(lower: .daysAgo(1), upper: .daysAgo(1)) }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0])
    else { return nil }
    if parts.count == 3 {
      guard parts[1].count == 2, parts[2].count == 2,
        let day = DigestDay(iso: text)
      else { return nil }
      return DateRange(lower: .day(day.daysSinceEpoch), upper: .day(day.daysSinceEpoch))
    }
    if parts.count == 2 {
      guard parts[1].count == 2, let month = Int(parts[1]),
        let first = DigestDay(year: year, month: month, day: 1)
      else { return nil }
      let next =
        month == 12
        ? DigestDay(year: year + 1, month: 1, day: 1)
        : DigestDay(year: year, month: month + 1, day: 1)
      let end = (next?.daysSinceEpoch ?? first.daysSinceEpoch + 31) - 1
      return DateRange(lower: .day(first.daysSinceEpoch), upper: .day(end))
    }
    guard let first = DigestDay(year: year, month: 1, day: 1),
      let last = DigestDay(year: year, month: 12, day: 31)
    else { return nil }
    return DateRange(lower: .day(first.daysSinceEpoch), upper: .day(last.daysSinceEpoch))
  }
}
