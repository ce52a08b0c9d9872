#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// No pkg-config for ncursesw (SwiftPM prohibits its -D flags, with a warning per build):
// module.modulemap links ncursesw, and the wide-character API (cchar_t, get_wch,
// mvaddwstr, ...) is switched on here, before curses.h.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>
#include <string.h>

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

// Mouse masks are macros built from shifts, which Swift does not import.
static const mmask_t CN_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t CN_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t CN_BUTTON5_PRESSED = BUTTON5_PRESSED;

// The escape sequences that set attributes and a colour pair, captured instead of written
// (vid_puts takes an output function without context, so the capture is a static buffer).
// (Function-local statics: a static array at file scope is not emitted for Swift.)
static char *cn_capture_buffer(void) {
  static char buffer[512];
  return buffer;
}

static int *cn_capture_length(void) {
  static int length;
  return &length;
}

static int cn_capture_character(int character) {
  int *length = cn_capture_length();
  if (*length < 512) { cn_capture_buffer()[(*length)++] = (char)character; }
  return character;
}

/// Writes into `out` (at most `capacity` bytes) what sets `attributes` and colour `pair`;
/// returns the byte count. Also updates what curses believes the terminal's attributes are.
static inline int cn_attribute_sequence(attr_t attributes, int pair, char *out, int capacity) {
  *cn_capture_length() = 0;
  vid_puts(attributes, (short)pair, NULL, cn_capture_character);
  int count = *cn_capture_length() < capacity ? *cn_capture_length() : capacity;
  memcpy(out, cn_capture_buffer(), (size_t)count);
  return count;
}

// MARK: - Signals
//
// Stop requests (SIGINT, SIGTERM, SIGHUP, SIGQUIT) only set a flag: the key loop polls it and restores
// the terminal on the normal path. No SA_RESTART, so a blocked read returns early.

#include <signal.h>
#include <string.h>
#include <pthread.h>

static volatile sig_atomic_t cn_stop_signal = 0;

static void cn_on_stop_signal(int signal_number) { cn_stop_signal = signal_number; }

/// Installs the stop handlers and unblocks the signals the reader relies on.
static inline void cn_install_stop_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cn_on_stop_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  sigaction(SIGQUIT, &action, NULL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGQUIT);
  sigaddset(&set, SIGWINCH);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/// Forgets a SIGINT that arrived while another program (a text-mode browser) had the
/// terminal: its Ctrl-C was meant for that program.
static inline void cn_forget_interrupt(void) {
  if (cn_stop_signal == SIGINT) cn_stop_signal = 0;
}

/// The stop signal received since the last call (0 for none), clearing it.
static inline int cn_take_stop_signal(void) {
  int received = cn_stop_signal;
  cn_stop_signal = 0;
  return received;
}

// A crash leaves curses first, then hands the signal to whoever handled it before (the Swift
// runtime's backtracer, or the default action).
static struct sigaction *cn_previous_crash_action(int signal_number) {
  static struct sigaction actions[NSIG];
  return &actions[signal_number];
}

static void cn_replay_standard_error(void);

static void cn_on_crash(int signal_number) {
  endwin();
  cn_replay_standard_error();
  sigaction(signal_number, cn_previous_crash_action(signal_number), NULL);
  raise(signal_number);
}

/// Installs the crash handlers that restore the terminal.
static inline void cn_install_crash_handlers(void) {
  const int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cn_on_crash;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) {
    sigaction(signals[index], &action, cn_previous_crash_action(signals[index]));
  }
}

// MARK: - Terminal modes

#include <termios.h>
#include <unistd.h>
#include <stdlib.h>

/// Turns off XON/XOFF flow control on terminal `fd`, so Ctrl-S and Ctrl-Q reach the reader
/// instead of freezing the output. Returns 0, or -1 when the modes cannot be read or set.
static inline int cn_disable_flow_control(int fd) {
  struct termios modes;
  if (tcgetattr(fd, &modes) != 0) return -1;
  modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
  return tcsetattr(fd, TCSANOW, &modes);
}

// MARK: - Standard error while the screen is shown
//
// Anything written to stderr while curses owns the screen (a runtime error message before a
// crash, a library's warning) would be painted over the reader and then lost with the
// alternate screen. So stderr goes to an unlinked temporary file while the reader runs and is
// copied to the real stderr once the terminal is restored (on close, suspend, or a crash:
// these functions are async-signal-safe).

static volatile sig_atomic_t cn_saved_stderr = -1;
static volatile sig_atomic_t cn_stderr_file = -1;

/// Sends stderr to a temporary file; returns 0, or -1 (stderr left as it was).
static inline int cn_capture_standard_error(void) {
  if (cn_saved_stderr >= 0) return 0;
  char name[] = "/tmp/digest-stderr-XXXXXX";
  int file = mkstemp(name);
  if (file < 0) return -1;
  unlink(name);
  int saved = dup(2);
  if (saved < 0 || dup2(file, 2) < 0) {
    if (saved >= 0) close(saved);
    close(file);
    return -1;
  }
  cn_stderr_file = file;
  cn_saved_stderr = saved;
  // An exit that skips closing the terminal still prints what was held back.
  static int registered = 0;
  if (!registered) {
    registered = 1;
    atexit(cn_replay_standard_error);
  }
  return 0;
}

/// Gives stderr back and writes to it what was captured.
static void cn_replay_standard_error(void) {
  int saved = cn_saved_stderr;
  int file = cn_stderr_file;
  if (saved < 0 || file < 0) return;
  cn_saved_stderr = -1;
  cn_stderr_file = -1;
  dup2(saved, 2);
  close(saved);
  char buffer[4096];
  off_t offset = 0;
  for (;;) {
    ssize_t count = pread(file, buffer, sizeof buffer, offset);
    if (count <= 0) break;
    offset += count;
    ssize_t done = 0;
    while (done < count) {
      ssize_t written = write(2, buffer + done, (size_t)(count - done));
      if (written <= 0) break;
      done += written;
    }
  }
  close(file);
}

/// `cn_replay_standard_error` for Swift (static functions with a forward declaration only are
/// not imported).
static inline void cn_release_standard_error(void) { cn_replay_standard_error(); }

// MARK: - Function-like macros

static inline int cn_key_f(int number) { return KEY_F(number); }

#endif
