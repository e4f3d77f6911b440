/* Help: how a round works, the controls, and the safety note. */
#ifndef GA_SCREENS_HELP_H
#define GA_SCREENS_HELP_H

#include "app/screen.h"

extern const Screen SCREEN_HELP;

#endif
