/* What the in-session screens share: the header, card text with the names filled in, the
 * footer with its hints, the corner buttons and the facilitator's console, the input they
 * all handle, and their ticks. */
#include "app/screens/play.h"

#include "app/app.h"
#include "app/game.h"
#include "app/screens/console.h"
#include "app/screens/nav.h"
#include "app/ui/glyphs.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>

/* Quiet Break and Menu buttons in the bottom-left corner, so the mouse alone can do
 * everything the keys can. */
static void corner_rects(const App *app, SDL_FRect *brk, SDL_FRect *menu) {
    float S = app->ui.s, H = (float)app->ui.h;
    *brk = (SDL_FRect){24 * S, H - 64 * S, 110 * S, 44 * S};
    *menu = (SDL_FRect){24 * S + 118 * S, H - 64 * S, 96 * S, 44 * S};
}

static void draw_corner(App *app) {
    SDL_FRect brk, menu;
    corner_rects(app, &brk, &menu);
    bool hb = app->pointer_active && rect_contains(brk, (float)app->pointer_x, (float)app->pointer_y);
    bool hm = app->pointer_active && rect_contains(menu, (float)app->pointer_x, (float)app->pointer_y);
    draw_button(&app->draw, brk, "Break", BUTTON_QUIET, hb, 0.85f);
    draw_button(&app->draw, menu, "Menu", BUTTON_QUIET, hm, 0.85f);
}

bool play_common_input(App *app, const InputEvent *ev) {
    Game *g = app->game;
    Action a;
    if (console_input(app, ev)) return true;
    if (ev->kind == INPUT_CLICK) {
        SDL_FRect brk, menu;
        corner_rects(app, &brk, &menu);
        if (rect_contains(brk, (float)ev->x, (float)ev->y)) {
            nav_send(app, (Action){ACT_BREAK, -1, 0});
            return true;
        }
        if (rect_contains(menu, (float)ev->x, (float)ev->y)) {
            nav_open(app, PLACE_MENU);
            return true;
        }
    }
    if (ev->kind == INPUT_BACK) {
        nav_open(app, PLACE_MENU);
        return true;
    }
    if (ev->kind == INPUT_QUIT) {
        nav_ask_quit(app);
        return true;
    }
    if (game_action_for(g, ev, &a)) {
        nav_send(app, a);
        return true;
    }
    return false;
}

void play_header(App *app) {
    const Session *s = app->game->session;
    const Scenario *sc = session_scenario(s);
    if (!sc) return;
    const Deck *deck = s->lib->decks[s->deal[s->pos].deck];
    char right[160];
    snprintf(right, sizeof right, "%s  \xC2\xB7  %d of %d", category_title(deck->category), session_scenario_number(s),
             s->n_deal);
    StrBuf t;
    strbuf_init(&t);
    session_fill_text(s, sc->title, &t);
    /* In facilitated mode the console takes the right of the header, or all of it. */
    bool console = console_active(app);
    float left = console ? console_left(app) : 0;
    if (left >= 0) look_header(app, t.data ? t.data : "", console ? "" : right, left);
    strbuf_free(&t);
}

void play_fill(const Session *s, const char *text, StrBuf *out) {
    strbuf_init(out);
    session_fill_text(s, text ? text : "", out);
    if (!out->data) strbuf_puts(out, "");
}

float play_content_w(const App *app) { return fminf((float)app->ui.w - 80 * app->ui.s, 1040 * app->ui.s); }

void play_footer(App *app, const char *const *items, int n) {
    float S = app->ui.s;
    if (!glyphs_play_hints(app, items, n, (float)app->ui.h - 50 * S)) /* both on controllers: their buttons */
        draw_hints_centered(&app->draw, (float)app->ui.w * 0.5f, (float)app->ui.h - 50 * S, items, n, 0.9f);
    draw_corner(app);
    console_draw(app);
}

bool play_entry_tick(App *app, uint32_t dt) {
    console_tick(app, dt);
    return look_anim(app, app->screen_since, PLAY_REVEAL_MS + PLAY_PROMPTS_DELAY_MS) < 1.0f;
}

bool play_console_tick(App *app, uint32_t dt) {
    console_tick(app, dt);
    return false;
}
