#ifndef LECTERN_CREADLINE_SHIM_H
#define LECTERN_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 refuses to read or write readline's mutable C globals, so every access goes through these. */

static inline void lectern_rl_set_readline_name(void) { rl_readline_name = "lectern"; }

static inline void lectern_rl_set_attempted_completion_function(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

/* Set from inside the completion function: no file-name completion when we have no match. */
static inline void lectern_rl_set_attempted_completion_over(int value) { rl_attempted_completion_over = value; }

static inline void lectern_rl_set_getc_function(rl_getc_func_t *function) { rl_getc_function = function; }

static inline void lectern_rl_set_catch_signals(int value) { rl_catch_signals = value; }

/* Readline otherwise calls setenv(LINES/COLUMNS) on every resize, which is not thread-safe. */
static inline void lectern_rl_set_change_environment(int value) { rl_change_environment = value; }

/* Readline >= 8.1 brackets every prompt with paste-mode escape codes unless this is off. */
static inline int lectern_rl_disable_bracketed_paste(void) {
    return rl_variable_bind("enable-bracketed-paste", "off");
}

/* Puts the cursor after the last character, so a final redisplay leaves it on the line's last row. */
static inline void lectern_rl_move_point_to_end(void) { rl_point = rl_end; }

/* Lets bytes above 127 through as text instead of Meta keys or \351 escapes, for a locale that is not UTF-8. */
static inline void lectern_rl_pass_eight_bit_bytes(void) {
    rl_variable_bind("input-meta", "on");
    rl_variable_bind("output-meta", "on");
    rl_variable_bind("convert-meta", "off");
}

static inline const char *lectern_rl_line_buffer(void) { return rl_line_buffer; }

/* How many characters the line being edited holds. */
static inline int lectern_rl_line_length(void) { return rl_end; }

/* Reads a line with an empty history, so Up, Down and Ctrl-R find nothing, then puts the history back exactly as it
   was: used for answers, which must not be offered earlier answers or commands. */
static inline char *lectern_readline_without_history(const char *prompt) {
    HISTORY_STATE *saved = history_get_history_state();
    if (saved == NULL) return readline(prompt);
    HISTORY_STATE empty = {0};
    history_set_history_state(&empty);
    char *line = readline(prompt);
    history_set_history_state(saved);
    free(saved);
    return line;
}

/* Ends the line readline is showing and flushes, so later output starts on a fresh line. */
static inline void lectern_rl_finish_line(void) {
    rl_crlf();
    fflush(rl_outstream);
}

static inline int lectern_history_count(void) { return history_length; }

/* The newest history entry, or NULL when the history is empty. */
static inline const char *lectern_history_last_line(void) {
    if (history_length <= 0) return NULL;
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry == NULL ? NULL : entry->line;
}

/* Installs `handler` for `signal_number` without SA_RESTART, so a blocked poll() returns EINTR. */
static inline int lectern_install_signal_handler(int signal_number, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    action.sa_handler = handler;
    action.sa_flags = 0;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, previous);
}

static inline int lectern_restore_signal_handler(int signal_number, const struct sigaction *previous) {
    return sigaction(signal_number, previous, NULL);
}

#endif
