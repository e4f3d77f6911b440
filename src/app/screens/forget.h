/* "Forget everything": an overlay that asks first, then deletes every saved session,
 * summary and leftover file, and says what went. */
#ifndef GA_SCREENS_FORGET_H
#define GA_SCREENS_FORGET_H

#include "app/screen.h"

extern const Screen SCREEN_FORGET;

#endif
