/* The scenario's intro and the take-turns cover: the screens before a card. */
#ifndef GA_SCREENS_INTRO_H
#define GA_SCREENS_INTRO_H

#include "app/screen.h"

extern const Screen SCREEN_INTRO;
extern const Screen SCREEN_COVER;

#endif
