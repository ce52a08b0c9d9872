#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API (cchar_t, get_wch,
// mvaddwstr, ...) must be switched on here, before curses.h.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>

// Not visible through Swift's Glibc module (guarded by __USE_XOPEN there).
extern int wcwidth(wchar_t c);

// Attribute macros are built from casts and shifts, which Swift does not import.
static const attr_t CN_A_NORMAL    = A_NORMAL;
static const attr_t CN_A_STANDOUT  = A_STANDOUT;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_REVERSE   = A_REVERSE;
static const attr_t CN_A_BLINK     = A_BLINK;
static const attr_t CN_A_DIM       = A_DIM;
static const attr_t CN_A_BOLD      = A_BOLD;
static const attr_t CN_A_ITALIC    = A_ITALIC;

#endif
