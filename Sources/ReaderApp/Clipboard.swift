import Foundation
import ReaderCore
import ReaderUI

/// Puts yanked text on the clipboard: through the terminal (OSC 52, the default, which works
/// over SSH and in tmux with `set-clipboard on`), or through the config's `copy_command`
/// (`wl-copy`, `xclip -selection clipboard`, `pbcopy`), which gets the text on its stdin.
public struct Clipboard: Sendable {
  /// The shell command the text is piped to, or `nil` for OSC 52.
  public var command: String?

  /// Creates a clipboard; `command` is the config's `copy_command`.
  public init(command: String? = nil) {
    let trimmed = command?.trimmingCharacters(in: .whitespaces) ?? ""
    self.command = trimmed.isEmpty ? nil : trimmed
  }

  /// Copies `request` and returns the status-bar message: `copied BibTeX for 1912.11474`,
  /// or why nothing was copied.
  ///
  /// Through the terminal, a payload over ``TerminalBackend/clipboardLimit`` base64
  /// characters is refused (terminals drop or cut longer OSC 52 sequences).
  public func copy(_ request: ClipboardRequest, terminal: any TerminalBackend) -> String {
    if let command {
      do {
        try Clipboard.run(command, input: request.text)
        return "copied \(request.description)"
      } catch {
        return "not copied: \(error)"
      }
    }
    let encoded = Clipboard.encodedLength(of: request.text)
    let limit = type(of: terminal).clipboardLimit
    guard encoded <= limit else {
      return "not copied: \(request.description) is \(Clipboard.kilobytes(encoded)) kB, over the "
        + "\(Clipboard.kilobytes(limit)) kB terminals take through OSC 52; set copy_command"
    }
    terminal.copyToClipboard(request.text)
    return "copied \(request.description)"
  }

  /// Base64 characters for `text`'s UTF-8.
  static func encodedLength(of text: String) -> Int { (text.utf8.count + 2) / 3 * 4 }

  /// `bytes` in kilobytes (1000), rounded up.
  static func kilobytes(_ bytes: Int) -> Int { (bytes + 999) / 1000 }

  /// Why the copy command failed.
  struct CommandFailure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `command` with `/bin/sh -c`, `input` on its stdin, and waits up to two seconds for
  /// it (a command that stays on to serve the selection, as `xclip` does, is left running).
  ///
  /// - Throws: ``CommandFailure`` when it cannot start or exits with a failure status.
  static func run(_ command: String, input: String) throws {
    // A command that exits without reading its input must not kill the reader with SIGPIPE:
    // the write fails with EPIPE instead.
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw CommandFailure(description: "copy_command \"\(command)\" could not start")
    }
    var wroteAll = true
    do {
      try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
    } catch {
      wroteAll = false
    }
    try? stdin.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(2)
    while process.isRunning && Date() < deadline { usleep(2_000) }
    let status = process.isRunning ? 0 : process.terminationStatus
    guard status == 0 else {
      let reason = status == 127 ? "not found" : "exited with status \(status)"
      throw CommandFailure(description: "copy_command \"\(command)\" \(reason)")
    }
    guard wroteAll else {
      throw CommandFailure(description: "copy_command \"\(command)\" did not take the text")
    }
  }
}
