import ArxivDigest
import DigestState
import Foundation
import ReaderCore

/// Performs the reducer's effects against the mark store and the browser, turning each result
/// into an action for the reducer.
///
/// Marks are committed to the store before the screen shows them: the new marks come back as
/// ``ReaderAction/marksChanged(_:message:)`` only after the store returned.
public final class EffectRunner {
  /// Where marks are kept.
  public let store: any MarkStore
  /// Opens web pages.
  public let browser: BrowserLauncher
  /// Writes exports of the starred papers.
  public let exporter: StarredExporter

  /// Creates a runner; `home` (default `$HOME`) is the folder `~/` stands for in export paths.
  public init(
    store: any MarkStore, browser: BrowserLauncher = BrowserLauncher(), home: String? = nil
  ) {
    self.store = store
    self.browser = browser
    let environment = ProcessInfo.processInfo.environment["HOME"] ?? ""
    let home = home ?? (environment.isEmpty ? NSHomeDirectory() : environment)
    self.exporter = StarredExporter(store: store, home: home)
  }

  /// The state file's setting that keeps the reader's position.
  public static let positionKey = "reader.position"

  /// Where the reader was when it last closed, from the state file.
  public func savedPosition() -> ReaderPosition? {
    // A state without the setting (or one that cannot be read) opens at the start.
    guard let text = try? store.setting(EffectRunner.positionKey) else {
      return nil
    }
    return ReaderPosition(json: text)
  }

  /// Performs `effect` and returns the actions that report its result.
  public func perform(_ effect: ReaderEffect) -> [ReaderAction] {
    switch effect {
    case .applyMark(let change, let papers):
      // The change is applied to the reader's marks as a delta: nothing is read back.
      return saving {
        try store.apply(change, papers: papers)
        return [.marksApplied(change, message: change.summary)]
      }
    case .undoMark:
      return saving {
        guard let change = try store.undo() else { return [.showStatus("nothing to undo")] }
        let now = try store.marks(of: change.ids)
        return [.marksRefreshed(now, ids: change.ids, message: "undid: \(change.summary)")]
      }
    case .redoMark:
      return saving {
        guard let change = try store.redo() else { return [.showStatus("nothing to redo")] }
        let now = try store.marks(of: change.ids)
        return [.marksRefreshed(now, ids: change.ids, message: "redid: \(change.summary)")]
      }
    case .openURL(let url):
      do {
        try browser.open(url)
        return [.showStatus("opened \(url)")]
      } catch let error as BrowserLauncher.NotFound {
        let fix = browser.isConfigured ? "check $BROWSER" : "set $BROWSER to a browser"
        return [.showStatus("cannot open \(url): \(error.program) not found; \(fix)")]
      } catch {
        return [.showStatus("cannot open \(url): \(error)")]
      }
    case .exportStarred(let request):
      return [.exportFinished(exporter.export(request))]
    case .quit:
      return []
    case .savePosition(let position):
      // Quitting: a position that cannot be kept (read-only state) only costs the resume.
      guard !store.isReadOnly, let json = position.json else { return [] }
      do {
        try store.setSetting(EffectRunner.positionKey, to: json)
      } catch {
        return [.showStatus("position not kept: \(error)")]
      }
      return []
    case .applyTheme, .findSimilar, .copyToClipboard, .reloadDigests:
      // The session applies themes and copies (it owns the terminal), asks the ranking and
      // reloads in the background.
      return []
    }
  }

  /// Runs a store operation and returns what it reports, or says why nothing was saved.
  private func saving(_ body: () throws -> [ReaderAction]) -> [ReaderAction] {
    do {
      return try body()
    } catch {
      let reason = store.isReadOnly ? "the state file is read-only" : "\(error)"
      return [.showStatus("not saved: \(reason)")]
    }
  }
}
