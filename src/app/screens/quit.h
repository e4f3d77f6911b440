/* The quit dialog, over whatever is showing; staying is the default. */
#ifndef GA_SCREENS_QUIT_H
#define GA_SCREENS_QUIT_H

#include "app/screen.h"

extern const Screen SCREEN_QUIT;

#endif
