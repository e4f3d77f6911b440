/* The in-session screens: intro, card, take-turns cover, reveal, break, session menu, summary. */
#ifndef GA_PLAY_H
#define GA_PLAY_H

#include "app/screen.h"
#include "core/session.h"

extern const Screen SCREEN_INTRO;
extern const Screen SCREEN_CARD;
extern const Screen SCREEN_COVER;
extern const Screen SCREEN_REVEAL;
extern const Screen SCREEN_BREAK; /* overlay */
extern const Screen SCREEN_MENU;  /* overlay: continue, end now, leave */
extern const Screen SCREEN_SUMMARY;
extern const Screen SCREEN_SETUP;
extern const Screen SCREEN_NODECKS;
extern const Screen SCREEN_RESUME;
extern const Screen SCREEN_PLANNER; /* facilitated mode: choose and order scenarios */
extern const Screen SCREEN_PAUSED;
extern const Screen SCREEN_FORGET;             /* overlay: confirm, then delete every saved session and summary */
/* overlay: the facilitator's neutral pause */ /* overlay: resume the autosaved session or start fresh */

/* Sends an action to the session and brings the screens in line with the new state. */
void play_send(App *app, Action a);
/* At launch: when a session was left unfinished, offers to resume it. */
void play_offer_resume(App *app);
/* Shows the screen that matches the session's state (after a start or a resume). */
void play_follow(App *app);
/* Handles input every in-session screen shares: answers, take back, break, Esc. Returns
 * true when it used the event. */
bool play_common_input(App *app, const InputEvent *ev);

/* The facilitator's console on in-session screens (facilitated mode only). */
bool play_console_active(const App *app);
void play_draw_console(App *app);
bool play_console_input(App *app, const InputEvent *ev);
bool play_console_ticking(const App *app);
float play_console_left(const App *app); /* the console's left edge, for the header to stop at */

#endif
