/* Session setup: who plays, in which languages, how, and what. */
#ifndef GA_SCREENS_SETUP_H
#define GA_SCREENS_SETUP_H

#include "app/screen.h"

extern const Screen SCREEN_SETUP;

#endif
