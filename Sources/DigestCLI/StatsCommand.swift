import ArgumentParser
import ArxivDigest
import DigestState
import Foundation

/// `digest stats`: how much has been read, and what is left in the given digests.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show papers read today, this week and all time, starred, and unread.",
    discussion: """
      Days and weeks (Monday to Sunday) are in the local time zone. "unread" counts the papers \
      of the given digests (default: the user's digest folder) not marked read.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var stateOptions: StateOptions

  @Flag(help: "Print one JSON object.")
  var json = false

  func run() throws {
    let ids = try input.load(fallBackToSample: false).library.papers.map(\.id)
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = .current
    let stats = try StateOptions.reportingStateErrors {
      try stateOptions.openStoreForReading()?.stats(inputs: ids, calendar: calendar)
        ?? ReadingStats(
          readToday: 0, readThisWeek: 0, readAllTime: 0, starred: 0,
          inputPapers: Set(ids).count, unreadInInputs: Set(ids).count)
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      try StandardOutput.shared.line(String(decoding: try encoder.encode(stats), as: UTF8.self))
      return
    }
    let papers = stats.inputPapers == 1 ? "paper" : "papers"
    try StandardOutput.shared.line(
      """
      read today:     \(stats.readToday)
      read this week: \(stats.readThisWeek)
      read all time:  \(stats.readAllTime)
      starred:        \(stats.starred)
      unread:         \(stats.unreadInInputs) of \(stats.inputPapers) \(papers) in the inputs
      """)
  }
}
