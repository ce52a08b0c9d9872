import Testing

@testable import DigestRank

/// A tiny library of three topics: robot grasping, neural radiance fields, and speech.
enum TinyCorpus {
  static let documents: [RankDocument] = [
    // 0–4: robots
    RankDocument(
      title: "Robot grasping with tactile sensors",
      abstract: "A robot arm learns grasping of unknown objects from tactile sensors and vision.",
      authors: ["Ada Lovelace"]),
    RankDocument(
      title: "Learning robot manipulation policies",
      abstract: "Robot manipulation policies are learned for grasping and placing objects.",
      authors: ["Ada Lovelace", "Alan Turing"]),
    RankDocument(
      title: "Tactile feedback for robot grasping",
      abstract: "We add tactile feedback to a robot hand and improve grasping success."),
    RankDocument(
      title: "Sim-to-real transfer of robot grasping",
      abstract: "Grasping policies trained in simulation transfer to a real robot arm."),
    RankDocument(
      title: "Mobile robot navigation in crowds",
      abstract: "A mobile robot plans paths among pedestrians with a learned policy."),
    // 5–9: radiance fields
    RankDocument(
      title: "Neural radiance fields for large scenes",
      abstract: "Neural radiance fields render novel views of large outdoor scenes.",
      authors: ["Grace Hopper"]),
    RankDocument(
      title: "Fast neural radiance fields",
      abstract: "We speed up neural radiance fields rendering with a voxel grid."),
    RankDocument(
      title: "Editing radiance fields",
      abstract: "Users edit scenes represented as neural radiance fields with novel views."),
    RankDocument(
      title: "Dynamic neural radiance fields",
      abstract: "Radiance fields for dynamic scenes render novel views over time."),
    RankDocument(
      title: "Relighting neural scenes",
      abstract: "Scenes captured as neural fields are relit and rendered from novel views."),
    // 10–13: speech
    RankDocument(
      title: "Speech recognition with transformers",
      abstract: "Transformers improve speech recognition on noisy audio recordings."),
    RankDocument(
      title: "Audio-visual speech recognition",
      abstract: "Lip movements help speech recognition when the audio is noisy."),
    RankDocument(
      title: "Speaker separation in noisy audio",
      abstract: "We separate speakers in noisy audio recordings with a transformer."),
    RankDocument(
      title: "Keyword spotting on devices",
      abstract: "Small models spot keywords in audio recordings on phones."),
  ]

  static let robots: Set<Int> = [0, 1, 2, 3, 4]
}

@Suite("RankModel")
struct RankModelTests {
  let corpus = RankCorpus(documents: TinyCorpus.documents)

  struct RankingCase: CustomTestStringConvertible, Sendable {
    var name: String
    var positives: Set<Int>
    var passedOver: Set<Int>
    /// Unmarked papers expected above `below`.
    var above: Int
    var below: Int
    var testDescription: String { name }
  }

