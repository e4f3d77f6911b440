/* Messages for the players: notices kept for the title screen ("Skipped broken deck ..."),
 * and a toast, a short message over whatever is showing. Both are also logged. */
#ifndef GA_NOTICE_H
#define GA_NOTICE_H

#include <stdbool.h>

typedef struct App App;

/* Adds a notice (app->notices); when they no longer fit, the last one says so. */
void notice_add(App *app, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void notice_dismiss(App *app); /* drops the oldest */

/* Shows msg for a few seconds over every screen. */
void notice_toast(App *app, const char *msg);
bool notice_toast_showing(const App *app);
void notice_draw_toast(App *app);

#endif
