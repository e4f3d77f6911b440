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
    float h = play_compact(app) ? 40 * S : 44 * S, y = H - h - (play_compact(app) ? 10 : 20) * S;
    *brk = (SDL_FRect){24 * S, y, 110 * S, h};
    *menu = (SDL_FRect){24 * S + 118 * S, y, 96 * S, h};
}

static void draw_corner(App *app) {
    SDL_FRect brk, menu;
    corner_rects(app, &brk, &menu);
    bool hb = app->pointer_active && rect_contains(brk, (float)app->pointer_x, (float)app->pointer_y);
    bool hm = app->pointer_active && rect_contains(menu, (float)app->pointer_x, (float)app->pointer_y);
    draw_button(&app->draw, brk, "Break", BUTTON_QUIET, hb, 0.85f);
    draw_button(&app->draw, menu, "Menu", BUTTON_QUIET, hm, 0.85f);
}

/* "Left out. Undo": a quiet banner over the top of the screen while the undo is on offer. */
static SDL_FRect undo_rect(const App *app, SDL_FRect *button) {
    float S = app->ui.s, W = (float)app->ui.w;
    SDL_FRect r = {(W - 560 * S) * 0.5f, 72 * S, 560 * S, 60 * S};
    *button = (SDL_FRect){r.x + r.w - 130 * S, r.y + 10 * S, 118 * S, 40 * S};
    return r;
}

bool play_compact(const App *app) { return app->ui.lh < PLAY_COMPACT_LH; }

SDL_FRect play_panel_rect(const App *app, int p) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    if (play_compact(app)) {
        /* Slim, in the bottom row beside the Break and Menu buttons (no key hints there). */
        SDL_FRect brk, menu;
        corner_rects(app, &brk, &menu);
        float left = menu.x + menu.w + 16 * S, ph = brk.h, py = brk.y;
        float pw = fminf(360 * S, (W - left - 24 * S - 16 * S) / 2);
        return (SDL_FRect){p == 0 ? left : W - 24 * S - pw, py, pw, ph};
    }
    float ph = 70 * S, pw = fminf(360 * S, (W - 120 * S) / 2), py = H - ph - 80 * S;
    return (SDL_FRect){p == 0 ? 40 * S : W - 40 * S - pw, py, pw, ph};
}

static void draw_veto(App *app) {
    const Game *g = app->game;
    const Theme *th = &app->theme;
    float S = app->ui.s;
    int p = -1;
    float t = game_veto_progress(g, app->now, &p);
    if (t >= 0) {
        /* The ring fills on the holder's own panel; nothing else about them changes. */
        SDL_FRect r = play_panel_rect(app, p);
        draw_round_rect(&app->draw, r, 20 * S, th->surface);
        draw_round_rect_outline(&app->draw, r, 20 * S, 2 * S, th->border);
        float cx = r.x + 40 * S, cy = r.y + r.h * 0.5f;
        draw_ring(&app->draw, cx, cy, 18 * S, 5 * S, t, th->text, th->surface_sunk);
        text_draw(app->text, TEXT_SMALL, "Keep holding to leave this scenario out", (int)(cx + 32 * S),
                  (int)(cy - (float)text_line_height(app->text, TEXT_SMALL) * 0.5f), (int)(r.w - 84 * S), th->text,
                  TEXT_LEFT);
    }
    if (game_undo_offered(g, app->now)) {
        SDL_FRect button, r = undo_rect(app, &button);
        draw_shadow(&app->draw, r, 18 * S, 10 * S, th->shadow);
        draw_round_rect(&app->draw, r, 18 * S, th->text);
        float left = 1.0f - (float)(app->now - g->left_at) / (float)GAME_UNDO_MS;
        draw_round_rect(&app->draw, (SDL_FRect){r.x + 18 * S, r.y + r.h - 6 * S, (r.w - 36 * S) * left, 3 * S},
                        1.5f * S, color_alpha(th->bg, 0.6f));
        char msg[120];
        snprintf(msg, sizeof msg, "Left out. Press %s again to undo.", PLAY_VETO_KEYS);
        text_draw(app->text, TEXT_BODY_BOLD, msg, (int)(r.x + 22 * S),
                  (int)(r.y + (r.h - (float)text_line_height(app->text, TEXT_BODY_BOLD)) * 0.5f),
                  (int)(button.x - r.x - 30 * S), th->bg, TEXT_LEFT);
        draw_button(&app->draw, button, "Undo", BUTTON_NORMAL, false, 1.0f);
    }
}

bool play_veto_tick(App *app) {
    Game *g = app->game;
    Action a = game_veto_tick(g, app->now);
    if (a.type == ACT_VETO) {
        nav_send(app, a);
        game_veto_done(g, app->now);
    }
    int p;
    bool showing = game_veto_progress(g, app->now, &p) >= 0 || game_undo_offered(g, app->now);
    if (showing || a.type == ACT_VETO) app_redraw(app);
    return showing;
}

bool play_common_input(App *app, const InputEvent *ev) {
    Game *g = app->game;
    Action a;
    if (console_input(app, ev)) return true;
    if (ev->kind == INPUT_VETO) {
        a = game_veto_key(g, ev->player, ev->value != 0, app->now);
        if (a.type != ACT_NONE) nav_send(app, a);
        app_redraw(app);
        return true;
    }
    if (ev->kind == INPUT_CLICK && game_undo_offered(g, app->now)) {
        SDL_FRect button;
        undo_rect(app, &button);
        if (rect_contains(button, (float)ev->x, (float)ev->y)) {
            g->undo_open = false;
            nav_send(app, (Action){ACT_UNDO, -1, 0});
            return true;
        }
    }
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
    /* The screens where a couple decides say how to leave a scenario out (the keys, or
     * the stick); the reveal keeps its row short, clear of its Next button. */
    const char *all[10];
    int k = 0;
    for (int i = 0; i < 2 * n && i < 8; i++) all[k++] = items[i];
    const Session *s = app->game->session;
    if (!s || s->phase != PHASE_REVEAL) {
        all[k++] = PLAY_VETO_KEYS;
        all[k++] = "hold: leave out";
    }
    /* On a short screen (big text) the players' panels take the hints' row: the keys are on the answers. */
    if (!play_compact(app) && !glyphs_play_hints(app, all, k / 2, (float)app->ui.h - 50 * S))
        draw_hints_centered(&app->draw, (float)app->ui.w * 0.5f, (float)app->ui.h - 50 * S, all, k / 2, 0.9f);
    draw_corner(app);
    console_draw(app);
    draw_veto(app);
}

bool play_entry_tick(App *app, uint32_t dt) {
    console_tick(app, dt);
    bool veto = play_veto_tick(app);
    return look_anim(app, app->screen_since, PLAY_REVEAL_MS + PLAY_PROMPTS_DELAY_MS) < 1.0f || veto;
}

bool play_console_tick(App *app, uint32_t dt) {
    console_tick(app, dt);
    return play_veto_tick(app);
}
