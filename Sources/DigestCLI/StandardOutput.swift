import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Standard output of every command: buffered, written with `write(2)`, its failures thrown.
///
/// Commands never call `print` or `FileHandle.standardOutput`: they write here, and
/// ``DigestCommand/runAndExit(_:)`` flushes what is left once the command is done. A failed
/// write is a ``Failure``: a full disk is reported as `digest: stdout: no space left on device`
/// (exit status 1); a closed pipe (`digest list | head -1`) ends the command quietly.
///
/// ```swift
/// try StandardOutput.shared.write("1912.11474\n")
/// try StandardOutput.shared.flush()   // only where a line must be out at once
/// ```
final class StandardOutput: @unchecked Sendable {
  /// A write to standard output that failed.
  struct Failure: Error, CustomStringConvertible, Equatable {
    /// The `errno` of the failed `write(2)`.
    var code: Int32

    /// The reader of a pipe has gone (`| head`): not worth a message.
    var isClosedPipe: Bool { code == EPIPE }

    /// `stdout: no space left on device`: the C library's text for the error, lowercased.
    var description: String {
      let reason = String(cString: strerror(code))
      return "stdout: " + reason.prefix(1).lowercased() + reason.dropFirst()
    }
  }

  /// The process's standard output.
  static let shared = StandardOutput(descriptor: STDOUT_FILENO)

  private let descriptor: Int32
  private let lock = NSLock()
  private var buffer: [UInt8] = []
  /// Bytes are written once this many are buffered.
  private let limit = 1 << 16

  private init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(limit)
  }

  /// Buffers `text`, writing the buffer out when it is full.
  ///
  /// - Throws: ``Failure`` when writing the full buffer fails.
  func write(_ text: String) throws(Failure) {
    let full = lock.withLock {
      buffer.append(contentsOf: text.utf8)
      return buffer.count >= limit
    }
    if full { try flush() }
  }

  /// Writes `line` and a newline.
  func line(_ line: String) throws(Failure) { try write(line + "\n") }

  /// Writes everything buffered.
  ///
  /// - Throws: ``Failure`` with the `errno` of the failed `write(2)`; what was not written is
  ///   dropped.
  func flush() throws(Failure) {
    let result: Int32? = lock.withLock {
      defer { buffer.removeAll(keepingCapacity: true) }
      var offset = 0
      while offset < buffer.count {
        let written = buffer.withUnsafeBytes { bytes -> Int in
          guard let base = bytes.baseAddress else { return 0 }
          return systemWrite(descriptor, base + offset, bytes.count - offset)
        }
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
    if let result { throw Failure(code: result) }
  }
}
