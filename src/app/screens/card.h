/* The card being answered, its picks kept hidden. */
#ifndef GA_SCREENS_CARD_H
#define GA_SCREENS_CARD_H

#include "app/screen.h"

extern const Screen SCREEN_CARD;

/* Whether the session's current card fits on screen at the app's size and text scale in
 * the card's most compact layout (nothing under the players' panels). The deck
 * checker's length limits are measured with it (tests/test_app_card_fit.c). */
bool card_fits(App *app);

#endif
