import ArxivDigest
import DigestExport
import DigestState
import ReaderCore

/// Writes the reader's export of the starred papers: loaded ones, and the ones the store
/// remembers when their digest is not loaded.
///
/// A path starting with `~/` is taken from the home folder; messages show the path as typed.
public struct StarredExporter {
  /// Where marks and remembered papers are kept.
  public let store: any MarkStore
  /// The home folder `~` stands for.
  public let home: String

  /// Creates an exporter.
  public init(store: any MarkStore, home: String) {
    self.store = store
    self.home = home
  }

  /// Writes `request` and reports how it went; never throws, so nothing typed is lost.
  public func export(_ request: ExportRequest) -> ExportOutcome {
    let papers: [Paper]
    let marks: Marks
    do {
      marks = try store.marks()
      if let selected = request.selected {
        papers = selected
      } else {
        papers = try ExportSelection.starred(
          in: request.papers, marks: marks, remembered: store.rememberedPapers)
      }
    } catch {
      return .failed("cannot read the state: \(error)")
    }
    guard !papers.isEmpty else { return .failed("no starred papers; nothing written") }
    do throws(ExportError) {
      let summary = try ExportWriter.write(
        papers: papers, format: request.format, to: expanded(request.path),
        force: request.mode == .overwrite, append: request.mode == .append, marks: marks)
      guard request.mode == .append else {
        return .exported(count: summary.exported, path: request.path)
      }
      return .appended(
        count: summary.exported, alreadyThere: summary.alreadyPresent, path: request.path)
    } catch .fileExists {
      return .fileExists(path: request.path)
    } catch {
      return .failed(error.description)
    }
  }

  /// `path` with a leading `~` replaced by the home folder.
  func expanded(_ path: String) -> String {
    let folder = home.hasSuffix("/") ? String(home.dropLast()) : home
    if path == "~" { return folder }
    if path.hasPrefix("~/") { return folder + path.dropFirst() }
    return path
  }
}
