/* The title screen: the wordmark, Play / Settings / Help / Quit, and the notices banner. */
#ifndef GA_SCREENS_TITLE_H
#define GA_SCREENS_TITLE_H

#include "app/screen.h"

extern const Screen SCREEN_TITLE;

#endif
