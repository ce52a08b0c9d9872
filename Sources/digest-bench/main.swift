import Foundation
// The benchmark executable: `swift run -c release digest-bench`.
// Each section lives in its own file and returns its figures.
// `digest-bench rank [PATH]` runs only the ranking section (PATH: ../shared/rank by default);
// `digest-bench foryou` only the reader's "for you" figures; `digest-bench latex [PATH...]`
// the LaTeX section, measuring what is left raw on the digests under PATH too.
var figures: [Figure] = []
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "rank" {
  figures += rankFigures(path: arguments.dropFirst().first)
} else if arguments.first == "foryou" {
  figures += forYouFigures()
} else if arguments.first == "latex" {
  figures += latexFigures()
  figures += latexBoundFigures()
  if arguments.count > 1 { figures += latexCorpusFigures(Array(arguments.dropFirst())) }
} else {
  figures += parseFigures()
  figures += storeFigures()
  figures += latexFigures()
  figures += latexBoundFigures()
  figures += queryFigures()
  figures += readerFigures()
  figures += readerPromptFigures()
  figures += forYouFigures()
  figures += rankFigures()
}

for figure in figures {
  let verdict = figure.met.map { $0 ? "ok" : "MISSED" } ?? ""
  print("\(figure.name.padding(toLength: 52, withPad: " ", startingAt: 0)) \(figure.value.padding(toLength: 16, withPad: " ", startingAt: 0)) target \(figure.target)  \(verdict)")
}
