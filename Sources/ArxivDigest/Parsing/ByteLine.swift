/// One line of an input file as offsets into its bytes.
///
/// `end` excludes the line break (`\n` or `\r\n`) and trailing spaces and tabs. Lines are split on
/// the bytes `\n` only, so U+0085 and other C1 characters never end a line.
struct ByteLine {
  /// Offset of the line's first byte.
  var start: Int
  /// Offset after the line's last byte that is not a break, space or tab.
  var end: Int
  /// 1-based line number.
  var number: Int

  var isBlank: Bool { end == start }
  var count: Int { end - start }

  /// The 1-based column of `offset` in this line (columns count bytes).
  func column(of offset: Int) -> Int { offset - start + 1 }
}
