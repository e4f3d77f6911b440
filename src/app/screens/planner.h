/* Facilitated mode's planner: choose and order the session's scenarios, save and open plans. */
#ifndef GA_SCREENS_PLANNER_H
#define GA_SCREENS_PLANNER_H

#include "app/screen.h"

extern const Screen SCREEN_PLANNER;

#endif
