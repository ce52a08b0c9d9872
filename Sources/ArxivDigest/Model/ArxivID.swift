/// An arXiv identifier without its version, the key a paper keeps across days and versions.
///
/// Both schemes are accepted: new style (`1912.11474`, `2602.01666`, five-digit numbers since
/// 2015) and old style (`cs/0412069`, `math.GT/0309136`). A version suffix (`v2`) is split off by
/// ``ArxivID/parse(_:)``.
///
/// ```swift
/// let (id, version) = ArxivID.parse("1912.11474v2")!   // (1912.11474, 2)
/// ```
public struct ArxivID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The identifier as arXiv writes it, without a version (`1912.11474`, `cs/0412069`).
  public let rawValue: String

  /// Creates an identifier from text that must be exactly an arXiv id without a version.
  ///
  /// Returns `nil` when `string` is not a well-formed id or carries a version.
  public init?(_ string: String) {
    guard let parsed = ArxivID.parse(string), parsed.version == nil else { return nil }
    self = parsed.id
  }

  init(unchecked rawValue: String) { self.rawValue = rawValue }

  public var description: String { rawValue }

  public static func < (lhs: ArxivID, rhs: ArxivID) -> Bool { lhs.rawValue < rhs.rawValue }

  public static func == (lhs: ArxivID, rhs: ArxivID) -> Bool { lhs.rawValue == rhs.rawValue }

  /// Hashes the id's bytes: ids are ASCII, so byte equality is `String` equality, and hashing
  /// bytes skips `String`'s Unicode-aware hashing (a library indexes 50,000 of them).
  public func hash(into hasher: inout Hasher) {
    var text = rawValue
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let id = ArxivID(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not an arXiv id: \(text)")
    }
    self = id
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Splits text such as `1912.11474v2` or `cs/0412069v1` into an id and an optional version.
  ///
  /// Returns `nil` when the text is not a well-formed arXiv id (optionally followed by `vN`).
  public static func parse(_ string: String) -> (id: ArxivID, version: Int?)? {
    Array(string.utf8).withUnsafeBufferPointer { parse(utf8: $0) }
  }

  /// Byte-level form of ``parse(_:)`` used by the parsers (not generic, so it stays cheap on
  /// the parsers' hot path).
  static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (id: ArxivID, version: Int?)? {
    var end = bytes.count
    var version: Int?
    // Split a trailing `v<digits>`.
    var cursor = end
    while cursor > 0, isDigit(bytes[cursor - 1]) { cursor -= 1 }
    if cursor < end, cursor > 0, bytes[cursor - 1] == UInt8(ascii: "v") {
      var value = 0
      for byte in bytes[cursor..<end] {
        value = value &* 10 &+ Int(byte - 48)
        if value > 1_000_000 { return nil }
      }
      guard end - cursor <= 6 else { return nil }
      version = value
      end = cursor - 1
    }
    let core = UnsafeBufferPointer(rebasing: bytes[0..<end])
    guard isNewStyle(core) || isOldStyle(core) else { return nil }
    return (ArxivID(unchecked: String(decoding: core, as: UTF8.self)), version)
  }

  /// `YYMM.NNNN` or `YYMM.NNNNN`.
  private static func isNewStyle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    guard count == 9 || count == 10 else { return false }
    guard bytes[4] == UInt8(ascii: ".") else { return false }
    for index in 0..<count where index != 4 {
      if !isDigit(bytes[index]) { return false }
    }
    let month = Int(bytes[2] - 48) * 10 + Int(bytes[3] - 48)
    return (1...12).contains(month)
  }

  /// `archive(.SUBJ)?/YYMMNNN`, e.g. `cs/0412069`, `math.GT/0309136`, `hep-th/9901001`.
  private static func isOldStyle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return false }
    let archive = bytes[0..<slash]
    let number = bytes[(slash + 1)...]
    guard number.count == 7, number.allSatisfy(isDigit) else { return false }
    guard !archive.isEmpty, archive.count <= 16 else { return false }
    guard let first = archive.first, isLower(first) else { return false }
    for byte in archive {
      guard isLower(byte) || isUpper(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      else { return false }
    }
    return true
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
  @inline(__always) private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
  @inline(__always) private static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
}
