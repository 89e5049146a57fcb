#ifndef ALONGSIDE_CREADLINE_SHIM_H
#define ALONGSIDE_CREADLINE_SHIM_H
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Lets Alongside handle SIGINT/SIGTERM itself; readline only tracks window size changes.
static inline void alongside_readline_setup(void) {
    rl_catch_signals = 0;
    rl_catch_sigwinch = 1;
    rl_readline_name = "alongside";
    using_history();
}
#endif
