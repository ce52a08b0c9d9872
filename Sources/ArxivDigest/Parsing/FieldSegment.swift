/// A piece of a field's text on one line; a field wrapped over lines has several.
struct FieldSegment {
  /// Offset of the first byte of the piece.
  var start: Int
  /// Offset after the last byte of the piece.
  var end: Int
  /// The line the piece is on, for locating problems inside it.
  var line: ByteLine
}
