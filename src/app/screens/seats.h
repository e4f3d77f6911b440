/* Controllers and the two seats, as the screens follow them: a controller taking a seat
 * brings the TV layout, a third one is told the seats are taken, one knocking during a
 * session gets the join overlay, a seat waiting for its lost controller gets the
 * reconnect overlay, and a lock-in on a controller gives a short buzz. */
#ifndef GA_SEATS_H
#define GA_SEATS_H

#include "app/platform/input.h"

#include <stdbool.h>

typedef struct App App;

/* Tells pads.c what a controller's press means on what is showing now (joining a seat,
 * during a session). Call before pads_translate. */
void seats_prepare(App *app);
/* Applies an INPUT_PAD change: the seats, the layout, the toast, the join overlay; the
 * seat screens (join, reconnect) also get the event. */
void seats_changed(App *app, const InputEvent *ev);
/* The reconnect overlay shows while a seat waits for its controller during a session
 * and goes once none waits; the controllers' lights follow the players' colours. */
void seats_follow(App *app);

/* What an answer can change, to tell whether a controller's press locked something in. */
typedef struct SeatPicks {
    int phase, round, n_records, pick[2];
    bool locked[2];
} SeatPicks;

SeatPicks seats_picks(const App *app);
/* A short buzz on player's controller when the answer since before locked in or moved
 * the session on, so nobody has to look at the screen. */
void seats_buzz(App *app, int player, SeatPicks before);

#endif
