import ArxivDigest
import Foundation

extension SearchIndex {
  /// One evaluation of a query tree over sets of papers; each step only looks at the papers
  /// still in play (`within`).
  struct Evaluation {
    let index: SearchIndex
    let marks: Marks
    let today: DigestDay
    private var readPapers: Bitset?
    private var starredPapers: Bitset?

    init(index: SearchIndex, marks: Marks, today: DigestDay) {
      self.index = index
      self.marks = marks
      self.today = today
    }

    /// The members of `within` that match `node`.
    mutating func evaluate(_ node: QueryNode, within: Bitset) -> Bitset {
      switch node {
      case .all:
        return within
      case .term(let term):
        return match(term, within: within)
      case .not(let inner):
        var result = within
        result.subtract(evaluate(inner, within: within))
        return result
      case .and(let children):
        var result = within
        for child in children.sorted(by: { Evaluation.cost($0) < Evaluation.cost($1) }) {
          result = evaluate(child, within: result)
          if result.isEmpty { break }
        }
        return result
      case .or(let children):
        var result = Bitset(count: within.count)
        var remaining = within
        for child in children {
          let matched = evaluate(child, within: remaining)
          result.formUnion(matched)
          remaining.subtract(matched)
          if remaining.isEmpty { break }
        }
        return result
      }
    }

    /// Rough order for the children of an AND: cheap, narrowing conditions first, negations
    /// (which only remove) last.
    private static func cost(_ node: QueryNode) -> Int {
      switch node {
      case .all: 0
      case .term(.text): 2
      case .term: 1
      case .and, .or: 3
      case .not: 4
      }
    }

    private mutating func match(_ term: QueryTerm, within: Bitset) -> Bitset {
      let count = index.papers.count
      switch term {
      case .text(let field, let folded, _):
        return matchText(field, folded, within: within)
      case .id(let prefix):
        let bytes = Array(prefix.utf8)
        var result = Bitset(count: count)
        index.idText.withUnsafeBufferPointer { ids in
          within.forEach { paper in
            let start = index.idStarts[paper]
            var matches = start + bytes.count < ids.count
            if matches {
              for (offset, byte) in bytes.enumerated() where ids[start + offset] != byte {
                matches = false
                break
              }
            }
            if matches { result.insert(paper) }
          }
        }
        return result
      case .category(let name):
        var result = Bitset(count: count)
        for (category, papers) in index.categories
        where category == name || category.hasPrefix(name + ".") {
          result.formUnion(papers)
        }
        result.formIntersection(within)
        return result
      case .date(let range):
        let lower = range.lower?.resolved(today: today) ?? Int.min
        let upper = range.upper?.resolved(today: today) ?? Int.max
        var result = Bitset(count: count)
        within.forEach { paper in
          let day = index.days[paper]
          if day >= lower, day <= upper { result.insert(paper) }
        }
        return result
      case .read, .unread:
        var result = within
        if case .read = term { result.formIntersection(read) } else { result.subtract(read) }
        return result
      case .starred, .unstarred:
        var result = within
        if case .starred = term {
          result.formIntersection(starred)
        } else {
          result.subtract(starred)
        }
        return result
      case .announced(let types):
        var result = Bitset(count: count)
        within.forEach { paper in
          if let type = index.papers[paper].announceType, types.contains(type) {
            result.insert(paper)
          }
        }
        return result
      }
    }

    private var read: Bitset {
      mutating get {
        if let readPapers { return readPapers }
        let papers = bitset(of: marks.read)
        readPapers = papers
        return papers
      }
    }

    private var starred: Bitset {
      mutating get {
        if let starredPapers { return starredPapers }
        let papers = bitset(of: marks.starred)
        starredPapers = papers
        return papers
      }
    }

    private func bitset(of ids: Set<ArxivID>) -> Bitset {
      var result = Bitset(count: index.papers.count)
      for id in ids {
        if let paper = index.indexByID[id] { result.insert(paper) }
      }
      return result
    }

    // MARK: - Text

    private func matchText(_ field: TextField, _ folded: [UInt8], within: Bitset) -> Bitset {
      let count = index.papers.count
      let fields: UInt32 =
        switch field {
        case .titleOrAbstract: 3
        case .title: 1
        case .abstract: 2
        case .authors: 0
        }
      guard fields != 0 else { return verify(within, field, folded) }
      // One ASCII letter or digit: the per-paper byte masks answer exactly.
      if folded.count == 1, SearchIndex.maskBit(folded[0]) != 0 {
        let bit = SearchIndex.maskBit(folded[0])
        var result = Bitset(count: count)
        index.byteMasks.withUnsafeBufferPointer { masks in
          within.forEach { paper in
            if (fields & 1 != 0 && masks[2 * paper] & bit != 0)
              || (fields & 2 != 0 && masks[2 * paper + 1] & bit != 0)
            {
              result.insert(paper)
            }
          }
        }
        return result
      }
      var candidates = within
      let tokens = Evaluation.wordTokens(folded)
      var answeredByIndex = !tokens.isEmpty
      for token in tokens {
        guard
          let papers = index.words.papers(
            containing: token, fields: fields, count: count, limit: 64 * count)
        else {
          answeredByIndex = false
          continue
        }
        candidates.formIntersection(papers)
        if candidates.isEmpty { return candidates }
      }
      // A single word: the index answer, restricted to the field, is exact.
      if answeredByIndex, tokens.count == 1, tokens[0].count == folded.count {
        return candidates
      }
      return verify(candidates, field, folded)
    }

    /// The members of `candidates` whose `field` contains `needle`.
    private func verify(_ candidates: Bitset, _ field: TextField, _ needle: [UInt8]) -> Bitset {
      var result = Bitset(count: candidates.count)
      let (first, last) =
        switch field {
        case .titleOrAbstract: (0, 2)
        case .title: (0, 1)
        case .abstract: (1, 2)
        case .authors: (2, 3)
        }
      let searcher = ByteSearch(needle)
      index.bounds.withUnsafeBufferPointer { bounds in
        for (part, text) in index.texts.enumerated() {
          let lower = part * index.partSize
          let papers = lower..<min(candidates.count, lower + index.partSize)
          let partBase = index.partBases[part]
          text.withUnsafeBufferPointer { text in
            candidates.forEach(in: papers) { paper in
              let base = 3 * paper
              let start = bounds[base + first] - partBase
              let end = bounds[base + last] - partBase
              if start >= 0, end <= text.count, searcher.occurs(in: text, start..<end) {
                result.insert(paper)
              }
            }
          }
        }
      }
      return result
    }

    /// Maximal runs of word bytes in `bytes`.
    static func wordTokens(_ bytes: [UInt8]) -> [[UInt8]] {
      var tokens: [[UInt8]] = []
      var index = 0
      while index < bytes.count {
        while index < bytes.count, !TextFolding.isWordByte(bytes[index]) { index += 1 }
        let start = index
        while index < bytes.count, TextFolding.isWordByte(bytes[index]) { index += 1 }
        if index > start { tokens.append(Array(bytes[start..<index])) }
      }
      return tokens
    }
  }
}
