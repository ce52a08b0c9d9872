// Generated from the top-level Themes/ folder: do not edit. After changing a theme, run
// `RECORD_THEMES=1 swift test --filter BundledThemesTests` to write this file again.

/// The theme files of the top-level `Themes/` folder, embedded in the executable so they are
/// found wherever it runs.
public enum BundledThemes {
  /// Each file's name (without `.toml`) and text, byte for byte, sorted by name.
  public static let files: [(name: String, text: String)] = [
    (
      "default-dark",
      ##"""
# default-dark: the built-in theme, written out as a file to copy and change.
#
# Keys are the reader's style roles; each takes { fg, bg, modifiers, mono }:
#   fg, bg     a colour name (blue, bright-blue), a palette index 0-255, "#rrggbb",
#              or a name from [palette]; leave out for the terminal's own colour
#   modifiers  attributes with colour: bold, dim, italic, underline, reverse
#   mono       attributes instead of colour on terminals without it (and with NO_COLOR)
# A theme may start with `inherits = "other-theme"` and then names only what it changes.

normal = {}
"list.selected" = { fg = "white", bg = "blue", modifiers = ["bold"], mono = ["reverse"] }
"list.selected.inactive" = { fg = "blue", modifiers = ["bold", "underline"], mono = ["underline"] }
"list.unread" = { modifiers = ["bold"], mono = ["bold"] }
"list.read" = { modifiers = ["dim"], mono = [] }
star = { fg = "yellow", modifiers = ["bold"], mono = ["bold"] }
match = { fg = "black", bg = "yellow", mono = ["underline"] }
header = { fg = "cyan", modifiers = ["bold"], mono = ["bold", "underline"] }
divider = { fg = "blue" }
"detail.title" = { modifiers = ["bold"], mono = ["bold"] }
"detail.label" = { fg = "cyan", mono = ["dim"] }
"detail.link" = { fg = "blue", modifiers = ["underline"], mono = ["underline"] }
"detail.text" = {}
status = { fg = "black", bg = "white", mono = ["reverse"] }
"status.message" = { fg = "blue", bg = "white", modifiers = ["bold"], mono = ["reverse", "bold"] }
filter = { modifiers = ["bold"], mono = ["bold"] }
"filter.error" = { fg = "red", mono = ["underline"] }
help = {}
"help.key" = { fg = "yellow", modifiers = ["bold"], mono = ["bold"] }
note = { modifiers = ["italic"], mono = ["dim"] }
bold = { modifiers = ["bold"], mono = ["bold"] }
italic = { modifiers = ["italic"], mono = ["italic"] }
code = { fg = "green", mono = ["underline"] }

"""##
    ),
    (
      "default-light",
      ##"""
# default-light: the default theme for terminals with a light background.
inherits = "default-dark"

"list.selected" = { fg = "bright-white", bg = "blue", modifiers = ["bold"] }
"list.selected.inactive" = { fg = "blue", modifiers = ["bold", "underline"] }
star = { fg = "#af5f00", modifiers = ["bold"] }
match = { fg = "black", bg = "bright-yellow" }
header = { fg = "#005f87", modifiers = ["bold"] }
"detail.label" = { fg = "#005f87" }
status = { fg = "white", bg = "#4e4e4e" }
"status.message" = { fg = "bright-yellow", bg = "#4e4e4e", modifiers = ["bold"] }
"help.key" = { fg = "#af5f00", modifiers = ["bold"] }
code = { fg = "#005f00" }

"""##
    ),
    (
      "gruvbox",
      ##"""
# gruvbox: Pavel Pertsev's retro groove colours, dark variant.
normal = { fg = "fg1" }
"list.selected" = { fg = "bg0", bg = "yellow", modifiers = ["bold"] }
"list.selected.inactive" = { fg = "yellow", bg = "bg1", modifiers = ["bold"] }
"list.unread" = { fg = "fg0", modifiers = ["bold"] }
"list.read" = { fg = "gray" }
star = { fg = "orange", modifiers = ["bold"] }
match = { fg = "bg0", bg = "aqua" }
header = { fg = "blue", modifiers = ["bold"] }
divider = { fg = "bg2" }
"detail.title" = { fg = "fg0", modifiers = ["bold"] }
"detail.label" = { fg = "aqua" }
"detail.link" = { fg = "blue", modifiers = ["underline"] }
"detail.text" = { fg = "fg1" }
status = { fg = "fg1", bg = "bg1" }
"status.message" = { fg = "yellow", bg = "bg1", modifiers = ["bold"] }
filter = { fg = "fg0", modifiers = ["bold"] }
"filter.error" = { fg = "red" }
help = { fg = "fg1" }
"help.key" = { fg = "orange", modifiers = ["bold"] }
note = { fg = "gray", modifiers = ["italic"] }
bold = { fg = "fg0", modifiers = ["bold"] }
italic = { modifiers = ["italic"] }
code = { fg = "green" }

[palette]
bg0 = "#282828"
bg1 = "#3c3836"
bg2 = "#504945"
fg0 = "#fbf1c7"
fg1 = "#ebdbb2"
gray = "#928374"
red = "#fb4934"
green = "#b8bb26"
yellow = "#fabd2f"
blue = "#83a598"
purple = "#d3869b"
aqua = "#8ec07c"
orange = "#fe8019"

"""##
    ),
    (
      "high-contrast",
      ##"""
# high-contrast: bright basic colours on black, bold everywhere it helps; 16 colours suffice.
normal = { fg = "bright-white", bg = "black" }
"list.selected" = { fg = "black", bg = "bright-yellow", modifiers = ["bold"] }
"list.selected.inactive" = { fg = "bright-yellow", bg = "black", modifiers = ["bold", "underline"] }
"list.unread" = { fg = "bright-white", bg = "black", modifiers = ["bold"] }
"list.read" = { fg = "white", bg = "black" }
star = { fg = "bright-yellow", bg = "black", modifiers = ["bold"] }
match = { fg = "black", bg = "bright-cyan", modifiers = ["bold"] }
header = { fg = "bright-cyan", bg = "black", modifiers = ["bold", "underline"] }
divider = { fg = "bright-white", bg = "black" }
"detail.title" = { fg = "bright-white", bg = "black", modifiers = ["bold"] }
"detail.label" = { fg = "bright-cyan", bg = "black", modifiers = ["bold"] }
"detail.link" = { fg = "bright-green", bg = "black", modifiers = ["underline"] }
"detail.text" = { fg = "bright-white", bg = "black" }
status = { fg = "black", bg = "bright-white", modifiers = ["bold"] }
"status.message" = { fg = "black", bg = "bright-yellow", modifiers = ["bold"] }
filter = { fg = "bright-white", bg = "black", modifiers = ["bold"] }
"filter.error" = { fg = "bright-white", bg = "red", modifiers = ["bold"] }
help = { fg = "bright-white", bg = "black" }
"help.key" = { fg = "bright-yellow", bg = "black", modifiers = ["bold"] }
note = { fg = "bright-white", bg = "black", modifiers = ["italic"] }
bold = { fg = "bright-white", bg = "black", modifiers = ["bold"] }
italic = { fg = "bright-white", bg = "black", modifiers = ["italic"] }
code = { fg = "bright-green", bg = "black" }

"""##
    ),
    (
      "monochrome",
      ##"""
# monochrome: attributes only, no colour at all, the same on every terminal.
normal = {}
"list.selected" = { modifiers = ["reverse"], mono = ["reverse"] }
"list.selected.inactive" = { modifiers = ["underline"], mono = ["underline"] }
"list.unread" = { modifiers = ["bold"], mono = ["bold"] }
"list.read" = { modifiers = ["dim"], mono = ["dim"] }
star = { modifiers = ["bold"], mono = ["bold"] }
match = { modifiers = ["underline"], mono = ["underline"] }
header = { modifiers = ["bold", "underline"], mono = ["bold", "underline"] }
divider = {}
"detail.title" = { modifiers = ["bold"], mono = ["bold"] }
"detail.label" = { modifiers = ["dim"], mono = ["dim"] }
"detail.link" = { modifiers = ["underline"], mono = ["underline"] }
"detail.text" = {}
status = { modifiers = ["reverse"], mono = ["reverse"] }
"status.message" = { modifiers = ["reverse", "bold"], mono = ["reverse", "bold"] }
filter = { modifiers = ["bold"], mono = ["bold"] }
"filter.error" = { modifiers = ["underline"], mono = ["underline"] }
help = {}
"help.key" = { modifiers = ["bold"], mono = ["bold"] }
note = { modifiers = ["dim"], mono = ["dim"] }
bold = { modifiers = ["bold"], mono = ["bold"] }
italic = { modifiers = ["italic"], mono = ["italic"] }
code = { modifiers = ["underline"], mono = ["underline"] }

"""##
    ),
    (
      "nord",
      ##"""
# nord: Arctic Ice Studio's north-bluish palette.
normal = { fg = "nord4" }
"list.selected" = { fg = "nord6", bg = "nord10", modifiers = ["bold"] }
"list.selected.inactive" = { fg = "nord8", bg = "nord1", modifiers = ["bold"] }
"list.unread" = { fg = "nord6", modifiers = ["bold"] }
"list.read" = { fg = "nord3" }
star = { fg = "nord13", modifiers = ["bold"] }
match = { fg = "nord0", bg = "nord8" }
header = { fg = "nord9", modifiers = ["bold"] }
divider = { fg = "nord3" }
"detail.title" = { fg = "nord6", modifiers = ["bold"] }
"detail.label" = { fg = "nord7" }
"detail.link" = { fg = "nord8", modifiers = ["underline"] }
"detail.text" = { fg = "nord4" }
status = { fg = "nord4", bg = "nord2" }
"status.message" = { fg = "nord13", bg = "nord2", modifiers = ["bold"] }
filter = { fg = "nord6", modifiers = ["bold"] }
"filter.error" = { fg = "nord11" }
help = { fg = "nord4" }
"help.key" = { fg = "nord12", modifiers = ["bold"] }
note = { fg = "nord3", modifiers = ["italic"] }
bold = { fg = "nord6", modifiers = ["bold"] }
italic = { modifiers = ["italic"] }
code = { fg = "nord14" }

[palette]
nord0 = "#2e3440"
nord1 = "#3b4252"
nord2 = "#434c5e"
nord3 = "#4c566a"
nord4 = "#d8dee9"
nord6 = "#eceff4"
nord7 = "#8fbcbb"
nord8 = "#88c0d0"
nord9 = "#81a1c1"
nord10 = "#5e81ac"
nord11 = "#bf616a"
nord12 = "#d08770"
nord13 = "#ebcb8b"
nord14 = "#a3be8c"

"""##
    ),
    (
      "solarized-dark",
      ##"""
# solarized-dark: Ethan Schoonover's Solarized, for a dark (base03) background.
normal = { fg = "base0" }
"list.selected" = { fg = "base3", bg = "blue", modifiers = ["bold"] }
"list.selected.inactive" = { fg = "blue", bg = "base02", modifiers = ["bold"] }
"list.unread" = { fg = "base1", modifiers = ["bold"] }
"list.read" = { fg = "base01" }
star = { fg = "yellow", modifiers = ["bold"] }
match = { fg = "base03", bg = "yellow" }
header = { fg = "violet", modifiers = ["bold"] }
divider = { fg = "base01" }
"detail.title" = { fg = "base1", modifiers = ["bold"] }
"detail.label" = { fg = "cyan" }
"detail.link" = { fg = "blue", modifiers = ["underline"] }
"detail.text" = { fg = "base0" }
status = { fg = "base1", bg = "base02" }
"status.message" = { fg = "orange", bg = "base02", modifiers = ["bold"] }
filter = { fg = "base1", modifiers = ["bold"] }
"filter.error" = { fg = "red" }
help = { fg = "base0" }
"help.key" = { fg = "yellow", modifiers = ["bold"] }
note = { fg = "base01", modifiers = ["italic"] }
bold = { fg = "base1", modifiers = ["bold"] }
italic = { modifiers = ["italic"] }
code = { fg = "green" }

[palette]
base03 = "#002b36"
base02 = "#073642"
base01 = "#586e75"
base00 = "#657b83"
base0 = "#839496"
base1 = "#93a1a1"
base2 = "#eee8d5"
base3 = "#fdf6e3"
yellow = "#b58900"
orange = "#cb4b16"
red = "#dc322f"
magenta = "#d33682"
violet = "#6c71c4"
blue = "#268bd2"
cyan = "#2aa198"
green = "#859900"

"""##
    ),
    (
      "solarized-light",
      ##"""
# solarized-light: Solarized for a light (base3) background; the accents stay, the greys swap.
inherits = "solarized-dark"

normal = { fg = "base0" }
"list.selected" = { fg = "base3", bg = "blue", modifiers = ["bold"] }
"list.selected.inactive" = { fg = "blue", bg = "base02", modifiers = ["bold"] }
"list.unread" = { fg = "base1", modifiers = ["bold"] }
"list.read" = { fg = "base01" }
divider = { fg = "base01" }
"detail.title" = { fg = "base1", modifiers = ["bold"] }
"detail.text" = { fg = "base0" }
status = { fg = "base1", bg = "base02" }
"status.message" = { fg = "orange", bg = "base02", modifiers = ["bold"] }
filter = { fg = "base1", modifiers = ["bold"] }
help = { fg = "base0" }
note = { fg = "base01", modifiers = ["italic"] }
bold = { fg = "base1", modifiers = ["bold"] }

[palette]
base0 = "#657b83"
base1 = "#586e75"
base01 = "#93a1a1"
base02 = "#eee8d5"
base3 = "#fdf6e3"

"""##
    ),
  ]
}
