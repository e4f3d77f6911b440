/* The break (hides the card completely) and the session menu, overlays either player can call. */
#ifndef GA_SCREENS_BREAK_H
#define GA_SCREENS_BREAK_H

#include "app/screen.h"

extern const Screen SCREEN_BREAK;
extern const Screen SCREEN_MENU;

#endif
