/* Controllers taking the two seats: the join screen (and the same as an overlay during a
 * session), and the reconnect overlay while a seat waits for its controller. */
#ifndef GA_SCREENS_JOIN_H
#define GA_SCREENS_JOIN_H

#include "app/screen.h"

extern const Screen SCREEN_JOIN;
extern const Screen SCREEN_JOIN_OVER;
extern const Screen SCREEN_RECONNECT;

#endif
