/* The reveal: where each of you landed, the verdict, notes on mirror gaps and guesses,
 * and what to talk about. */
#ifndef GA_SCREENS_REVEAL_H
#define GA_SCREENS_REVEAL_H

#include "app/screen.h"

extern const Screen SCREEN_REVEAL;

#endif
