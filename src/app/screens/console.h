/* The facilitator's console on the in-session screens in facilitated mode: Skip, Back (to
 * the last reveal), Pause, a 3-minute discussion Timer, Show/Hide verdict words and End;
 * and the neutral screen its Pause shows. */
#ifndef GA_SCREENS_CONSOLE_H
#define GA_SCREENS_CONSOLE_H

#include "app/platform/input.h"
#include "app/screen.h"

#include <stdbool.h>

/* Whether the console shows: a facilitated session before its summary. */
bool console_active(const App *app);
void console_draw(App *app);
/* The console's clicks; true when one landed on it. */
bool console_input(App *app, const InputEvent *ev);
/* While the timer runs, screens redraw so the countdown moves. */
bool console_ticking(const App *app);
/* The console's left edge, for the header to stop at. */
float console_left(const App *app);

extern const Screen SCREEN_PAUSED; /* overlay: the facilitator's neutral pause */

#endif
