import ArxivDigest
import Testing

/// What cleaning makes of each kind of raw text.
@Suite struct TextCleanerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var raw: String
    var clean: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "plain text is kept", raw: "Plain text, kept.", clean: "Plain text, kept."),
    Case(name: "ends trimmed", raw: "  padded  ", clean: "padded"),
    Case(name: "space runs collapse", raw: "a  b \t c", clean: "a b c"),
    Case(name: "br is a paragraph break", raw: "one. <br>Two.", clean: "one.\nTwo."),
    Case(name: "br variants", raw: "a<BR/>b<br />c", clean: "a\nb\nc"),
    Case(name: "repeated breaks collapse", raw: "a <br><br> b", clean: "a\nb"),
    Case(name: "leading break dropped", raw: "<br>a", clean: "a"),
    Case(
      name: "link becomes its URL",
      raw:
        "Code at <a class=\"link-external link-https\" href=\"https://github.com/x/y\" "
        + "rel=\"external noopener nofollow\">this https URL</a>.",
      clean: "Code at https://github.com/x/y."),
    Case(
      name: "link with entity in its URL",
      raw: "see <a href='http://a.org/?p=1&amp;q=2'>this http URL</a>",
      clean: "see http://a.org/?p=1&q=2"),
    Case(
      name: "link without href keeps its text", raw: "<a name=x>anchor</a> here",
      clean: "anchor here"),
    Case(
      name: "other tags removed", raw: "<i>in</i> <sup>2</sup> <span class=\"x\">s</span>",
      clean: "in 2 s"),
    Case(
      name: "LaTeX comparisons are not tags", raw: "$a<b$ and $x < y > z$",
      clean: "$a<b$ and $x < y > z$"),
    Case(name: "unknown tag name is text", raw: "<foo> stays", clean: "<foo> stays"),
    Case(
      name: "named entities", raw: "A -&gt; B &amp; C &lt;D&gt; &quot;q&quot;",
      clean: "A -> B & C <D> \"q\""),
    Case(name: "decoded entity is not a tag", raw: "&lt;br&gt;", clean: "<br>"),
    Case(
      name: "Latin-1 and Greek entities", raw: "&eacute;&deg;&alpha;&Omega;&times;",
      clean: "é°αΩ×"),
    Case(name: "numeric entities", raw: "&#233;&#x1F600;&#X41;", clean: "é😀A"),
    Case(
      name: "bad numeric entities", raw: "&#0;&#xD800;&#1114112;", clean: "\u{FFFD}\u{FFFD}\u{FFFD}"
    ),
    Case(name: "unknown entity is text", raw: "R&D &nosuch; &", clean: "R&D &nosuch; &"),
    Case(name: "mojibake degree", raw: "360Â° view", clean: "360° view"),
    Case(name: "mojibake accent", raw: "FrÃ©chet", clean: "Fréchet"),
    Case(name: "mojibake three bytes", raw: "a â\u{80}\u{93} b", clean: "a – b"),
    Case(name: "mojibake four bytes", raw: "ð\u{9F}\u{98}\u{80}", clean: "😀"),
    Case(name: "legit capital A circumflex kept", raw: "Âge and Ã la", clean: "Âge and Ã la"),
    Case(name: "legit Latin-1 pair kept", raw: "SÃO PAULO", clean: "SÃO PAULO"),
    Case(name: "mojibake of a grave accent", raw: "Ã\u{A0}", clean: "à"),
    Case(name: "incomplete mojibake left alone", raw: "âx and â\u{80}y", clean: "âx and ây"),
    Case(name: "overlong repair refused", raw: "à\u{80}\u{80}", clean: "à"),
    Case(name: "C0 controls removed", raw: "a\u{00}b\u{07}c\u{08}d", clean: "abcd"),
    Case(name: "tab is a space", raw: "a\tb", clean: "a b"),
    Case(name: "newline kept as a break", raw: "a \n b", clean: "a\nb"),
    Case(name: "escape sequence removed whole", raw: "\u{1B}[1;31mred\u{1B}[0m", clean: "red"),
    Case(name: "DEL removed", raw: "a\u{7F}b", clean: "ab"),
    Case(name: "C1 removed", raw: "a\u{80}b\u{9B}c", clean: "abc"),
    Case(name: "NEL is a space", raw: "one\u{85}two", clean: "one two"),
    Case(
      name: "double space across eight-byte words", raw: "abcdefg  hijklmnop",
      clean: "abcdefg hijklmnop"),
    Case(
      name: "entity late in a long text", raw: "0123456789abcdef &amp; x",
      clean: "0123456789abcdef & x"),
    Case(
      name: "control late in a long text", raw: "0123456789abcdef\u{01}x",
      clean: "0123456789abcdefx"),
    Case(
      name: "C1 late in a long text", raw: "0123456789abcdef\u{9B}x", clean: "0123456789abcdefx"),
    Case(name: "empty tag leaves no space at an end", raw: "<i></i> a", clean: "a"),
    Case(name: "non-ASCII kept", raw: "Deteção $Σ$-net 日本", clean: "Deteção $Σ$-net 日本"),
  ]

  @Test(arguments: cases)
  func rawTextIsCleaned(_ example: Case) {
    #expect(TextCleaner.clean(example.raw) == example.clean)
  }

  @Test func manyUnclosedLinksKeepTheirText() {
    let raw = String(repeating: "<a href=\"u\">t ", count: 20_000)
    let clean = TextCleaner.clean(raw)
    #expect(clean.hasPrefix("ut ut ut"))
    #expect(clean.count == 60_000 - 1)
  }
}
