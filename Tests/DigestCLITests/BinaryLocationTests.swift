import Foundation
import Testing

@Suite(.timeLimit(.minutes(5))) struct BinaryLocationTests {
  @Test func theBuiltBinaryAnswersHelp() throws {
    let run = try DigestBinary.run(["--help"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("USAGE: digest"))
  }
}
