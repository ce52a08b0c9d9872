/// The version of digest, shown by `digest --version` and named in fetch's `User-Agent`.
///
/// The one place the version is written: raise it here for a release.
public enum DigestVersion {
  /// The version string (`0.2.0`).
  public static let current = "0.2.0"
}
