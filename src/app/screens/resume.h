/* The friendly screen shown when no deck loaded, and the prompt to resume a session left
 * unfinished. */
#ifndef GA_SCREENS_RESUME_H
#define GA_SCREENS_RESUME_H

#include "app/screen.h"

extern const Screen SCREEN_NODECKS;
extern const Screen SCREEN_RESUME;

#endif
