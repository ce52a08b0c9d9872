/// A day header of either dialect, read from one line.
///
/// - seed: `# ArXiv cs.CV --Wed, 25 Dec 2019` (weekday optional, day one or two digits, month
///   name in any case, full month names accepted);
/// - CVPapers: `# Arxiv Papers in cs.CV on 2019-12-20`.
struct DayHeader {
  var category: String
  var day: DigestDay
  var dialect: DigestDialect

  /// What went wrong reading a header line: a message and the offset it points at.
  struct Problem: Error {
    var message: String
    var offset: Int
    var severity: Diagnostic.Severity = .error
  }

  /// Reads the header on `line`; `warnings` receives a weekday that does not match the date.
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, _ line: ByteLine, warnings: inout [Problem]
  ) -> Result<DayHeader, Problem> {
    var cursor = HeaderCursor(bytes: bytes, position: line.start, end: line.end)
    cursor.skip(UInt8(ascii: "#"))
    cursor.skipSpaces()
    guard cursor.skipWord("arxiv") else {
      return .failure(
        Problem(
          message: "unrecognised header; expected '# ArXiv <category> --<Day>, <DD> <Mon> "
            + "<YYYY>' or '# Arxiv Papers in <category> on <YYYY-MM-DD>'",
          offset: line.start))
    }
    cursor.skipSpaces()
    let wordStart = cursor.position
    if cursor.skipWord("papers") {
      cursor.skipSpaces()
      if cursor.skipWord("in") {
        return readCVPapers(&cursor, line)
      }
      cursor.position = wordStart
    }
    return readSeed(&cursor, line, warnings: &warnings)
  }

  private static func readCVPapers(_ cursor: inout HeaderCursor, _ line: ByteLine)
    -> Result<DayHeader, Problem>
  {
    cursor.skipSpaces()
    let categoryStart = cursor.position
    let category = cursor.token()
    guard !category.isEmpty else {
      return .failure(Problem(message: "header names no category", offset: categoryStart))
    }
    cursor.skipSpaces()
    let onOffset = cursor.position
    guard cursor.skipWord("on") else {
      return .failure(
        Problem(message: "expected 'on <YYYY-MM-DD>' after the category", offset: onOffset))
    }
    cursor.skipSpaces()
    let dateStart = cursor.position
    let text = cursor.token()
    guard let day = DigestDay(iso: text) else {
      return .failure(Problem(message: "'\(text)' is not a date (YYYY-MM-DD)", offset: dateStart))
    }
    return .success(DayHeader(category: category, day: day, dialect: .cvpapers))
  }

  private static func readSeed(
    _ cursor: inout HeaderCursor, _ line: ByteLine, warnings: inout [Problem]
  ) -> Result<DayHeader, Problem> {
    let categoryStart = cursor.position
    let category = cursor.token(stoppingAtDoubleDash: true)
    guard !category.isEmpty else {
      return .failure(Problem(message: "header names no category", offset: categoryStart))
    }
    cursor.skipSpaces()
    let dashOffset = cursor.position
    guard cursor.skip(UInt8(ascii: "-")), cursor.skip(UInt8(ascii: "-")) else {
      return .failure(
        Problem(
          message: "expected '--<Day>, <DD> <Mon> <YYYY>' after the category", offset: dashOffset))
    }
    cursor.skipSpaces()
    let dateStart = cursor.position
    var weekday: Int?
    let weekdayStart = cursor.position
    let weekdayName = cursor.letters()
    if !weekdayName.isEmpty {
      guard
        let index = DigestDay.weekdayNames.firstIndex(where: {
          $0.lowercased() == String(weekdayName.prefix(3)).lowercased()
        })
      else {
        return .failure(Problem(message: "'\(weekdayName)' is not a weekday", offset: weekdayStart))
      }
      weekday = index
      cursor.skip(UInt8(ascii: ","))
      cursor.skipSpaces()
    }
    let dayStart = cursor.position
    guard let dayNumber = cursor.number(maxDigits: 2) else {
      return .failure(Problem(message: "expected the day of the month", offset: dayStart))
    }
    cursor.skipSpaces()
    let monthStart = cursor.position
    let monthName = cursor.letters()
    guard monthName.count >= 3,
      let monthIndex = DigestDay.monthNames.firstIndex(where: {
        $0.lowercased() == String(monthName.prefix(3)).lowercased()
      })
    else {
      return .failure(Problem(message: "expected a month name", offset: monthStart))
    }
    cursor.skipSpaces()
    let yearStart = cursor.position
    guard let year = cursor.number(maxDigits: 4), cursor.position - yearStart == 4 else {
      return .failure(Problem(message: "expected a four-digit year", offset: yearStart))
    }
    guard let day = DigestDay(year: year, month: monthIndex + 1, day: dayNumber) else {
      return .failure(
        Problem(
          message: "no such date: \(dayNumber) \(DigestDay.monthNames[monthIndex]) \(year)",
          offset: dayStart))
    }
    if let weekday, weekday != day.weekday {
      warnings.append(
        Problem(
          message: "\(DigestDay.weekdayNames[weekday]) is not the weekday of \(day.iso) "
            + "(\(DigestDay.weekdayNames[day.weekday]))",
          offset: dateStart, severity: .warning))
    }
    if cursor.position < cursor.end {
      warnings.append(
        Problem(message: "text after the date ignored", offset: cursor.position, severity: .warning)
      )
    }
    return .success(DayHeader(category: category, day: day, dialect: .seed))
  }
}
