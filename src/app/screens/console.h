/* The facilitator's console on the in-session screens in facilitated mode: Skip, Back (to
 * the last reveal), Pause, the discussion timer (a minute shorter or longer, 1 to 10, kept
 * in settings), Show/Hide verdict words and End (which asks first), each with its key cap
 * (shortcuts.h); the timer itself; and the neutral screen its Pause shows. */
#ifndef GA_SCREENS_CONSOLE_H
#define GA_SCREENS_CONSOLE_H

#include "app/platform/input.h"
#include "app/screen.h"

#include <stdbool.h>
#include <stdint.h>

/* Whether the console shows: a facilitated session before its summary. */
bool console_active(const App *app);
void console_draw(App *app);
/* The console's clicks and shortcuts; true when it used the event. */
bool console_input(App *app, const InputEvent *ev);
/* The in-session screens' ticks call this with the logical time that passed while they
 * showed: the timer counts down and the scenario's time adds up, but only while the
 * discussion shows (a pause, a break or a menu over it stops both). While the timer runs
 * it asks the loop to wake at the next second on its reading, and no more often. */
void console_tick(App *app, uint32_t dt);
/* The console's left edge, for the header's title to stop at; negative when the console
 * takes the whole header row (large text on a small screen) and the title steps aside. */
float console_left(App *app);

/* Where the console's button for a command is (CMD_SKIP ... CMD_END; CMD_UP is the timer's
 * +, CMD_DOWN its -), or an empty rectangle: for tests that click like a facilitator. */
SDL_FRect console_button(App *app, int command);

extern const Screen SCREEN_PAUSED; /* overlay: the facilitator's neutral pause */

#endif
