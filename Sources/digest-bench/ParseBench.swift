import ArxivDigest
import Foundation

/// Parse and index figures: a generated year of digests (50,000 papers) against a plain byte
/// scan of the same bytes, peak resident memory against the input size, and one 200-paper day.
///
/// The input is generated in memory from the seed fixtures in
/// `Tests/TestSupport/Fixtures` (their entries in turn, renumbered per day, with ids
/// rewritten so every paper is distinct); nothing is written to disk.
func parseFigures() -> [Figure] {
  let entries = ParseBenchInput.fixtureEntries()
  guard !entries.isEmpty else {
    return [Figure(name: "parse: fixtures not found", value: "-", target: "-", met: false)]
  }
  var figures: [Figure] = []

  // A year: 250 days of 200 papers in one buffer.
  let year = ParseBenchInput.generate(entries: entries, days: 250, papersPerDay: 200)
  let baseline = Measure.residentBytes()
  var firstFile: DigestFile? = DigestParser.parse(year, path: "year.md")
  var library = Library(files: firstFile.map { [$0] } ?? [])
  let peak = Measure.peakResidentBytes()
  let parsedCount = library.papers.count
  library = Library(files: [])
  firstFile = nil

  let runs = 9
  var agreed = true
  // Results are kept (as the reader keeps files and library) and freed outside the timed
  // region: the figure is parsing and indexing, not deallocation.
  var parseSamples: [Double] = []
  for _ in 0..<runs {
    var keptFile: DigestFile?
    var kept: Library?
    parseSamples.append(
      Measure.time {
        let file = DigestParser.parse(year, path: "year.md")
        kept = Library(files: [file])
        keptFile = file
      })
    agreed = agreed && kept?.papers.count == parsedCount && keptFile?.papers.count == parsedCount
    kept = nil
    keptFile = nil
  }
  parseSamples.sort()
  // The two halves on their own.
  var parseOnly: [Double] = []
  var indexOnly: [Double] = []
  for _ in 0..<runs {
    var file: DigestFile?
    var index: Library?
    parseOnly.append(Measure.time { file = DigestParser.parse(year, path: "year.md") })
    if let file { indexOnly.append(Measure.time { index = Library(files: [file]) }) }
    agreed = agreed && index?.papers.count == parsedCount
    file = nil
    index = nil
  }
  var scanned = 0
  let scanSamples = Measure.samples(runs: runs) {
    scanned = ParseBenchInput.countEntryStarts(year)
  }
  let parse = Measure.quantile(parseSamples, 0.5)
  let floor = Measure.quantile(scanSamples, 0.5)
  let megabytes = Double(year.count) / 1e6
  figures.append(
    Figure(
      name: "parse+index \(parsedCount) papers (\(Measure.mb(year.count)))"
        + (agreed ? "" : " (runs disagree)"),
      value: Measure.ms(parse), target: "<= 3x scan (\(Measure.ms(3 * floor)))",
      met: parse <= 3 * floor))
  figures.append(
    Figure(
      name: "  of which parse / index",
      value: String(
        format: "%.1f / %.1f ms", Measure.quantile(parseOnly.sorted(), 0.5) * 1000,
        Measure.quantile(indexOnly.sorted(), 0.5) * 1000),
      target: "-", met: nil))
  figures.append(
    Figure(
      name: "parse+index throughput", value: String(format: "%.0f MB/s", megabytes / parse),
      target: "-", met: nil))
  figures.append(
    Figure(
      name: "plain byte scan, \(scanned) x \"\\n###\" (floor)", value: Measure.ms(floor),
      target: "-", met: nil))
  figures.append(
    Figure(
      name: "parse+index / scan", value: String(format: "%.2fx", parse / floor),
      target: "<= 3x", met: parse <= 3 * floor))
  figures.append(
    Figure(
      name: "peak resident (input \(Measure.mb(year.count)), before \(Measure.mb(baseline)))",
      value: Measure.mb(peak),
      target: "<= 3x input (\(Measure.mb(3 * year.count)))", met: peak <= 3 * year.count))

  // The same year as 250 daily files, read one after another on one core.
  let dayFiles = (0..<250).map {
    ParseBenchInput.generate(entries: entries, days: 1, papersPerDay: 200, firstDay: $0)
  }
  var dayFileSamples: [Double] = []
  for _ in 0..<runs {
    var kept: (files: [DigestFile], library: Library)?
    dayFileSamples.append(
      Measure.time {
        let files = dayFiles.enumerated().map { DigestParser.parse($1, path: "day\($0).md") }
        kept = (files, Library(files: files))
      })
    agreed = agreed && kept?.library.papers.count == parsedCount
    kept = nil
  }
  let dayFilesTime = Measure.quantile(dayFileSamples.sorted(), 0.5)
  figures.append(
    Figure(
      name: "parse+index as 250 day files, one core", value: Measure.ms(dayFilesTime),
      target: "<= 3x scan (\(Measure.ms(3 * floor)))", met: dayFilesTime <= 3 * floor))

  // A year of CVPapers days.
  let cvpapers = ParseBenchInput.generateCVPapers(
    entries: ParseBenchInput.cvpapersEntries(), days: 250, papersPerDay: 200)
  var cvpapersSamples: [Double] = []
  for _ in 0..<runs {
    var kept: (file: DigestFile, library: Library)?
    cvpapersSamples.append(
      Measure.time {
        let file = DigestParser.parse(cvpapers, path: "cvpapers.md")
        kept = (file, Library(files: [file]))
      })
    agreed = agreed && kept?.library.papers.count == parsedCount
    kept = nil
  }
  let cvpapersScan = Measure.quantile(
    Measure.samples(runs: runs) { scanned = ParseBenchInput.countEntryStarts(cvpapers) }, 0.5)
  let cvpapersTime = Measure.quantile(cvpapersSamples.sorted(), 0.5)
  figures.append(
    Figure(
      name: "parse+index \(scanned) CVPapers entries (\(Measure.mb(cvpapers.count)))",
      value: Measure.ms(cvpapersTime), target: "<= 3x scan (\(Measure.ms(3 * cvpapersScan)))",
      met: cvpapersTime <= 3 * cvpapersScan))

  // One day.
  let day = ParseBenchInput.generate(entries: entries, days: 1, papersPerDay: 200)
  let daySamples = Measure.samples(runs: 50) {
    let file = DigestParser.parse(day, path: "day.md")
    agreed = agreed && file.papers.count == 200
  }
  figures.append(
    Figure(
      name: "parse one 200-paper day (\(Measure.mb(day.count)))",
      value: Measure.ms(Measure.quantile(daySamples, 0.5)), target: "-", met: nil))
  if !agreed {
    figures.append(
      Figure(name: "paper counts differ between runs", value: "-", target: "-", met: false))
  }
  return figures
}

