import Testing

@testable import DigestState

@Suite struct TimestampTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var milliseconds: Int64?
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "1970-01-01T00:00:00.000Z", milliseconds: 0),
    Case(text: "2019-12-25T08:00:00.000Z", milliseconds: 1_577_260_800_000),
    Case(text: "2026-11-25T13:20:33.123Z", milliseconds: 1_795_612_833_123),
    Case(text: "1969-12-31T23:59:59.999Z", milliseconds: -1),
    Case(text: "2026-11-25T13:20:33.5Z", milliseconds: 1_795_612_833_500),
    Case(text: "2026-11-25T13:20:33Z", milliseconds: 1_795_612_833_000),
    Case(text: "2026-11-25T24:00:00.000Z", milliseconds: nil),
    Case(text: "2026-11-25 13:20:33.123Z", milliseconds: nil),
    Case(text: "2026-11-25T13:20:33.123", milliseconds: nil),
    Case(text: "2026-11-25T13:20:33.1234Z", milliseconds: nil),
  ]

  @Test(arguments: cases)
  func parsingReadsOnlyUTCTimesWithMilliseconds(_ testCase: Case) {
    #expect(Timestamp(iso: testCase.text)?.milliseconds == testCase.milliseconds)
  }

  @Test func writingGivesThreeFractionDigits() {
    #expect(Timestamp(milliseconds: 1_795_612_833_500).iso == "2026-11-25T13:20:33.500Z")
    #expect(Timestamp(milliseconds: -1).iso == "1969-12-31T23:59:59.999Z")
  }
}
