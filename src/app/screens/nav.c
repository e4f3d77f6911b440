/* The map of the screens: which Screen each place is, what follows the session's state,
 * and the screens at launch and on "Play". */
#include "app/screens/nav.h"

#include "app/app.h"
#include "app/game.h"
#include "app/notice.h"
#include "app/screens/break.h"
#include "app/screens/card.h"
#include "app/screens/intro.h"
#include "app/screens/console.h"
#include "app/screens/forget.h"
#include "app/screens/help.h"
#include "app/screens/join.h"
#include "app/screens/keys.h"
#include "app/screens/language.h"
#include "app/screens/planner.h"
#include "app/screens/quit.h"
#include "app/screens/reveal.h"
#include "app/screens/settings.h"
#include "app/screens/resume.h"
#include "app/screens/setup.h"
#include "app/screens/summary.h"
#include "app/screens/title.h"

static const Screen *screen_of(const App *app, Place place) {
    switch (place) {
    case PLACE_TITLE: return &SCREEN_TITLE;
    case PLACE_HELP: return &SCREEN_HELP;
    case PLACE_SETTINGS: return &SCREEN_SETTINGS;
    case PLACE_FORGET: return &SCREEN_FORGET;
    case PLACE_JOIN: return &SCREEN_JOIN;
    case PLACE_JOIN_OVER: return &SCREEN_JOIN_OVER;
    case PLACE_RECONNECT: return &SCREEN_RECONNECT;
    case PLACE_SETUP: return app->game->lib.n_decks ? &SCREEN_SETUP : &SCREEN_NODECKS;
    case PLACE_PLANNER: return &SCREEN_PLANNER;
    case PLACE_MENU: return &SCREEN_MENU;
    case PLACE_KEYS: return &SCREEN_KEYS;
    case PLACE_END_ASK: return &SCREEN_END_ASK;
    case PLACE_COUNT: break;
    }
    return &SCREEN_TITLE;
}

void nav_go(App *app, Place place) { screen_switch(app, screen_of(app, place)); }
void nav_open(App *app, Place place) { screen_push(app, screen_of(app, place)); }
void nav_close(App *app) { screen_pop(app); }
bool nav_showing(const App *app, Place place) { return screen_top(app) == screen_of(app, place); }
bool nav_holds(const App *app, Place place) { return screen_holds(app, screen_of(app, place)); }

void nav_offer_resume(App *app) {
    Game *g = app->game;
    if (g->session || !game_has_autosave()) return;
    if (game_resume(g))
        screen_push(app, &SCREEN_RESUME);
    else
        notice_add(app, "%s", g->note);
}

void nav_start(App *app) { screen_switch(app, app->ask_language ? &SCREEN_LANGUAGE : &SCREEN_TITLE); }

void nav_play(App *app) {
    Game *g = app->game;
    if (g->session) {
        /* A session loaded at launch and set aside with "not now". */
        screen_push(app, &SCREEN_RESUME);
        return;
    }
    nav_offer_resume(app);
    if (g->session) return;
    nav_go(app, PLACE_SETUP);
}

void nav_ask_quit(App *app) {
    if (screen_top(app) == &SCREEN_QUIT)
        app_quit(app, 0);
    else
        screen_push(app, &SCREEN_QUIT);
}

/* ---- Following the session ---- */

static const Screen *screen_for(const Session *s) {
    switch (s->phase) {
    case PHASE_INTRO: return &SCREEN_INTRO;
    case PHASE_COVER: return &SCREEN_COVER;
    case PHASE_PICK:
    case PHASE_COUNTDOWN: return &SCREEN_CARD;
    case PHASE_REVEAL: return &SCREEN_REVEAL;
    case PHASE_SUMMARY: return &SCREEN_SUMMARY;
    }
    return &SCREEN_SUMMARY;
}

void nav_follow(App *app) {
    const Session *s = app->game->session;
    if (!s) return;
    const Screen *want = screen_for(s);
    const Screen *top = screen_top(app);
    const Screen *base = top && top->overlay ? screen_below(app) : top;
    if (base != want) {
        screen_switch(app, want);
        top = NULL;
    }
    bool overlay_break = top == &SCREEN_BREAK, overlay_paused = top == &SCREEN_PAUSED;
    if (s->on_break && !overlay_break) screen_push(app, &SCREEN_BREAK);
    if (!s->on_break && overlay_break) screen_pop(app);
    if (s->paused && !overlay_paused) screen_push(app, &SCREEN_PAUSED);
    if (!s->paused && overlay_paused) screen_pop(app);
}

void nav_send(App *app, Action a) {
    Game *g = app->game;
    if (game_apply(g, a)) {
        nav_follow(app);
        app_redraw(app);
    }
    /* A failed autosave is said on screen, not only in the log. */
    if (g->save_problem[0]) {
        notice_toast(app, g->save_problem);
        g->save_problem[0] = '\0';
    }
}
