import Foundation
import ReaderApp
import Testing

/// How `o` turns `$BROWSER` into a command line, without a shell.
@Suite struct ReaderBrowserTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var browser: String?
    var command: [String]
    var testDescription: String { name }
  }

  static let url = "https://arxiv.org/abs/1912.11474"

  @Test(arguments: [
    Case(name: "unset uses xdg-open", browser: nil, command: ["xdg-open", url]),
    Case(name: "empty uses xdg-open", browser: "", command: ["xdg-open", url]),
    Case(name: "a program gets the URL appended", browser: "firefox", command: ["firefox", url]),
    Case(
      name: "arguments are kept", browser: "firefox --new-tab",
      command: ["firefox", "--new-tab", url]),
    Case(name: "%s is replaced", browser: "lynx -dump %s", command: ["lynx", "-dump", url]),
    Case(
      name: "the first of a colon list", browser: "w3m:firefox", command: ["w3m", url]),
    Case(
      name: "shell syntax stays literal", browser: "open;rm", command: ["open;rm", url]),
  ])
  func commandLineForBrowser(_ testCase: Case) {
    var environment: [String: String] = [:]
    environment["BROWSER"] = testCase.browser
    #expect(BrowserLauncher(environment: environment).command(for: Self.url) == testCase.command)
  }

  @Test func aMissingProgramIsReportedNotRun() {
    let launcher = BrowserLauncher(environment: ["BROWSER": "no-such-browser", "PATH": "/nowhere"])
    #expect(throws: BrowserLauncher.NotFound(program: "no-such-browser")) {
      try launcher.open(Self.url)
    }
  }
}
