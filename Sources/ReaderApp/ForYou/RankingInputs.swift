import ArxivDigest
import DigestRank

/// The papers the "for you" model learns from and scores: the loaded papers first (so a
/// loaded paper's corpus index is its index in the reader), then every other paper whose text
/// can be found (the digest folder, papers the state remembers), each id once.
public struct RankingInputs: Sendable {
  /// Loaded papers, then the others.
  public let papers: [Paper]
  /// How many of ``papers`` are loaded (shown) papers.
  public let loadedCount: Int
  private let indexByID: [ArxivID: Int]

  /// Joins the loaded papers with `others`; papers of `others` already loaded, or repeated,
  /// are left out.
  public init(loaded: [Paper], others: [Paper] = []) {
    var indexByID: [ArxivID: Int] = [:]
    indexByID.reserveCapacity(loaded.count + others.count)
    var papers = loaded
    for (index, paper) in loaded.enumerated() where indexByID[paper.id] == nil {
      indexByID[paper.id] = index
    }
    for paper in others where indexByID[paper.id] == nil {
      indexByID[paper.id] = papers.count
      papers.append(paper)
    }
    self.papers = papers
    self.loadedCount = loaded.count
    self.indexByID = indexByID
  }

  /// The corpus index of the paper with this id, if its text is known.
  public func index(of id: ArxivID) -> Int? { indexByID[id] }

  /// The ranker's view of every paper, in corpus order.
  public func documents() -> [RankDocument] { papers.map(RankingInputs.document(for:)) }

  /// Labels from the marks: starred papers are positives; papers read one at a time and not
  /// starred were seen and passed over; papers read in bulk are unlabelled, like the rest.
  /// Marks on papers whose text is unknown are left out.
  public func labels(for marks: Marks) -> RankLabels {
    var positives = Set<Int>()
    var passedOver = Set<Int>()
    for id in marks.starred { if let index = indexByID[id] { positives.insert(index) } }
    for id in marks.read where !marks.starred.contains(id) && !marks.readInBulk.contains(id) {
      if let index = indexByID[id] { passedOver.insert(index) }
    }
    return RankLabels(positives: positives, passedOver: passedOver)
  }

  /// Ids marked but not among ``papers``: the state may remember their text.
  public func unknownMarkedIDs(in marks: Marks) -> [ArxivID] {
    (marks.starred.union(marks.read)).filter { indexByID[$0] == nil }.sorted {
      $0.rawValue < $1.rawValue
    }
  }

  /// Title, abstract, authors and comments of `paper`.
  public static func document(for paper: Paper) -> RankDocument {
    RankDocument(
      title: paper.title, abstract: paper.abstract, authors: paper.authors ?? [],
      comments: paper.comments)
  }

  /// `reasons` without a word that a word pair among them already shows (`point clouds` makes
  /// `point` and `clouds` redundant), at most `limit`.
  public static func distinct(_ reasons: [String], limit: Int) -> [String] {
    let pairs = reasons.filter { $0.contains(" ") }
    let words = Set(pairs.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
    let kept = reasons.filter { $0.contains(" ") || !words.contains($0.lowercased()) }
    return Array(kept.prefix(limit))
  }

  /// Why "for you" cannot rank with these marks, or `nil` when it can.
  public static func coldStartReason(starred: Int) -> String? {
    guard starred < RankModel.minimumStars else { return nil }
    return "star a few papers first (\(starred) of \(RankModel.minimumStars) starred)"
  }
}
