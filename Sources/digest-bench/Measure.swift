import Foundation

/// Wall-clock timing helpers for the benchmark executable.
enum Measure {
  /// Seconds taken by `body`.
  static func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// Runs `body` `runs` times and returns the sorted durations in seconds.
  static func samples(runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
    var result: [Double] = []
    result.reserveCapacity(runs)
    for _ in 0..<runs { result.append(try time(body)) }
    return result.sorted()
  }

  /// The `p`-quantile (0...1) of sorted samples.
  static func quantile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let index = min(sorted.count - 1, max(0, Int((Double(sorted.count) * p).rounded(.up)) - 1))
    return sorted[index]
  }

  /// Peak resident set size of this process so far, in bytes (`VmHWM`).
  static func peakResidentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.filter(\.isNumber)
      return (Int(digits) ?? 0) * 1024
    }
    return 0
  }

  /// Current resident set size in bytes (`VmRSS`).
  static func residentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
      let digits = line.filter(\.isNumber)
      return (Int(digits) ?? 0) * 1024
    }
    return 0
  }

  static func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
  static func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
}

/// One line of the report: a named figure, its value and the target it is held to.
struct Figure {
  var name: String
  var value: String
  var target: String
  var met: Bool?
}
