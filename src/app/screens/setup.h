/* Session setup, the friendly screen shown when no deck loaded, and the prompt to resume
 * a session left unfinished. */
#ifndef GA_SCREENS_SETUP_H
#define GA_SCREENS_SETUP_H

#include "app/screen.h"

extern const Screen SCREEN_SETUP;
extern const Screen SCREEN_NODECKS;
extern const Screen SCREEN_RESUME;

#endif
