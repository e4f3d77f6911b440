/* The break (hides the card completely) and the session menu, overlays either player can
 * call, and the question before ending a session early. */
#ifndef GA_SCREENS_BREAK_H
#define GA_SCREENS_BREAK_H

#include "app/screen.h"

extern const Screen SCREEN_BREAK;
extern const Screen SCREEN_MENU;
extern const Screen SCREEN_END_ASK; /* "End the session now?" from the menu or the console */

#endif
