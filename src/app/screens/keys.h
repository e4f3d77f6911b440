/* Settings -> Keys: each player's keys and the shared ones, changed one at a time. */
#ifndef GA_SCREENS_KEYS_H
#define GA_SCREENS_KEYS_H

#include "app/screen.h"

extern const Screen SCREEN_KEYS;

#endif
