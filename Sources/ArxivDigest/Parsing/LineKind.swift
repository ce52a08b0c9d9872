/// Line-level helpers both dialect parsers share.
enum LineKind {
  /// Number of `#` opening `line` when they are followed by a space or end the line; else 0.
  static func hashCount(_ bytes: UnsafeBufferPointer<UInt8>, _ line: ByteLine) -> Int {
    var cursor = line.start
    while cursor < line.end, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
    if cursor < line.end, bytes[cursor] != 0x20, bytes[cursor] != 0x09 { return 0 }
    return cursor - line.start
  }

  /// Reads a header line and tells the assembler; reports problems at their column.
  static func readHeader(_ line: ByteLine, into assembler: inout DigestAssembler) {
    var warnings: [DayHeader.Problem] = []
    switch DayHeader.read(assembler.bytes, line, warnings: &warnings) {
    case .success(let header):
      for problem in warnings {
        assembler.report(problem.severity, problem.message, line: line, offset: problem.offset)
      }
      assembler.startDay(header, line: line)
    case .failure(let problem):
      assembler.report(
        problem.severity, problem.message + "; papers below wait for the next readable header",
        line: line, offset: problem.offset)
      assembler.loseDay()
    }
  }

  /// The `[text](url)` that ends `range`, if the range ends with one.
  ///
  /// The last `](` decides, so titles may themselves contain `[`, `](` or a whole fake link.
  static func trailingLink(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> (text: Range<Int>, url: Range<Int>)?
  {
    let end = range.upperBound
    guard end - range.lowerBound >= 4, bytes[end - 1] == UInt8(ascii: ")") else { return nil }
    var cursor = end - 2
    while cursor > range.lowerBound {
      if bytes[cursor] == UInt8(ascii: "("), bytes[cursor - 1] == UInt8(ascii: "]") { break }
      cursor -= 1
    }
    guard cursor > range.lowerBound else { return nil }
    let url = (cursor + 1)..<(end - 1)
    let close = cursor - 1
    var open = close
    while open > range.lowerBound, bytes[open - 1] != UInt8(ascii: "[") { open -= 1 }
    let textStart = open > range.lowerBound ? open - 1 : close
    return (textStart..<(close + 1), url)
  }

  /// The arXiv id a link names: `…/pdf/1912.11474.pdf`, `…/abs/cs/0412069v1`, or a bare id.
  static func arxivID(inURL bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> (id: ArxivID, version: Int?)?
  {
    var start = range.lowerBound
    var end = range.upperBound
    while end > start, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
    if end - start >= 4, bytes[end - 4] == UInt8(ascii: "."), bytes[end - 3] | 0x20 == 0x70,
      bytes[end - 2] | 0x20 == 0x64, bytes[end - 1] | 0x20 == 0x66
    {
      end -= 4
    }
    // After the last `/abs/` or `/pdf/`.
    var cursor = end - 5
    while cursor >= start {
      if bytes[cursor] == UInt8(ascii: "/"), bytes[cursor + 4] == UInt8(ascii: "/"),
        matches(bytes, cursor + 1, "abs") || matches(bytes, cursor + 1, "pdf")
      {
        start = cursor + 5
        break
      }
      cursor -= 1
    }
    guard start < end else { return nil }
    return ArxivID.parse(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
  }

  private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: StaticString)
    -> Bool
  {
    let pointer = word.utf8Start
    for offset in 0..<word.utf8CodeUnitCount where bytes[at + offset] != pointer[offset] {
      return false
    }
    return true
  }
}
