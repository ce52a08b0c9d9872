/// The result of cleaning one field: the text, and where its input first broke UTF-8.
struct CleanedText {
  /// The clean text.
  var text: String
  /// Offset in the input bytes of the first byte that was not valid UTF-8, if any.
  var firstInvalidByte: Int?
}
