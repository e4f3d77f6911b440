/* The summary at the end of a session: the boundary map, ladder lines, what to talk about; saving it. */
#ifndef GA_SCREENS_SUMMARY_H
#define GA_SCREENS_SUMMARY_H

#include "app/screen.h"

extern const Screen SCREEN_SUMMARY;

#endif
