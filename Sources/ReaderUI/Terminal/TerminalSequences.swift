import Foundation

/// The escape sequences a terminal backend writes beside the cells: OSC 52 (clipboard) and
/// OSC 8 (hyperlinks). Pure, so the bytes can be checked without a terminal.
///
/// ```swift
/// TerminalSequences.clipboard("1912.11474")   // "\u{1B}]52;c;MTkxMi4xMTQ3NA==\u{07}"
/// ```
public enum TerminalSequences {
  /// `ESC ] 52 ; c ; <base64 of text> BEL`: puts `text` on the clipboard.
  public static func clipboard(_ text: String) -> String {
    "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
  }

  /// `ESC ] 8 ; ; <url> ESC \`: the following text links to `url`. Characters a URL may
  /// not hold raw (controls, spaces, non-ASCII) are percent-encoded so nothing can end the
  /// sequence early.
  public static func hyperlinkStart(_ url: String) -> String {
    "\u{1B}]8;;" + safeURL(url) + "\u{1B}\\"
  }

  /// `ESC ] 8 ; ; ESC \`: ends the link.
  public static let hyperlinkEnd = "\u{1B}]8;;\u{1B}\\"

  /// `ESC [ row ; column H`, 0-based arguments: moves the cursor.
  public static func moveCursor(row: Int, column: Int) -> String {
    "\u{1B}[\(row + 1);\(column + 1)H"
  }

  /// `url` with bytes outside printable ASCII, and spaces, percent-encoded.
  static func safeURL(_ url: String) -> String {
    var out = ""
    for byte in url.utf8 {
      if byte > 0x20 && byte < 0x7F {
        out.append(Character(Unicode.Scalar(byte)))
      } else {
        out += String(format: "%%%02X", byte)
      }
    }
    return out
  }
}
