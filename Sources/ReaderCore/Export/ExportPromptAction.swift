/// Keys of the export prompt, sent as ``ReaderAction/export(_:)``; typing into the path is
/// ``ReaderAction/editExportPath(_:)``.
public enum ExportPromptAction: Hashable, Sendable {
  /// The next format.
  case nextFormat
  /// The previous format.
  case previousFormat
  /// Deletes the path's last character.
  case deleteCharacter
  /// Deletes the path's last word: back to the previous `/`, `-`, `.` or space.
  case deleteWord
  /// Empties the path.
  case clearPath
  /// Writes the export (refusing to overwrite a file).
  case confirm
  /// Writes the export over the existing file, after the prompt asked.
  case overwrite
  /// Adds the papers the existing file does not have to its end, after the prompt asked.
  case append
  /// Keeps the existing file and returns to editing the path.
  case keepFile
  /// Closes the prompt without exporting.
  case cancel
}
