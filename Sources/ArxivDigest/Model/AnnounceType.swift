/// How arXiv announced a paper on a listing day, as its RSS feed says.
///
/// A fetched digest records it in an `- **Announce Type**: new` bullet; ``Paper/announceType``
/// holds it, and the filter language's `is:new`, `is:cross` and `is:replaced` select by it.
///
/// ```swift
/// AnnounceType(rawValue: "replace-cross")  // .replaceCross
/// AnnounceType.replaceCross.isReplacement   // true
/// ```
public enum AnnounceType: String, Hashable, Sendable, CaseIterable {
  /// A new submission whose primary category is the listing's.
  case new
  /// A new submission cross-listed from another primary category.
  case cross
  /// A new version of a paper in the listing's category.
  case replace
  /// A new version of a paper cross-listed to the listing's category.
  case replaceCross = "replace-cross"

  /// `true` for ``replace`` and ``replaceCross``: a new version, not a new paper.
  public var isReplacement: Bool {
    switch self {
    case .new, .cross: return false
    case .replace, .replaceCross: return true
    }
  }
}
