import ArxivDigest
import DigestState
import Foundation

/// Where the "for you" model finds papers beyond the loaded ones.
public enum RankingSources {
  /// Papers of the digest folders at `digestPaths` (the user's folder, read in the background
  /// when the reader was opened on other files), then what the state at `stateURL` remembers
  /// of marked papers found in neither.
  ///
  /// Both are extras: a folder that cannot be read, or a state that cannot be opened a second
  /// time, leaves the model with the loaded papers, which the reader already reported on.
  public static func otherPapers(
    digestPaths: [String], stateURL: URL?
  ) -> RankingService.OtherPapers {
    { loaded, marks in
      var others: [Paper] = []
      if !digestPaths.isEmpty,
        let result = try? DigestLoader().load(paths: digestPaths, fallBackToSample: false)
      {
        others = result.library.papers
      }
      guard let stateURL else { return others }
      let known = RankingInputs(loaded: loaded, others: others)
      let unknown = known.unknownMarkedIDs(in: marks)
      guard !unknown.isEmpty, FileManager.default.fileExists(atPath: stateURL.path),
        let store = try? openMarkStore(at: stateURL),
        let remembered = try? store.rememberedPapers(unknown)
      else { return others }
      return others + remembered
    }
  }
}
