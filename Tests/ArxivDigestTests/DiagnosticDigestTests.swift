import Testing

@testable import ArxivDigest

/// Capping repeated diagnostics at a few per kind and file, with one summary line.
@Suite struct DiagnosticDigestTests {
  func warning(_ message: String, _ path: String, line: Int) -> Diagnostic {
    Diagnostic(.warning, message, at: SourceLocation(path: path, line: line, column: 5))
  }

  @Test func showsTheFirstOfAKindThenCountsTheRest() {
    var digest = DiagnosticDigest(limit: 2)
    var out = ""
    for line in 1...5 {
      let message = "entry has no number (expected \(line))"
      out += digest.lines(for: warning(message, "a.md", line: line))
    }
    out += digest.lines(for: warning("text outside any entry", "a.md", line: 6))
    out += digest.finish()
    #expect(
      out == """
        a.md:1:5: warning: entry has no number (expected 1)
        a.md:2:5: warning: entry has no number (expected 2)
        a.md:6:5: warning: text outside any entry
        a.md: warning: ... and 3 more like this: entry has no number (expected N)

        """)
  }

  @Test func summarisesEachFileBeforeTheNext() {
    var digest = DiagnosticDigest(limit: 1)
    var out = ""
    for line in 1...3 { out += digest.lines(for: warning("odd", "a.md", line: line)) }
    out += digest.lines(for: warning("odd", "b.md", line: 1))
    out += digest.finish()
    #expect(
      out == """
        a.md:1:5: warning: odd
        a.md: warning: ... and 2 more like this: odd
        b.md:1:5: warning: odd

        """)
  }

  @Test func escapesControlBytesInPathsAndMessages() {
    var digest = DiagnosticDigest()
    let out = digest.lines(for: warning("id 1912.0\u{1B}[31mX", "e\u{07}vil.md", line: 1))
    #expect(out == "e\\x07vil.md:1:5: warning: id 1912.0\\x1b[31mX\n")
  }

  @Test func groupsThousands() {
    #expect(DiagnosticDigest.grouped(999_990) == "999,990")
    #expect(DiagnosticDigest.grouped(12) == "12")
    #expect(DiagnosticDigest.grouped(1_000) == "1,000")
  }
}
