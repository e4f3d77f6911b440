/* The terminal output of the game and the checker, escaped in one place. */
#include "app/platform/terminal.h"

#include "core/util.h"

#include <SDL.h>
#include <stdarg.h>
#include <string.h>

void terminal_line(FILE *out, const char *line) {
    StrBuf b;
    strbuf_init(&b);
    str_escape(&b, line, strlen(line));
    fprintf(out, "%s\n", b.failed || !b.data ? "(out of memory)" : b.data);
    strbuf_free(&b);
}

void terminal_error(const char *fmt, ...) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "grayarea: ");
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&b, fmt, ap);
    va_end(ap);
    terminal_line(stderr, b.failed || !b.data ? "grayarea: (out of memory)" : b.data);
    strbuf_free(&b);
}

static void SDLCALL log_line(void *user, int category, SDL_LogPriority priority, const char *message) {
    (void)user;
    (void)category;
    static const char *const NAMES[SDL_NUM_LOG_PRIORITIES] = {"",     "VERBOSE", "DEBUG",   "INFO",
                                                              "WARN", "ERROR",   "CRITICAL"};
    const char *level = priority > 0 && priority < SDL_NUM_LOG_PRIORITIES ? NAMES[priority] : "LOG";
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "%s: %s", level, message ? message : "");
    terminal_line(stderr, b.failed || !b.data ? "(out of memory)" : b.data);
    strbuf_free(&b);
}

void terminal_install(void) { SDL_LogSetOutputFunction(log_line, NULL); }
