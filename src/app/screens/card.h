/* The scenario's intro, the card being answered (picks kept hidden), and the take-turns cover. */
#ifndef GA_SCREENS_CARD_H
#define GA_SCREENS_CARD_H

#include "app/screen.h"

extern const Screen SCREEN_INTRO;
extern const Screen SCREEN_CARD;
extern const Screen SCREEN_COVER;

#endif
