import Foundation

/// Results of `DispatchQueue.concurrentPerform` iterations, collected by index under a lock:
/// the one helper the parser, the index and the loader share for their parallel work.
///
/// ```swift
/// let results = ParallelResults<Int>(count: 4)
/// DispatchQueue.concurrentPerform(iterations: 4) { index in results.set(index, index * index) }
/// let squares = results.take()  // [0, 1, 4, 9]
/// ```
///
/// Each iteration stores its own slot; the lock makes the stores safe whatever `Value` is
/// (hence `@unchecked Sendable`). Read the results once every iteration has returned.
public final class ParallelResults<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  /// Room for `count` results, none set yet.
  public init(count: Int) {
    slots = Array(repeating: nil, count: max(0, count))
  }

  /// Stores the result of iteration `index` (ignored when out of range).
  public func set(_ index: Int, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    guard slots.indices.contains(index) else { return }
    slots[index] = value
  }

  /// The results set so far, in index order, skipping slots never set.
  public var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }

  /// ``values``, moved out: the collector keeps no reference to them, so the caller can
  /// change them without a copy.
  public func take() -> [Value] {
    lock.lock()
    defer { lock.unlock() }
    var taken: [Value?] = []
    swap(&taken, &slots)
    return taken.compactMap { $0 }
  }
}
