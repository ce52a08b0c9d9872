import Foundation

extension DigestParser {
  /// Inputs at least this large are split at day headers and read on several cores.
  static let parallelThreshold = 4 << 20

  /// Reads `bytes[start...]` in `dialect`, in stretches read concurrently when the input is
  /// large, and joins the stretches so the result is the same as one sequential read.
  ///
  /// - Parameters:
  ///   - threshold: Smallest input read in stretches.
  ///   - parts: How many stretches at most (default: the active cores, at most 8).
  static func parseChunks(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, dialect: DigestDialect, path: String,
    threshold: Int = parallelThreshold,
    parts: Int = min(ProcessInfo.processInfo.activeProcessorCount, 8)
  ) -> DigestFile {
    let bounds = chunkBounds(bytes, from: start, threshold: threshold, parts: parts)
    var chunks: [ParsedChunk]
    if bounds.count == 1 {
      chunks = [parseChunk(bytes, bounds[0], dialect: dialect, path: path)]
    } else {
      let results = ParallelResults<ParsedChunk>(count: bounds.count)
      // Read-only for the whole loop, which returns before `bytes` goes away.
      nonisolated(unsafe) let shared = bytes
      DispatchQueue.concurrentPerform(iterations: bounds.count) { index in
        results.set(index, parseChunk(shared, bounds[index], dialect: dialect, path: path))
      }
      chunks = results.take()
    }
    return join(&chunks, path: path, dialect: dialect)
  }

  private static func parseChunk(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, dialect: DigestDialect,
    path: String
  ) -> ParsedChunk {
    switch dialect {
    case .seed:
      var parser = SeedParser(bytes: bytes, path: path)
      return parser.parse(range)
    case .cvpapers:
      var parser = CVPapersParser(bytes: bytes, path: path)
      return parser.parse(range)
    }
  }

  /// Joins stretches in order: renumbers their lines, hands papers left waiting at the end of
  /// one stretch to the first day of the next, settles what still waits at the end.
  ///
  /// Takes the stretches out of `chunks` (leaving it empty) so their arrays are changed in
  /// place rather than copied.
  static func join(_ chunks: inout [ParsedChunk], path: String, dialect: DigestDialect)
    -> DigestFile
  {
    var digests: [Digest] = []
    var diagnostics: [Diagnostic] = []
    var pending: [Paper] = []
    var lineOffset = 0
    var sawContent = false
    for index in chunks.indices {
      var chunk = ParsedChunk(
        digests: [], diagnostics: [], pending: [], lineCount: 0, sawContent: false)
      swap(&chunk, &chunks[index])
      chunk.shiftLines(by: lineOffset)
      lineOffset += chunk.lineCount
      sawContent = sawContent || chunk.sawContent
      if !pending.isEmpty, !chunk.digests.isEmpty {
        DigestAssembler.place(&pending, under: &chunk.digests[0], diagnostics: &diagnostics)
      }
      if digests.isEmpty {
        digests = chunk.digests
      } else {
        digests.append(contentsOf: chunk.digests)
      }
      diagnostics.append(contentsOf: chunk.diagnostics)
      pending.append(contentsOf: chunk.pending)
    }
    chunks = []
    DigestAssembler.settle(&pending, digests: &digests, diagnostics: &diagnostics)
    if !sawContent {
      diagnostics.append(
        Diagnostic(.warning, "file is empty", at: SourceLocation(path: path, line: 1, column: 1)))
    }
    return DigestFile(
      path: path, dialect: digests.isEmpty ? nil : dialect, digests: digests,
      diagnostics: diagnostics)
  }

  /// Stretches of about equal size, each after the first starting at a day header that reads
  /// without any diagnostic, so that reading them apart changes nothing.
  static func chunkBounds(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, threshold: Int, parts count: Int
  ) -> [Range<Int>] {
    let size = bytes.count - start
    guard size >= threshold, size > 0, count > 1 else { return [start..<bytes.count] }
    var starts = [start]
    for part in 1..<count {
      let target = start + size / count * part
      guard let last = starts.last, target > last,
        let header = nextCleanHeader(bytes, from: target)
      else { continue }
      if header > last { starts.append(header) }
    }
    starts.append(bytes.count)
    return (0..<(starts.count - 1)).map { starts[$0]..<starts[$0 + 1] }
  }

  /// The offset of the first line at or after `offset` (a line start after a `\n`) that is a
  /// day header reading cleanly.
  private static func nextCleanHeader(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int)
    -> Int?
  {
    var lines = LineScanner(bytes, start: offset)
    // Skip the rest of the line `offset` falls in.
    guard lines.next() != nil else { return nil }
    while true {
      let lineStart = lines.position
      guard let line = lines.next() else { return nil }
      guard line.count > 2, bytes[line.start] == UInt8(ascii: "#"),
        LineKind.hashCount(bytes, line) == 1
      else { continue }
      var warnings: [DayHeader.Problem] = []
      if case .success = DayHeader.read(bytes, line, warnings: &warnings), warnings.isEmpty {
        return lineStart
      }
    }
  }
}

