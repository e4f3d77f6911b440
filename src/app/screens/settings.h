/* Settings: text size, theme, reduced motion, full screen, TV mode, rumble, and Forget everything. */
#ifndef GA_SCREENS_SETTINGS_H
#define GA_SCREENS_SETTINGS_H

#include "app/screen.h"

extern const Screen SCREEN_SETTINGS;

#endif
