/* The first start's question: which language to play in (settings.ini keeps it). */
#ifndef GA_SCREENS_LANGUAGE_H
#define GA_SCREENS_LANGUAGE_H

#include "app/screen.h"

extern const Screen SCREEN_LANGUAGE;

#endif