/// Builds benchmark input from the fixture digests.
private enum ParseBenchInput {
  /// One fixture entry: title text (without number and link) and its abstract lines.
  struct Entry {
    var title: [UInt8]
    var body: [UInt8]
  }

  static var fixtures: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Tests/TestSupport/Fixtures")
  }

  /// Every entry of every seed-dialect fixture, in file order.
  static func fixtureEntries() -> [Entry] {
    let names =
      ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
      .filter { $0.hasPrefix("cs.CV-") && $0.hasSuffix(".md") }.sorted()
    var entries: [Entry] = []
    for name in names {
      guard
        let text = try? String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
      else { continue }
      var current: Entry?
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("### ") {
          if let entry = current { entries.append(entry) }
          var title = line.dropFirst(4)
          if let dot = title.firstIndex(of: "."), title[..<dot].allSatisfy(\.isNumber) {
            title = title[title.index(after: dot)...]
          }
          if let link = title.range(of: "  [ :arrow_down: ](", options: .backwards) {
            title = title[..<link.lowerBound]
          }
          current = Entry(title: Array(title.utf8), body: [])
        } else if line.hasPrefix("#") {
          if let entry = current { entries.append(entry) }
          current = nil
        } else if !line.isEmpty {
          current?.body.append(contentsOf: Array(line.utf8) + [0x0A])
        }
      }
      if let entry = current { entries.append(entry) }
    }
    return entries
  }

  /// `days` seed-dialect days of `papersPerDay` entries each, ids `2501.00000` upwards;
  /// `firstDay` days into the year (its ids and date continue from there).
  static func generate(entries: [Entry], days: Int, papersPerDay: Int, firstDay: Int = 0)
    -> [UInt8]
  {
    let total = days * papersPerDay
    let average = entries.reduce(0) { $0 + $1.title.count + $1.body.count } / entries.count
    var output: [UInt8] = []
    output.reserveCapacity(total * (average + 90) + days * 40)
    var serial = firstDay * papersPerDay
    var date = DigestDay(daysSinceEpoch: 20089 + firstDay)  // 2025-01-01 + firstDay
    for _ in 0..<days {
      output.append(contentsOf: Array("# ArXiv cs.CV --\(date.headerText)\n".utf8))
      for number in 1...papersPerDay {
        let entry = entries[serial % entries.count]
        let id =
          String(format: "25%02d.%05d", 1 + serial / 99_999, serial % 99_999)
        output.append(contentsOf: Array("### \(number).".utf8))
        output.append(contentsOf: entry.title)
        output.append(
          contentsOf: Array("  [ :arrow_down: ](https://arxiv.org/pdf/\(id).pdf)\n".utf8))
        output.append(contentsOf: entry.body)
        serial += 1
      }
      date = date.adding(days: 1)
    }
    return output
  }

  /// Entries of the CVPapers fixtures: each entry's lines, without its `Arxiv ID` and `Links`
  /// bullets (written afresh with a new id).
  static func cvpapersEntries() -> [[UInt8]] {
    let folder = fixtures.appendingPathComponent("cvpapers")
    let names =
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".md") }.sorted()
    var entries: [[UInt8]] = []
    for name in names {
      guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      else { continue }
      var current: [UInt8]?
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("### ") {
          if let entry = current { entries.append(entry) }
          current = Array(line.utf8) + [0x0A]
        } else if line.hasPrefix("# ") {
          if let entry = current { entries.append(entry) }
          current = nil
        } else if line.hasPrefix("- **Arxiv ID**") || line.hasPrefix("- **Links**") {
          continue
        } else {
          current?.append(contentsOf: Array(line.utf8) + [0x0A])
        }
      }
      if let entry = current { entries.append(entry) }
    }
    return entries
  }

  /// `days` CVPapers days of `papersPerDay` entries each, ids `2501.00000v1` upwards.
  static func generateCVPapers(entries: [[UInt8]], days: Int, papersPerDay: Int) -> [UInt8] {
    let average = entries.reduce(0) { $0 + $1.count } / max(entries.count, 1)
    var output: [UInt8] = []
    output.reserveCapacity(days * papersPerDay * (average + 120) + days * 40)
    var serial = 0
    var date = DigestDay(daysSinceEpoch: 20089)
    for _ in 0..<days {
      output.append(contentsOf: Array("# Arxiv Papers in cs.CV on \(date.iso)\n".utf8))
      for _ in 0..<papersPerDay {
        let entry = entries[serial % entries.count]
        let id = String(format: "25%02d.%05dv1", 1 + serial / 99_999, serial % 99_999)
        let titleEnd = (entry.firstIndex(of: 0x0A) ?? (entry.count - 1)) + 1
        output.append(contentsOf: entry[..<titleEnd])
        output.append(contentsOf: Array("- **Arxiv ID**: http://arxiv.org/abs/\(id)\n".utf8))
        output.append(contentsOf: Array("- **Links**: [PDF](https://arxiv.org/pdf/\(id))\n".utf8))
        output.append(contentsOf: entry[titleEnd...])
        serial += 1
      }
      date = date.adding(days: 1)
    }
    return output
  }

  /// The floor: one pass over the bytes counting `\n###`.
  static func countEntryStarts(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      var count = 0
      var index = 0
      let end = buffer.count - 3
      while index < end {
        if buffer[index] == 0x0A, buffer[index + 1] == 0x23, buffer[index + 2] == 0x23,
          buffer[index + 3] == 0x23
        {
          count += 1
        }
        index += 1
      }
      return count
    }
  }
}
