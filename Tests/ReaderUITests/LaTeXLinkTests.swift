import ArxivDigest
import ReaderCore
import Testing

@testable import ReaderUI

/// Issue 18: the URL of `\href` and `\url` in an abstract is drawn as a link.
@Suite struct LaTeXLinkTests {
  @Test func hrefTargetIsDrawnAsALinkInTheDetailPane() {
    let paper = Papers.paper(
      1, title: "Links", abstract: #"See \href{https://x.org}{our code} now."#)
    let buffer = rendered(state([paper]), width: 120, height: 12)
    let row = 8
    // The link is numbered for `f 1` after the URL.
    #expect(buffer.line(row).dropFirst(61).hasPrefix("See our code (https://x.org [1]) now."))
    #expect((75..<88).map { buffer[row, $0].element } == Array(repeating: .detailLink, count: 13))
    #expect(buffer[row, 74].element == .detailText)
    #expect(buffer[row, 93].element == .detailText)
  }

  @Test func linkRoleWinsOverTheOthers() {
    #expect(Glyph.element(for: [.link, .code], base: .detailText) == .detailLink)
    #expect(Glyph.element(for: .code, base: .detailText) == .code)
  }
}
