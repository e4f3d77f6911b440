/* What the in-session screens share: the header, card text with the names filled in, the
 * footer with its hints, the corner buttons and the facilitator's console, the input they
 * all handle, and their ticks. */
#include "app/screens/play.h"

#include "core/i18n.h"
#include "core/util.h"

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
    draw_button(&app->draw, brk, _("Break"), BUTTON_QUIET, hb, 1.0f);
    draw_button(&app->draw, menu, _("Menu"), BUTTON_QUIET, hm, 1.0f);
}

/* "Left out. Undo": a quiet banner over the top of the screen while the undo is on offer. */
static SDL_FRect undo_rect(const App *app, SDL_FRect *button) {
    float S = app->ui.s, W = (float)app->ui.w;
    /* On a tall page (big text), in the part of it the window shows. */
    SDL_FRect r = {(W - 560 * S) * 0.5f, (float)app->display.scroll + 72 * S, 560 * S, 60 * S};
    *button = (SDL_FRect){r.x + r.w - 130 * S, r.y + 10 * S, 118 * S, 40 * S};
    return r;
}

const char *play_key(InputKind kind, int player) {
    static char out[INPUT_KIND_COUNT][2][24];
    if ((unsigned)kind >= INPUT_KIND_COUNT) return "";
    char *o = out[kind][player == 1];
    const char *k = input_key_label(kind, player, 0);
    /* A minus sign reads better than a hyphen on its own. */
    snprintf(o, sizeof out[0][0], "%s", strcmp(k, "-") ? k : "\xE2\x88\x92");
    return o;
}

const char *play_pair_keys(InputKind kind) {
    static char out[INPUT_KIND_COUNT][56];
    if ((unsigned)kind >= INPUT_KIND_COUNT) return "";
    snprintf(out[kind], sizeof out[kind], "%s / %s", play_key(kind, 0), play_key(kind, 1));
    return out[kind];
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
        float rad = fminf(20 * S, r.h * 0.5f);
        draw_round_rect(&app->draw, r, rad, th->surface);
        draw_round_rect_outline(&app->draw, r, rad, 2 * S, th->border);
        /* A slim panel (big text) gets a smaller ring and the longest words that fit on one line. */
        bool slim = play_compact(app);
        float ring = slim ? 12 * S : 18 * S, cx = r.x + (slim ? 28 : 40) * S, cy = r.y + r.h * 0.5f;
        draw_ring(&app->draw, cx, cy, ring, (slim ? 4 : 5) * S, t, th->text, th->surface_sunk);
        float tx = cx + ring + (slim ? 12 : 14) * S, room = r.x + r.w - 14 * S - tx;
        static const char *const WORDS[] = {N_("Keep holding to leave this scenario out"),
                                            N_("Keep holding to leave out"), N_("Keep holding")};
        int w = 0;
        while (slim && w < 2 && text_measure(app->text, TEXT_SMALL, _(WORDS[w]), 0, TEXT_LEFT).x > room) w++;
        float th_h = slim ? (float)text_line_height(app->text, TEXT_SMALL)
                          : (float)text_measure(app->text, TEXT_SMALL, _(WORDS[0]), (int)room, TEXT_LEFT).y;
        text_draw(app->text, TEXT_SMALL, _(WORDS[w]), (int)tx, (int)(cy - th_h * 0.5f), slim ? 0 : (int)room, th->text,
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
        utf8_snprintf(msg, sizeof msg, _("Left out. Press %s again to undo."), play_pair_keys(INPUT_VETO));
        text_draw(app->text, TEXT_BODY_BOLD, msg, (int)(r.x + 22 * S),
                  (int)(r.y + (r.h - (float)text_line_height(app->text, TEXT_BODY_BOLD)) * 0.5f),
                  (int)(button.x - r.x - 30 * S), th->bg, TEXT_LEFT);
        draw_button(&app->draw, button, _("Undo"), BUTTON_NORMAL, false, 1.0f);
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
    utf8_snprintf(right, sizeof right, _("%s  \xC2\xB7  %d of %d"), category_title(deck->category),
                  session_scenario_number(s), s->n_deal);
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

/* How many of the first hints, gap apart, fit in room. */
static int hints_that_fit(const float *widths, int n, float room, float gap) {
    float used = 0;
    int fit = 0;
    for (; fit < n; fit++) {
        used += widths[fit] + (fit ? gap : 0);
        if (used > room) break;
    }
    return fit;
}

void play_footer(App *app, const char *const *items, int n) {
    float S = app->ui.s, W = (float)app->ui.w;
    /* The screens where a couple decides say how to leave a scenario out (the keys, or
     * the stick); the reveal keeps its row short, clear of its Next button. */
    const char *all[10];
    int k = 0;
    for (int i = 0; i < 2 * n && i < 8; i++) all[k++] = items[i];
    const Session *s = app->game->session;
    if (!s || s->phase != PHASE_REVEAL) {
        all[k++] = play_pair_keys(INPUT_VETO);
        all[k++] = NC_("hint", "hold: leave out");
    }
    /* The hints that fit (big text, long languages, two controllers' buttons): centred
     * between the corner buttons, or, when that leaves some out, in all the room right of
     * them (not on the reveal: its Next holds the right of that row). The rest are on the
     * help screen, and the corner buttons do the same. */
    SDL_FRect brk, menu;
    corner_rects(app, &brk, &menu);
    int n_all = k / 2;
    float widths[5], gap = 28 * S, left = menu.x + menu.w + 16 * S, cx = W * 0.5f;
    bool pads = glyphs_play_hint_widths(app, all, n_all, widths);
    for (int i = 0; !pads && i < n_all; i++) widths[i] = hint_width(&app->draw, all[2 * i], all[2 * i + 1]);
    int fit = hints_that_fit(widths, n_all, W - 2 * left, gap);
    if (fit < n_all && !(s && s->phase == PHASE_REVEAL)) {
        int wide = hints_that_fit(widths, n_all, W - 24 * S - left, gap);
        if (wide > fit) {
            fit = wide;
            cx = (left + W - 24 * S) * 0.5f;
        }
    }
    /* On a short screen (big text) the players' panels take the hints' row: the keys are on the answers. */
    float y = (float)app->ui.h - 50 * S;
    if (!play_compact(app) && !(pads && glyphs_play_hints(app, all, fit, cx, y)))
        draw_hints_centered(&app->draw, cx, y, all, fit, 1.0f);
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
