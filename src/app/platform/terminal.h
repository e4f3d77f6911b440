/* The terminal: every line the game writes to stdout or stderr goes through here, with the
 * control characters of whatever it quotes escaped (str_escape), so a pack, zip entry,
 * deck or replay name cannot move the cursor, recolour the terminal or forge a line. */
#ifndef GA_TERMINAL_H
#define GA_TERMINAL_H

#include <stdio.h>

/* Routes SDL_Log through the escaping (call once, first thing). */
void terminal_install(void);
/* Writes line, escaped, and a newline to out. */
void terminal_line(FILE *out, const char *line);
/* Writes "grayarea: <message>" to stderr, escaped. */
void terminal_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

#endif
