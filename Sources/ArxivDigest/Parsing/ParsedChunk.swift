/// What a dialect parser read from one stretch of a file, before stretches are joined.
struct ParsedChunk: Sendable {
  var digests: [Digest]
  var diagnostics: [Diagnostic]
  /// Papers at the end of the stretch with no readable day header above them.
  var pending: [Paper]
  /// Lines in the stretch (lines of later stretches are numbered after them).
  var lineCount: Int
  /// Whether the stretch held a line that is not blank.
  var sawContent: Bool

  /// Renumbers every location by `offset` lines.
  mutating func shiftLines(by offset: Int) {
    guard offset != 0 else { return }
    for day in digests.indices {
      digests[day].source.line += offset
      for paper in digests[day].papers.indices { digests[day].papers[paper].source.line += offset }
    }
    for paper in pending.indices { pending[paper].source.line += offset }
    for diagnostic in diagnostics.indices { diagnostics[diagnostic].location.line += offset }
  }
}
