import DigestQuery

extension ReaderState {
  /// Sets the config's watch lists (`[watch]` name = query). Papers are matched once the
  /// search index is ready (``ReaderAction/filterIndexReady``).
  public mutating func useWatches(_ watches: [SavedFilter]) {
    self.watches = watches
    watchNames = [:]
  }

  /// The names of the watches the paper at `index` matches, in config order.
  public func watches(of index: Int) -> [String] { watchNames[index] ?? [] }

  /// Matches every watch against the loaded papers; a query that does not parse matches
  /// nothing (the config reports it).
  mutating func matchWatches() {
    var names: [Int: [String]] = [:]
    for watch in watches {
      guard let query = try? watch.parsed(), !query.isEmpty else { continue }
      for index in engine.matches(query, marks: marks, today: today) {
        names[index, default: []].append(watch.name)
      }
    }
    let changed = names != watchNames
    watchNames = names
    watchesMatched = true
    if changed, isRanked { arrange() }
  }

  /// `true` when some watch's query depends on marks (`is:read`), so marks changing may
  /// change what it matches.
  var watchesDependOnMarks: Bool {
    watches.contains { (try? $0.parsed())?.dependsOnMarks ?? false }
  }
}
