/* Moving between screens: the one module that knows every screen. A screen asks for a
 * place by what it is (nav_go, nav_open) or for what the session needs (nav_send,
 * nav_follow); it never names another screen or calls into it. The app starts here
 * (nav_start, nav_offer_resume). */
#ifndef GA_NAV_H
#define GA_NAV_H

#include "core/session.h"

#include <stdbool.h>

typedef struct App App;

/* The places a screen can ask for. The session's own screens (intro, card, cover,
 * reveal, summary, the break and the facilitator's pause) follow the session's state
 * through nav_follow instead. */
typedef enum Place {
    PLACE_TITLE,
    PLACE_HELP,
    PLACE_SETTINGS,
    PLACE_FORGET,    /* overlay: confirm, then delete every saved session and summary */
    PLACE_JOIN,      /* "press A to join": controllers take the two seats, then setup */
    PLACE_JOIN_OVER, /* overlay: the same during a session */
    PLACE_RECONNECT, /* overlay: a seated controller went away */
    PLACE_SETUP,     /* session setup, or the no-decks screen when no deck loaded */
    PLACE_PLANNER,   /* facilitated mode: choose and order scenarios */
    PLACE_MENU,      /* overlay: the session menu (continue, skip, end now, leave) */
    PLACE_KEYS,      /* Settings -> Keys: change the players' keys */
    PLACE_END_ASK,   /* overlay: "End the session now?", saying what a half-answered card loses */
    PLACE_COUNT
} Place;

/* Changes take effect after the current callback returns. */
void nav_go(App *app, Place place);            /* replaces every screen */
void nav_open(App *app, Place place);          /* an overlay over the current screen */
void nav_close(App *app);                      /* closes the top overlay: back to the screen below */
bool nav_showing(const App *app, Place place); /* on top */
bool nav_holds(const App *app, Place place);   /* on the stack, or about to be */

/* At launch: the title (on a first start, the language question before it). Once the decks are loaded, nav_offer_resume
 * puts the resume prompt over it when a session was left unfinished. */
void nav_start(App *app);
void nav_offer_resume(App *app);
/* "Play": the resume prompt when a session waits, else setup (or the no-decks screen). */
void nav_play(App *app);
/* Asks before quitting: the quit dialog over whatever shows (or quits if it already shows). */
void nav_ask_quit(App *app);

/* Sends an action to the session (game_apply) and brings the screens in line with its
 * new state. */
void nav_send(App *app, Action action);
/* Shows the screens the session's state asks for: its phase's screen, with the break or
 * the facilitator's pause over it (after a start, a resume or an action). */
void nav_follow(App *app);

#endif
