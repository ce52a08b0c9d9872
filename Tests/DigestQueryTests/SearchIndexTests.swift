import ArxivDigest
import DigestQuery
import Testing

/// A query and the exact ids it must find among ``FixturePapers``, in paper order.
struct FilterCase: CustomTestStringConvertible, Sendable {
  var query: String
  var ids: [String]
  var testDescription: String { query }

  init(_ query: String, _ ids: [String]) {
    self.query = query
    self.ids = ids
  }
}

@Suite struct SearchIndexTests {
  static let papers = FixturePapers.all()
  static let index = SearchIndex(papers: papers)
  static let today = DigestDay(daysSinceEpoch: 18_266)  // 2020-01-05
  static let marks = Marks(
    read: Set(["1912.11343", "1912.11316"].compactMap { ArxivID($0) }),
    starred: Set(["1912.11474", "2001.00001"].compactMap { ArxivID($0) }))

  static let cases: [FilterCase] = [
    FilterCase(
      #""#,
      [
        "1912.11474", "1912.11473", "1912.11463", "1912.11425", "1912.11393", "1912.11370",
        "1912.11343", "1912.11325", "1912.11264", "1912.11258", "1912.11236", "1912.11234",
        "1912.11191", "1912.11188", "1912.11186", "1912.11180", "1912.11171", "1912.11164",
        "1912.11121", "1912.11082", "1912.11066", "1912.11460", "1912.11350", "1912.11316",
        "1912.11312", "1912.11194", "2001.00001", "1912.09999", "cs/0412069"
      ]),
    FilterCase(
      #"tracking"#,
      [
        "1912.11343", "1912.11325", "1912.11316", "2001.00001", "1912.09999"
      ]),
    FilterCase(#"tracking -medical"#, ["1912.11343", "1912.11325", "1912.11316", "2001.00001"]),
    FilterCase(#"TRACKING not Medical"#, ["1912.11343", "1912.11325", "1912.11316", "2001.00001"]),
    FilterCase(#"ti:tracking"#, ["1912.11343", "1912.11325", "1912.11316", "1912.09999"]),
    FilterCase(#""deep metric learning""#, ["1912.11082", "1912.11194"]),
    FilterCase(
      #"deep metric learning"#,
      [
        "1912.11474", "1912.11425", "1912.11393", "1912.11082", "1912.11194"
      ]),
    FilterCase(#"alpha"#, ["2001.00001"]),
    FilterCase(#"α"#, ["2001.00001"]),
    FilterCase(#"schrodinger"#, ["2001.00001"]),
    FilterCase(#"SCHRÖDINGER"#, ["2001.00001"]),
    FilterCase(#""alpha-divergence""#, []),
    FilterCase(#"α-divergence"#, ["2001.00001"]),
    FilterCase(#"au:smith"#, ["2001.00001", "1912.09999"]),
    FilterCase(#"au:muller"#, ["2001.00001"]),
    FilterCase(#"au:"jan smith""#, ["2001.00001"]),
    FilterCase(
      #"id:1912.113"#,
      [
        "1912.11393", "1912.11370", "1912.11343", "1912.11325", "1912.11350", "1912.11316",
        "1912.11312"
      ]),
    FilterCase(#"id:CS/04"#, ["cs/0412069"]),
    FilterCase(#"cat:stat"#, ["2001.00001"]),
    FilterCase(
      #"cat:cs.cv"#,
      [
        "1912.11474", "1912.11473", "1912.11463", "1912.11425", "1912.11393", "1912.11370",
        "1912.11343", "1912.11325", "1912.11264", "1912.11258", "1912.11236", "1912.11234",
        "1912.11191", "1912.11188", "1912.11186", "1912.11180", "1912.11171", "1912.11164",
        "1912.11121", "1912.11082", "1912.11066", "1912.11460", "1912.11350", "1912.11316",
        "1912.11312", "1912.11194", "1912.09999", "cs/0412069"
      ]),
    FilterCase(#"cat:eess.IV"#, ["1912.09999"]),
    FilterCase(
      #"cat:cs"#,
      [
        "1912.11474", "1912.11473", "1912.11463", "1912.11425", "1912.11393", "1912.11370",
        "1912.11343", "1912.11325", "1912.11264", "1912.11258", "1912.11236", "1912.11234",
        "1912.11191", "1912.11188", "1912.11186", "1912.11180", "1912.11171", "1912.11164",
        "1912.11121", "1912.11082", "1912.11066", "1912.11460", "1912.11350", "1912.11316",
        "1912.11312", "1912.11194", "2001.00001", "1912.09999", "cs/0412069"
      ]),
    FilterCase(
      #"date:2019-12"#,
      [
        "1912.11474", "1912.11473", "1912.11463", "1912.11425", "1912.11393", "1912.11370",
        "1912.11343", "1912.11325", "1912.11264", "1912.11258", "1912.11236", "1912.11234",
        "1912.11191", "1912.11188", "1912.11186", "1912.11180", "1912.11171", "1912.11164",
        "1912.11121", "1912.11082", "1912.11066", "1912.11460", "1912.11350", "1912.11316",
        "1912.11312", "1912.11194", "1912.09999"
      ]),
    FilterCase(#"date:<2019-12-25"#, ["1912.09999", "cs/0412069"]),
    FilterCase(#"date:2019-12-20..2019-12-24"#, ["1912.09999"]),
    FilterCase(#"date:<7d"#, ["2001.00001"]),
    FilterCase(#"date:>=2020"#, ["2001.00001"]),
    FilterCase(#"date:2004"#, ["cs/0412069"]),
    FilterCase(#"is:starred"#, ["1912.11474", "2001.00001"]),
    FilterCase(#"is:unread ti:tracking"#, ["1912.11325", "1912.09999"]),
    FilterCase(#"is:new"#, ["2001.00001"]),
    FilterCase(#"is:cross"#, []),
    FilterCase(#"IS:Replaced"#, ["1912.09999"]),
    FilterCase(#"tracking -is:replaced"#, ["1912.11343", "1912.11325", "1912.11316", "2001.00001"]),
    FilterCase(#"is:new or is:replaced"#, ["2001.00001", "1912.09999"]),
    FilterCase(#"is:read"#, ["1912.11343", "1912.11316"]),
    FilterCase(#"navigation or navigate"#, ["1912.11474", "1912.11121", "1912.09999"]),
    FilterCase(#"navigation | navigate -audio"#, ["1912.11474", "1912.11121", "1912.09999"]),
    FilterCase(
      #"(tracking or segmentation) -deep"#,
      [
        "1912.11343", "1912.11325", "1912.11234", "1912.11186", "1912.11164", "2001.00001",
        "1912.09999"
      ]),
    FilterCase(
      #"tracking or segmentation deep"#,
      [
        "1912.11343", "1912.11325", "1912.11066", "1912.11316", "1912.11312", "2001.00001",
        "1912.09999"
      ]),
    FilterCase(#"-is:unread"#, ["1912.11343", "1912.11316"]),
    FilterCase(#"abs:"pose estimation""#, ["cs/0412069"]),
    FilterCase(#"ti:hdr abs:feedback"#, ["1912.11463"]),
    FilterCase(
      #"imagenet or (ti:tracking and is:unread)"#,
      [
        "1912.11425", "1912.11325", "1912.11191", "1912.11188", "1912.09999"
      ]),
    FilterCase(#"o(n^2)"#, ["2001.00001"]),
    FilterCase(#"mathcal"#, ["2001.00001"]),
    FilterCase(#"\alpha"#, ["2001.00001"]),
    FilterCase(#"ti:"α-divergence" au:zoe"#, ["2001.00001"]),
    FilterCase(#"abs:n² -ti:tracking"#, ["2001.00001"]),
    FilterCase(#"ti:navigation cat:cs.CV date:2019-12-25"#, ["1912.11474"]),
  ]

  @Test(arguments: cases)
  func findsExactlyTheExpectedPapers(_ example: FilterCase) throws {
    let query = try Query(parsing: example.query)
    let found = SearchIndexTests.index.filter(
      query, marks: SearchIndexTests.marks, today: SearchIndexTests.today)
    #expect(found.map { SearchIndexTests.papers[$0].id.rawValue } == example.ids)
  }

  @Test func todayIsTheFifthOfJanuary() {
    #expect(SearchIndexTests.today.iso == "2020-01-05")
  }

  @Test func loadsEveryFixturePaper() {
    #expect(SearchIndexTests.papers.count == 29)
  }
}
