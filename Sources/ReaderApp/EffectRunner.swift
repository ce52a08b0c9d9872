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

  /// Performs `effect` and returns the actions that report its result.
  public func perform(_ effect: ReaderEffect) -> [ReaderAction] {
    switch effect {
    case .applyMark(let change, let papers):
      return commit("") {
        try store.apply(change, papers: papers)
        return change.summary
      }
    case .undoMark:
      return commit("nothing to undo") {
        try store.undo().map { "undid: \($0.summary)" }
      }
    case .redoMark:
      return commit("nothing to redo") {
        try store.redo().map { "redid: \($0.summary)" }
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
    case .applyTheme, .findSimilar, .copyToClipboard, .reloadDigests:
      // The session applies themes and copies (it owns the terminal), asks the ranking and
      // reloads in the background.
      return []
    }
  }

  /// Runs a store operation; on success reads the marks back and reports `message`.
  private func commit(_ fallback: String, _ body: () throws -> String?) -> [ReaderAction] {
    do {
      guard let message = try body() else { return [.showStatus(fallback)] }
      return [.marksChanged(try store.marks(), message: message)]
    } catch {
      let reason = store.isReadOnly ? "the state file is read-only" : "\(error)"
      return [.showStatus("not saved: \(reason)")]
    }
  }
}
