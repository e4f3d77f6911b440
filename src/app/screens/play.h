/* What the in-session screens (card.c, reveal.c, break.c) share: the header with the
 * scenario's title, card text with the names filled in, the footer with its hints, the
 * corner buttons and the facilitator's console, the input they all handle, and their
 * ticks. */
#ifndef GA_SCREENS_PLAY_H
#define GA_SCREENS_PLAY_H

#include "app/platform/input.h"

#include <SDL.h>
#include "core/session.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct App App;

/* The footer's name for the two leave-out keys (a controller shows its stick instead). */
#define PLAY_VETO_KEYS "5 / \xE2\x88\x92"

enum {
    PLAY_REVEAL_MS = 900,        /* the reveal's markers slide out this long */
    PLAY_PROMPTS_DELAY_MS = 500, /* then its notes and prompts fade in */
    PLAY_COMPACT_LH = 560,       /* below this many layout units of height, the compact bottom row */
};

/* The header strip: the scenario's title, and its theme and number (or the console). */
void play_header(App *app);
/* text with the players' names filled in, into out (initialised here; never NULL data). */
void play_fill(const Session *s, const char *text, StrBuf *out);
/* The width card text and questions wrap at. */
float play_content_w(const App *app);
/* The footer: the hints (a controller's buttons when both players hold one), the Break
 * and Menu corner buttons, and the facilitator's console. */
void play_footer(App *app, const char *const *items, int n);
/* Input every in-session screen shares: the console, the corner buttons, answers, take
 * back, break, Esc. Returns true when it used the event. */
bool play_common_input(App *app, const InputEvent *ev);
/* Screen ticks: the intro and the reveal animate while they come in; both, and the
 * cover, move the facilitator's timer on (console_tick). Every in-session tick also runs
 * the leave-out hold and its undo offer (play_veto_tick, true while either shows). */
bool play_entry_tick(App *app, uint32_t dt);
bool play_console_tick(App *app, uint32_t dt);
bool play_veto_tick(App *app);
/* Whether the screen is short for its text (big text on a small window): the players'
 * panels then sit slim in the bottom row, where the footer's hints would be. */
bool play_compact(const App *app);
/* Where a player's status panel sits at the bottom of the screen (the card draws it;
 * the leave-out ring fills there on every in-session screen). */
SDL_FRect play_panel_rect(const App *app, int player);

#endif