  @Test(
    "a paper sharing the starred papers' words ranks above one that does not",
    arguments: [
      RankingCase(
        name: "robots over radiance fields, reads as negatives", positives: [0, 1, 2],
        passedOver: [5, 6, 10, 11], above: 3, below: 7),
      RankingCase(
        name: "robots over speech, no reads", positives: [0, 1, 2], passedOver: [], above: 3,
        below: 12),
      RankingCase(
        name: "radiance fields over robots", positives: [5, 6, 7], passedOver: [0, 10],
        above: 8, below: 2),
      RankingCase(
        name: "speech over radiance fields", positives: [10, 11, 12], passedOver: [5, 0, 1],
        above: 13, below: 9),
    ])
  func sharedWordsRankHigher(_ test: RankingCase) throws {
    let model = try #require(
      RankModel.train(
        on: corpus, labels: RankLabels(positives: test.positives, passedOver: test.passedOver)))
    #expect(model.scores.count == corpus.count)
    #expect(model.scores[test.above] > model.scores[test.below])
  }

  struct ColdStartCase: CustomTestStringConvertible, Sendable {
    var name: String
    var positives: Set<Int>
    var testDescription: String { name }
  }

  @Test(
    "fewer than three stars give no model",
    arguments: [
      ColdStartCase(name: "no stars", positives: []),
      ColdStartCase(name: "two stars", positives: [0, 1]),
      ColdStartCase(name: "three stars, one out of range", positives: [0, 1, 99]),
      ColdStartCase(name: "negative index ignored", positives: [-1, 0, 1]),
    ])
  func coldStart(_ test: ColdStartCase) {
    #expect(
      RankModel.train(on: corpus, labels: RankLabels(positives: test.positives, passedOver: [2]))
        == nil)
  }

  @Test("weights and scores depend only on the sets of marks, not their order")
  func deterministic() throws {
    let positives = [0, 1, 3, 5]
    let passedOver = [2, 6, 7, 10, 11, 12]
    var generator = SplitMix64(state: 42)
    var runs: [RankModel] = []
    for _ in 0..<5 {
      // Sets built by inserting in a different order each time.
      var starred = Set<Int>(minimumCapacity: 1)
      for index in positives.shuffled(using: &generator) { starred.insert(index) }
      var read = Set<Int>(minimumCapacity: 2)
      for index in passedOver.shuffled(using: &generator) { read.insert(index) }
      runs.append(
        try #require(
          RankModel.train(on: corpus, labels: RankLabels(positives: starred, passedOver: read))))
    }
    for run in runs.dropFirst() {
      #expect(run.weights == runs[0].weights)
      #expect(run.scores == runs[0].scores)
    }
    let again = RankCorpus(documents: TinyCorpus.documents)
    let rebuilt = try #require(
      RankModel.train(
        on: again, labels: RankLabels(positives: Set(positives), passedOver: Set(passedOver))))
    #expect(rebuilt.scores == runs[0].scores)
  }

  @Test("reasons name the starred topic's words")
  func reasons() throws {
    let model = try #require(
      RankModel.train(
        on: corpus, labels: RankLabels(positives: [0, 1, 2], passedOver: [5, 6, 10, 11])))
    let reasons = model.reasons(for: 3, limit: 3)
    #expect(!reasons.isEmpty)
    #expect(reasons.count <= 3)
    #expect(reasons.contains { $0.contains("robot") || $0.contains("grasping") })
    #expect(model.reasons(for: 99, limit: 3).isEmpty)
    #expect(model.reasons(for: 3, limit: 0).isEmpty)
  }
}

@Suite("RankCorpus")
struct RankCorpusTests {
  let corpus = RankCorpus(documents: TinyCorpus.documents)

  struct SimilarCase: CustomTestStringConvertible, Sendable {
    var name: String
    var document: Int
    var topic: Set<Int>
    var testDescription: String { name }
  }

  @Test(
    "similar papers exclude the paper itself and come from its topic, best first",
    arguments: [
      SimilarCase(name: "a robot paper", document: 0, topic: TinyCorpus.robots),
      SimilarCase(name: "a radiance-field paper", document: 6, topic: [5, 6, 7, 8, 9]),
      SimilarCase(name: "a speech paper", document: 10, topic: [10, 11, 12, 13]),
    ])
  func similar(_ test: SimilarCase) throws {
    let neighbours = corpus.similar(to: test.document, limit: 3)
    #expect(neighbours.count == 3)
    #expect(!neighbours.contains { $0.index == test.document })
    let first = try #require(neighbours.first)
    #expect(test.topic.contains(first.index))
    #expect(zip(neighbours, neighbours.dropFirst()).allSatisfy { $0.similarity >= $1.similarity })
  }

  @Test("similar handles out-of-range input")
  func similarEdges() {
    #expect(corpus.similar(to: -1, limit: 3).isEmpty)
    #expect(corpus.similar(to: corpus.count, limit: 3).isEmpty)
    #expect(corpus.similar(to: 0, limit: 0).isEmpty)
    #expect(RankCorpus(documents: []).count == 0)
  }

  @Test("features: stop words dropped, words and word pairs kept, rows l2-normalised")
  func features() {
    #expect(corpus.count == TinyCorpus.documents.count)
    #expect(corpus.terms.contains("robot"))
    #expect(corpus.terms.contains("radiance fields"))
    #expect(!corpus.terms.contains("the"))
    #expect(!corpus.terms.contains("with"))
    for row in 0..<corpus.count where !corpus.rows.range(row).isEmpty {
      #expect(abs(corpus.rows.squaredNorm(row) - 1) < 1e-5)
    }
  }
}
