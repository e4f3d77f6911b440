/* The in-session screens: scenario intro, the card with hidden picks, the take-turns cover,
 * the reveal, and the break and session-menu overlays. They draw the session and send
 * actions; the core decides everything. */
#include "app/screens/play.h"

#include "app/game.h"
#include "app/ui/glyphs.h"
#include "app/platform/pads.h"
#include "app/ui/look.h"
#include "core/reveal.h"
#include "core/summary.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { REVEAL_MS = 900, PROMPTS_DELAY_MS = 500 };

/* ---- following the session ---------------------------------------------------------- */

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

void play_follow(App *app) {
    const Session *s = app->game->session;
    if (!s) return;
    const Screen *want = screen_for(s);
    const Screen *top = app_top(app);
    const Screen *base = top && top->overlay ? app_below(app) : top;
    if (base != want) {
        app_switch(app, want);
        top = NULL;
    }
    bool overlay_break = top == &SCREEN_BREAK, overlay_paused = top == &SCREEN_PAUSED;
    if (s->on_break && !overlay_break) app_push(app, &SCREEN_BREAK);
    if (!s->on_break && overlay_break) app_pop(app);
    if (s->paused && !overlay_paused) app_push(app, &SCREEN_PAUSED);
    if (!s->paused && overlay_paused) app_pop(app);
}

void play_offer_resume(App *app) {
    Game *g = app->game;
    if (g->session || !game_has_autosave()) return;
    if (game_resume(g))
        app_push(app, &SCREEN_RESUME);
    else
        app_notice(app, "%s", g->note);
}

void play_send(App *app, Action a) {
    Game *g = app->game;
    if (game_apply(g, a)) {
        play_follow(app);
        app_redraw(app);
    }
    /* A failed autosave is said on screen, not only in the log. */
    if (g->save_problem[0]) {
        app_toast(app, g->save_problem);
        g->save_problem[0] = '\0';
    }
}

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
    if (play_console_input(app, ev)) return true;
    if (ev->kind == INPUT_CLICK) {
        SDL_FRect brk, menu;
        corner_rects(app, &brk, &menu);
        if (rect_contains(brk, (float)ev->x, (float)ev->y)) {
            play_send(app, (Action){ACT_BREAK, -1, 0});
            return true;
        }
        if (rect_contains(menu, (float)ev->x, (float)ev->y)) {
            app_push(app, &SCREEN_MENU);
            return true;
        }
    }
    if (ev->kind == INPUT_BACK) {
        app_push(app, &SCREEN_MENU);
        return true;
    }
    if (ev->kind == INPUT_QUIT) {
        app_ask_quit(app);
        return true;
    }
    if (game_action_for(g, ev, &a)) {
        play_send(app, a);
        return true;
    }
    return false;
}

/* ---- shared drawing ----------------------------------------------------------------- */

static void header(App *app) {
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
    /* In facilitated mode the console takes the right of the header. */
    bool console = play_console_active(app);
    look_header(app, t.data ? t.data : "", console ? "" : right, console ? play_console_left(app) : 0);
    strbuf_free(&t);
}

static void filled(const Session *s, const char *text, StrBuf *out) {
    strbuf_init(out);
    session_fill_text(s, text ? text : "", out);
    if (!out->data) strbuf_puts(out, "");
}

static float content_w(const App *app) { return fminf((float)app->ui.w - 80 * app->ui.s, 1040 * app->ui.s); }

static void footer_hints(App *app, const char *const *items, int n) {
    float S = app->ui.s;
    if (!glyphs_play_hints(app, items, n, (float)app->ui.h - 50 * S)) /* both on controllers: their buttons */
        draw_hints_centered(&app->draw, (float)app->ui.w * 0.5f, (float)app->ui.h - 50 * S, items, n, 0.9f);
    draw_corner(app);
    play_draw_console(app);
}

/* ---- intro -------------------------------------------------------------------------- */

typedef struct IntroLayout {
    float title_y, chips_y, note_y, body_y;
    SDL_FRect note, start;
} IntroLayout;

static void intro_layout(App *app, IntroLayout *L) {
    const Session *s = app->game->session;
    const Scenario *sc = session_scenario(s);
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = content_w(app);
    float y = H * 0.24f;
    L->title_y = y;
    y += (float)text_line_height(app->text, TEXT_TITLE) + 14 * S;
    L->chips_y = y;
    y += (float)text_line_height(app->text, TEXT_BODY) + 26 * S;
    L->note = (SDL_FRect){0, 0, 0, 0};
    if (sc && sc->content_note) {
        SDL_Point nz = text_measure(app->text, TEXT_BODY, sc->content_note, (int)(cw * 0.7f - 40 * S), TEXT_CENTER);
        L->note = (SDL_FRect){(W - cw * 0.7f) * 0.5f, y, cw * 0.7f, (float)nz.y + 70 * S};
        y += L->note.h + 24 * S;
    }
    L->body_y = y;
    y += (float)text_line_height(app->text, TEXT_BODY) * 2 + 30 * S;
    L->start = (SDL_FRect){(W - 260 * S) * 0.5f, fminf(y, H - 140 * S), 260 * S, 56 * S};
}

static void intro_draw(App *app) {
    const Session *s = app->game->session;
    const Scenario *sc = session_scenario(s);
    if (!sc) return;
    IntroLayout L;
    intro_layout(app, &L);
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w;
    float t = app_ease(app_anim(app, app->screen_since, 500));
    char top[80];
    snprintf(top, sizeof top, "Scenario %d of %d", session_scenario_number(s), s->n_deal);
    text_draw(app->text, TEXT_SMALL, top, (int)(W * 0.5f), (int)(L.title_y - 34 * S), 0, th->text_dim, TEXT_CENTER);
    StrBuf title;
    filled(s, sc->title, &title);
    text_draw(app->text, TEXT_TITLE, title.data, (int)(W * 0.5f), (int)(L.title_y + (1 - t) * 12 * S),
              (int)content_w(app), color_alpha(th->text, t), TEXT_CENTER);
    strbuf_free(&title);
    const Deck *deck = s->lib->decks[s->deal[s->pos].deck];
    static const char *const INTENSITY_WORDS[] = {"Gentle", "Honest", "Deep"};
    char chips[160];
    snprintf(chips, sizeof chips, "%s  \xC2\xB7  %s%s", category_title(deck->category), INTENSITY_WORDS[sc->intensity],
             sc->ladder ? "  \xC2\xB7  a ladder: each step adds one detail" : "");
    text_draw(app->text, TEXT_BODY, chips, (int)(W * 0.5f), (int)L.chips_y, (int)content_w(app), th->text_dim,
              TEXT_CENTER);
    if (sc->content_note) {
        draw_round_rect(&app->draw, L.note, 16 * S, th->notice);
        text_draw(app->text, TEXT_SMALL, "Content note", (int)(W * 0.5f), (int)(L.note.y + 14 * S), 0,
                  color_alpha(th->notice_text, 0.8f), TEXT_CENTER);
        text_draw(app->text, TEXT_BODY, sc->content_note, (int)(W * 0.5f), (int)(L.note.y + 40 * S),
                  (int)(L.note.w - 40 * S), th->notice_text, TEXT_CENTER);
    }
    const char *body = sc->content_note
                           ? "Either of you can skip this one: press Esc and choose \"Skip this scenario\"."
                           : "Read the card together, then each pick in secret.";
    text_draw(app->text, TEXT_BODY, body, (int)(W * 0.5f), (int)L.body_y, (int)content_w(app), th->text_dim,
              TEXT_CENTER);
    draw_button(&app->draw, L.start, "Begin", BUTTON_PRIMARY, true, t);
    static const char *const hints[] = {"Enter", "begin", "Space", "break", "Esc", "menu"};
    footer_hints(app, hints, 3);
}

static void intro_input(App *app, const InputEvent *ev) {
    IntroLayout L;
    intro_layout(app, &L);
    if (ev->kind == INPUT_CLICK && rect_contains(L.start, (float)ev->x, (float)ev->y)) {
        play_send(app, (Action){ACT_NEXT, -1, 0});
        return;
    }
    play_common_input(app, ev);
}

static bool anim_tick(App *app, uint32_t dt) {
    (void)dt;
    return app_anim(app, app->screen_since, REVEAL_MS + PROMPTS_DELAY_MS) < 1.0f || play_console_ticking(app);
}

const Screen SCREEN_INTRO = {.name = "intro", .draw = intro_draw, .input = intro_input, .tick = anim_tick};

/* ---- card --------------------------------------------------------------------------- */

static const char *round_question(const Session *s, const Card *c, RoundKind k, char *buf, size_t n) {
    const char *other = session_name(s, s->turn >= 0 ? 1 - s->turn : 1);
    switch (k) {
    case ROUND_YOU: return "If you did this, how okay would it be?";
    case ROUND_PARTNER: return "If your partner did this, how okay would it be?";
    case ROUND_CHOICE: return c->question ? c->question : "Which fits you best?";
    case ROUND_GUESS:
        if (s->turn >= 0)
            snprintf(buf, n, "Now guess: what did %s pick?", other);
        else
            snprintf(buf, n, "Now guess: what did your partner pick?");
        return buf;
    default: return "";
    }
}

static const char *option_label(const Card *c, int i) {
    if (c->ask == ASK_CHOICE) return c->options[i];
    return step_label(i + 1);
}

typedef struct CardLayout {
    float text_y, question_y, round_y;
    int n_options;
    SDL_FRect option[DECK_MAX_OPTIONS];
    float keys_y;
    SDL_FRect panel[2];
    SDL_FRect done; /* take turns */
    float countdown_cx, countdown_cy;
} CardLayout;

static void card_layout(App *app, CardLayout *L) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = content_w(app);
    memset(L, 0, sizeof *L);
    float y = 92 * S;
    L->text_y = y;
    StrBuf t;
    filled(s, c ? c->text : "", &t);
    SDL_Point tz = text_measure(app->text, TEXT_HEADING, t.data, (int)cw, TEXT_CENTER);
    strbuf_free(&t);
    y += (float)tz.y + 22 * S;
    L->round_y = y;
    y += (float)text_line_height(app->text, TEXT_SMALL) + 8 * S;
    L->question_y = y;
    y += (float)text_line_height(app->text, TEXT_BODY_BOLD) + 26 * S;
    L->n_options = session_option_count(s);
    float gap = 18 * S;
    float ow = fminf((cw - gap * 3) / 4, 250 * S);
    float oh = 124 * S;
    float total = ow * (float)L->n_options + gap * (float)(L->n_options - 1);
    float x = (W - total) * 0.5f;
    for (int i = 0; i < L->n_options; i++) {
        L->option[i] = (SDL_FRect){x, y, ow, oh};
        x += ow + gap;
    }
    y += oh + 14 * S;
    L->keys_y = y;
    float ph = 70 * S, pw = fminf(360 * S, (W - 120 * S) / 2);
    float py = fmaxf(y + 60 * S, H - ph - 80 * S);
    L->panel[0] = (SDL_FRect){40 * S, py, pw, ph};
    L->panel[1] = (SDL_FRect){W - 40 * S - pw, py, pw, ph};
    L->countdown_cx = W * 0.5f;
    L->countdown_cy = py + ph * 0.5f;
    L->done = (SDL_FRect){(W - 220 * S) * 0.5f, py + (ph - 54 * S) * 0.5f, 220 * S, 54 * S};
}

static void draw_option(App *app, const CardLayout *L, const Card *c, int i, bool selected, bool hover) {
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s;
    SDL_FRect r = L->option[i];
    draw_shadow(d, r, 18 * S, 8 * S, th->shadow);
    draw_round_rect(d, r, 18 * S, hover ? th->surface_hover : th->surface);
    if (c->ask == ASK_RATE) {
        /* A band in the step's colour: the order reads from the band and the words, not colour alone. */
        draw_round_rect(d, (SDL_FRect){r.x, r.y, r.w, 22 * S}, 18 * S, look_step_color(app, i + 1));
        draw_rect(d, (SDL_FRect){r.x, r.y + 12 * S, r.w, 10 * S}, hover ? th->surface_hover : th->surface);
    }
    text_draw(app->text, TEXT_BODY_BOLD, option_label(c, i), (int)(r.x + r.w * 0.5f), (int)(r.y + 46 * S),
              (int)(r.w - 28 * S), th->text, TEXT_CENTER);
    if (selected) draw_focus_ring(d, r, 18 * S, 1.0f);
}

/* The key caps under each answer: the left player's key at the left, the right player's at the right. */
static void draw_keys(App *app, const CardLayout *L, bool take_turns) {
    const Session *s = app->game->session;
    float S = app->ui.s, h = 38 * S;
    for (int i = 0; i < L->n_options; i++) {
        SDL_FRect r = L->option[i];
        if (take_turns) {
            const char *k0 = input_key_label(INPUT_ANSWER, 0, i + 1);
            /* glyphs_answer_cap: a controller's button glyph when that seat has one. */
            float w = glyphs_answer_cap(app, s->turn, i + 1, k0, 0, L->keys_y, h, 1.0f, false);
            glyphs_answer_cap(app, s->turn, i + 1, k0, r.x + (r.w - w) * 0.5f, L->keys_y, h, 1.0f, true);
            continue;
        }
        for (int p = 0; p < 2; p++) {
            const char *k = input_key_label(INPUT_ANSWER, p, i + 1);
            float w = glyphs_answer_cap(app, p, i + 1, k, 0, L->keys_y, h, 1.0f, false);
            float x = p == 0 ? r.x + 8 * S : r.x + r.w - 8 * S - w;
            float a = session_can_pick(s, p) ? 1.0f : 0.35f;
            glyphs_answer_cap(app, p, i + 1, k, x, L->keys_y, h, a, true);
            float mx = p == 0 ? x + w + 14 * S : x - 14 * S;
            draw_shape(&app->draw, look_player_shape(app, p), mx, L->keys_y + h * 0.5f, 7 * S, 0,
                       color_alpha(look_player_color(app, p), a));
        }
    }
}

static void draw_panel(App *app, const CardLayout *L, int p) {
    const Session *s = app->game->session;
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s;
    SDL_FRect r = L->panel[p];
    bool locked = session_locked(s, p);
    bool waiting = s->setup.mode == MODE_TAKE_TURNS && s->turn != p;
    draw_round_rect(d, r, 20 * S, th->surface);
    if (locked) draw_round_rect_outline(d, r, 20 * S, 3 * S, look_player_color(app, p));
    look_player_tag(app, p, r.x + 18 * S, r.y + 8 * S, r.h * 0.55f, 1.0f);
    const char *status = locked ? "Locked in" : waiting ? "Waiting, eyes away" : "Thinking\xE2\x80\xA6";
    text_draw(app->text, TEXT_SMALL, status, (int)(r.x + 18 * S), (int)(r.y + r.h * 0.56f), 0,
              locked ? th->text : th->text_dim, TEXT_LEFT);
    if (locked) {
        float cx = r.x + r.w - 36 * S, cy = r.y + r.h * 0.5f;
        draw_circle(d, cx, cy, 16 * S, look_player_color(app, p));
        text_draw(app->text, TEXT_BODY_BOLD, "\xE2\x9C\x93", (int)cx,
                  (int)(cy - (float)text_line_height(app->text, TEXT_BODY_BOLD) * 0.5f), 0, th->text_on_accent,
                  TEXT_CENTER);
    } else if (!waiting && s->setup.mode == MODE_SIDE_BY_SIDE &&
               !glyphs_player_cluster(app, p, r.x + r.w - 18 * S, r.y + r.h * 0.5f, r.h * 0.74f, 0.85f)) {
        char keys[32];
        snprintf(keys, sizeof keys, "%s\xE2\x80\x93%s", input_key_label(INPUT_ANSWER, p, 1),
                 input_key_label(INPUT_ANSWER, p, 4));
        float kh = 32 * S;
        float w = keycap_width(&app->draw, kh, keys);
        draw_keycap(&app->draw, r.x + r.w - 18 * S - w, r.y + (r.h - kh) * 0.5f, kh, keys, 0.8f);
    }
}

static void card_draw(App *app) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    if (!c) return;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w;
    CardLayout L;
    card_layout(app, &L);
    header(app);
    bool turns = s->setup.mode == MODE_TAKE_TURNS;
    RoundKind k = session_round_kind(s);
    StrBuf t;
    filled(s, c->text, &t);
    text_draw(app->text, TEXT_HEADING, t.data, (int)(W * 0.5f), (int)L.text_y, (int)content_w(app), th->text,
              TEXT_CENTER);
    strbuf_free(&t);
    char round[120] = "";
    if (s->n_rounds > 1) {
        static const char *const WHAT[] = {"about you", "about your partner", "", "your guess"};
        snprintf(round, sizeof round, "Question %d of %d  \xC2\xB7  %s", s->round + 1, s->n_rounds, WHAT[k]);
    }
    if (turns) {
        size_t n = strlen(round);
        snprintf(round + n, sizeof round - n, "%s%s's turn", n ? "  \xC2\xB7  " : "", session_name(s, s->turn));
    }
    text_draw(app->text, TEXT_SMALL, round, (int)(W * 0.5f), (int)L.round_y, 0, th->text_dim, TEXT_CENTER);
    char qbuf[160];
    StrBuf q;
    filled(s, round_question(s, c, k, qbuf, sizeof qbuf), &q);
    text_draw(app->text, TEXT_BODY_BOLD, q.data, (int)(W * 0.5f), (int)L.question_y, (int)content_w(app), th->text,
              TEXT_CENTER);
    strbuf_free(&q);
    for (int i = 0; i < L.n_options; i++) {
        /* Only taking turns may the chosen answer show: one person is looking. */
        bool selected = turns && s->turn >= 0 && s->pick[s->turn] == i + 1;
        bool hover =
            app->pointer_active && rect_contains(L.option[i], (float)app->pointer_x, (float)app->pointer_y) && turns;
        draw_option(app, &L, c, i, selected, hover);
    }
    draw_keys(app, &L, turns);
    if (turns) {
        bool ready = s->turn >= 0 && s->pick[s->turn];
        draw_panel(app, &L, s->turn);
        draw_button(&app->draw, L.done, "Done", BUTTON_PRIMARY, ready, ready ? 1.0f : 0.4f);
        /* On controllers the face buttons under the answers pick; the right shoulder is done. */
        static const char *const pad_hints[] = {"RB", "done", "Space", "break"};
        static const char *const hints[] = {"1-4", "or click to pick", "Enter", "done", "Space", "break"};
        PadType type;
        bool pads = pads_seated(&app->pads, 0, &type) && pads_seated(&app->pads, 1, &type);
        footer_hints(app, pads ? pad_hints : hints, pads ? 2 : 3);
        return;
    }
    draw_panel(app, &L, 0);
    draw_panel(app, &L, 1);
    if (s->phase == PHASE_COUNTDOWN) {
        float frac = 1.0f - (float)s->countdown_ms / (float)SESSION_COUNTDOWN_MS;
        draw_ring(&app->draw, L.countdown_cx, L.countdown_cy, 26 * S, 6 * S, frac, th->accent, th->surface_sunk);
        text_draw(app->text, TEXT_SMALL, "Both locked in. Change a pick to wait.", (int)L.countdown_cx,
                  (int)(L.countdown_cy + 34 * S), 0, th->text_dim, TEXT_CENTER);
    }
    static const char *const hints[] = {"Q / P", "take back", "Space", "break", "Esc", "menu"};
    footer_hints(app, hints, 3);
}

static void card_input(App *app, const InputEvent *ev) {
    const Session *s = app->game->session;
    if (s->setup.mode == MODE_TAKE_TURNS && ev->kind == INPUT_CLICK) {
        CardLayout L;
        card_layout(app, &L);
        for (int i = 0; i < L.n_options; i++) {
            if (rect_contains(L.option[i], (float)ev->x, (float)ev->y)) {
                play_send(app, (Action){ACT_PICK, s->turn, i + 1});
                return;
            }
        }
        if (rect_contains(L.done, (float)ev->x, (float)ev->y)) {
            play_send(app, (Action){ACT_NEXT, s->turn, 0});
            return;
        }
    }
    play_common_input(app, ev);
}

static bool card_tick(App *app, uint32_t dt) {
    const Session *s = app->game->session;
    if (!s || s->phase != PHASE_COUNTDOWN || s->on_break || s->paused) return play_console_ticking(app);
    if (dt) play_send(app, (Action){ACT_TICK, -1, (int)dt});
    return app->game->session && app->game->session->phase == PHASE_COUNTDOWN;
}

const Screen SCREEN_CARD = {.name = "card", .draw = card_draw, .input = card_input, .tick = card_tick, .answers = true};

/* ---- take-turns cover --------------------------------------------------------------- */

static SDL_FRect cover_button(App *app) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    return (SDL_FRect){(W - 320 * S) * 0.5f, H * 0.62f, 320 * S, 58 * S};
}

static void cover_draw(App *app) {
    const Session *s = app->game->session;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    int p = s->turn, other = 1 - s->turn;
    char line[200];
    draw_shape(&app->draw, look_player_shape(app, p), W * 0.5f, H * 0.22f, 30 * S, 0, look_player_color(app, p));
    snprintf(line, sizeof line, "Pass to %s", session_name(s, p));
    text_draw(app->text, TEXT_TITLE, line, (int)(W * 0.5f), (int)(H * 0.32f), (int)content_w(app), th->text,
              TEXT_CENTER);
    snprintf(line, sizeof line, "%s, look away for a moment. No peeking, no hints.", session_name(s, other));
    text_draw(app->text, TEXT_BODY, line, (int)(W * 0.5f), (int)(H * 0.32f + 70 * S), (int)content_w(app), th->text_dim,
              TEXT_CENTER);
    snprintf(line, sizeof line, "I'm %s, ready", session_name(s, p));
    draw_button(&app->draw, cover_button(app), line, BUTTON_PRIMARY, true, 1.0f);
    static const char *const hints[] = {"Enter", "ready", "Space", "break"};
    footer_hints(app, hints, 2);
}

static void cover_input(App *app, const InputEvent *ev) {
    if (ev->kind == INPUT_CLICK && rect_contains(cover_button(app), (float)ev->x, (float)ev->y)) {
        play_send(app, (Action){ACT_NEXT, app->game->session->turn, 0});
        return;
    }
    play_common_input(app, ev);
}

static bool console_tick(App *app, uint32_t dt) {
    (void)dt;
    return play_console_ticking(app);
}

const Screen SCREEN_COVER = {.name = "cover", .draw = cover_draw, .input = cover_input, .tick = console_tick};

/* ---- reveal ------------------------------------------------------------------------- */

/* The reveal draws the core's RevealView: one row per comparison (a both-sides card has
 * one per act, "If Alex did it"), each with both markers and its own verdict. */
typedef struct RevealLayout {
    float step_y, text_y, verdict_y, sub_y, rows_y;
    int n_rows;
    SDL_FRect bar[2]; /* rate cards: the scale of each row; choice cards: bar[0] holds the options */
    float notes_y;
    SDL_FRect next;
} RevealLayout;

static void reveal_layout(App *app, const RevealView *v, RevealLayout *L) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = content_w(app);
    float y = 86 * S;
    L->step_y = y;
    if (v->step) y += (float)text_line_height(app->text, TEXT_SMALL) + 4 * S;
    L->text_y = y;
    StrBuf t;
    filled(s, c->text, &t);
    y += (float)text_measure(app->text, TEXT_BODY, t.data, (int)cw, TEXT_CENTER).y + 14 * S;
    strbuf_free(&t);
    L->verdict_y = y;
    y += (float)text_measure(app->text, TEXT_TITLE, v->headline, (int)cw, TEXT_CENTER).y + 4 * S;
    L->sub_y = y;
    if (v->subline) y += (float)text_line_height(app->text, TEXT_SMALL) + 4 * S;
    y += 14 * S;
    L->rows_y = y;
    L->n_rows = v->n_rows;
    float label_w = 190 * S, verdict_w = 170 * S;
    float bx = (W - cw) * 0.5f + label_w, bw = cw - label_w - verdict_w;
    if (v->choice) {
        float sh = 46 * S * (float)c->n_options;
        L->bar[0] = (SDL_FRect){(W - cw) * 0.5f + 130 * S, y, cw - 170 * S, sh};
        y += sh + 8 * S;
    } else {
        /* Step names above the first bar, a marker above and below each bar, its name beside. */
        for (int i = 0; i < v->n_rows; i++) {
            float top = y + (i == 0 ? 52 * S : 30 * S);
            L->bar[i] = (SDL_FRect){bx, top, bw, 22 * S};
            y = top + 22 * S + 34 * S;
        }
    }
    L->notes_y = y + 8 * S;
    L->next = (SDL_FRect){W - 40 * S - 200 * S, H - 96 * S, 200 * S, 56 * S};
}

/* One row: what it is about at the left, the scale with both markers (player 1's over the
 * bar and player 2's under it, each with name, colour and shape), the verdict at the right. */
static void draw_reveal_row(App *app, SDL_FRect bar, const RevealRow *row, bool step_names, float t) {
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s;
    float mid = bar.y + bar.h * 0.5f - (float)text_line_height(app->text, TEXT_BODY_BOLD) * 0.5f;
    if (row->label)
        text_draw(app->text, TEXT_BODY_BOLD, row->label, (int)(bar.x - 24 * S), (int)mid, (int)(170 * S), th->text,
                  TEXT_RIGHT);
    float seg = bar.w / SCALE_STEPS;
    for (int i = 0; i < SCALE_STEPS; i++) {
        SDL_FRect r = {bar.x + seg * (float)i + 2 * S, bar.y, seg - 4 * S, bar.h};
        draw_round_rect(d, r, bar.h * 0.5f, look_step_color(app, i + 1));
        if (step_names)
            text_draw(app->text, TEXT_SMALL, step_label(i + 1), (int)(r.x + r.w * 0.5f), (int)(bar.y - 52 * S),
                      (int)(seg - 4 * S), th->text_dim, TEXT_CENTER);
    }
    for (int p = 0; p < 2; p++) {
        if (row->answer[p] < 1) continue;
        /* Both markers slide out from the middle to their steps. */
        float target = bar.x + seg * ((float)row->answer[p] - 0.5f);
        float x = bar.x + bar.w * 0.5f + (target - bar.x - bar.w * 0.5f) * t;
        float cy = p == 0 ? bar.y - 16 * S : bar.y + bar.h + 16 * S;
        draw_shape(d, look_player_shape(app, p), x, cy, 11 * S, 0, color_alpha(look_player_color(app, p), t));
        draw_shape(d, look_player_shape(app, p), x, cy, 11 * S, 1.5f * S, color_alpha(th->text, 0.45f * t));
        text_draw(app->text, TEXT_SMALL, session_name(app->game->session, p), (int)(x + 18 * S),
                  (int)(cy - (float)text_line_height(app->text, TEXT_SMALL) * 0.5f), 0, color_alpha(th->text, t),
                  TEXT_LEFT);
    }
    if (row->verdict)
        text_draw(app->text, TEXT_BODY_BOLD, row->verdict, (int)(bar.x + bar.w + 24 * S), (int)mid, (int)(150 * S),
                  color_alpha(th->text, t), TEXT_LEFT);
}

static void draw_choice_reveal(App *app, SDL_FRect area, const Card *c, const int picks[2], float t) {
    const Session *s = app->game->session;
    const Theme *th = &app->theme;
    float S = app->ui.s, rh = area.h / (float)c->n_options;
    for (int i = 0; i < c->n_options; i++) {
        SDL_FRect row = {area.x - 130 * S, area.y + rh * (float)i, area.w + 130 * S, rh - 6 * S};
        bool chosen = picks[0] == i + 1 || picks[1] == i + 1;
        draw_round_rect(&app->draw, row, 12 * S, chosen ? th->surface : color_alpha(th->surface, 0.45f));
        StrBuf opt;
        filled(s, c->options[i], &opt);
        text_draw(app->text, TEXT_BODY, opt.data, (int)(row.x + 18 * S),
                  (int)(row.y + (row.h - (float)text_line_height(app->text, TEXT_BODY)) * 0.5f), (int)(row.w - 300 * S),
                  chosen ? th->text : th->text_dim, TEXT_LEFT);
        strbuf_free(&opt);
        float x = row.x + row.w - 24 * S;
        for (int p = 1; p >= 0; p--) {
            if (picks[p] != i + 1) continue;
            float w = (float)text_measure(app->text, TEXT_SMALL, session_name(s, p), 0, TEXT_LEFT).x;
            text_draw(app->text, TEXT_SMALL, session_name(s, p), (int)x, (int)(row.y + row.h * 0.5f - 9 * S), 0,
                      color_alpha(th->text, t), TEXT_RIGHT);
            draw_shape(&app->draw, look_player_shape(app, p), x - w - 16 * S, row.y + row.h * 0.5f, 10 * S, 0,
                       color_alpha(look_player_color(app, p), t));
            x -= w + 48 * S;
        }
    }
}

static void reveal_draw(App *app) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    const CardRecord *r = session_last_record(s);
    if (!c || !r) return;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, cw = content_w(app);
    RevealView v;
    reveal_view(s, r, &v);
    RevealLayout L;
    reveal_layout(app, &v, &L);
    header(app);
    float t = app_ease(app_anim(app, app->screen_since, REVEAL_MS));
    float tp = app_ease(app_anim(app, app->screen_since + REVEAL_MS / 2, PROMPTS_DELAY_MS + REVEAL_MS / 2));
    if (v.step)
        text_draw(app->text, TEXT_SMALL, v.step, (int)(W * 0.5f), (int)L.step_y, (int)cw, th->text_dim, TEXT_CENTER);
    StrBuf text;
    filled(s, c->text, &text);
    text_draw(app->text, TEXT_BODY, text.data, (int)(W * 0.5f), (int)L.text_y, (int)cw, th->text_dim, TEXT_CENTER);
    strbuf_free(&text);
    text_draw(app->text, TEXT_TITLE, v.headline, (int)(W * 0.5f), (int)L.verdict_y, (int)cw, color_alpha(th->text, t),
              TEXT_CENTER);
    if (v.subline)
        text_draw(app->text, TEXT_SMALL, v.subline, (int)(W * 0.5f), (int)L.sub_y, (int)cw, th->text_dim, TEXT_CENTER);
    if (v.choice)
        draw_choice_reveal(app, L.bar[0], c, v.rows[0].answer, t);
    else
        for (int i = 0; i < v.n_rows; i++) draw_reveal_row(app, L.bar[i], &v.rows[i], i == 0, t);
    /* Notes (mirror gaps, guesses), then this outcome's prompts. */
    float y = L.notes_y;
    for (int i = 0; i < v.n_notes; i++)
        y += (float)text_draw(app->text, TEXT_SMALL, v.notes[i], (int)(W * 0.5f), (int)y, (int)cw,
                              color_alpha(th->text, tp), TEXT_CENTER)
                 .y +
             4 * S;
    if (v.n_notes) y += 8 * S;
    StrBuf prompts;
    strbuf_init(&prompts);
    for (int i = 0; i < v.n_prompts; i++) strbuf_printf(&prompts, "%s\xE2\x80\xA2  %s", i ? "\n" : "", v.prompts[i]);
    if (prompts.len) {
        float px = (W - cw) * 0.5f + 40 * S;
        text_draw(app->text, TEXT_SMALL, "To talk about", (int)px, (int)y, 0, color_alpha(th->text_dim, tp), TEXT_LEFT);
        y += (float)text_line_height(app->text, TEXT_SMALL) + 4 * S;
        text_draw(app->text, TEXT_BODY, prompts.data, (int)px, (int)y, (int)(cw - 80 * S - L.next.w),
                  color_alpha(th->text, tp), TEXT_LEFT);
    }
    strbuf_free(&prompts);
    reveal_view_free(&v);
    draw_button(&app->draw, L.next, "Next", BUTTON_PRIMARY, true, tp);
    static const char *const hints[] = {"Enter", "next", "Space", "break", "Esc", "menu"};
    footer_hints(app, hints, 3);
}

static void reveal_input(App *app, const InputEvent *ev) {
    const Session *s = app->game->session;
    const CardRecord *r = session_last_record(s);
    if (ev->kind == INPUT_CLICK && r && session_card(s)) {
        RevealView v;
        reveal_view(s, r, &v);
        RevealLayout L;
        reveal_layout(app, &v, &L);
        reveal_view_free(&v);
        if (rect_contains(L.next, (float)ev->x, (float)ev->y)) {
            play_send(app, (Action){ACT_NEXT, -1, 0});
            return;
        }
    }
    play_common_input(app, ev);
}

const Screen SCREEN_REVEAL = {.name = "reveal", .draw = reveal_draw, .input = reveal_input, .tick = anim_tick};

/* ---- break overlay ------------------------------------------------------------------ */

static SDL_FRect break_button(App *app) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    return (SDL_FRect){(W - 280 * S) * 0.5f, H * 0.64f, 280 * S, 58 * S};
}

static void break_draw(App *app) {
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    /* Cover the card completely: nothing of the picks shows through. */
    draw_rect(&app->draw, (SDL_FRect){0, 0, W, H}, th->bg);
    draw_vignette(&app->draw);
    draw_logo(&app->draw, W * 0.5f, H * 0.24f, 34 * S, 0);
    text_draw(app->text, TEXT_TITLE, "Taking a breather", (int)(W * 0.5f), (int)(H * 0.34f), 0, th->text, TEXT_CENTER);
    text_draw(
        app->text, TEXT_BODY,
        "Take as long as you need. Stretch, get some water, hold hands if that feels right. Nothing moves until you "
        "come back, and nothing you picked is lost.",
        (int)(W * 0.5f), (int)(H * 0.34f + 64 * S), (int)fminf(W - 80 * S, 760 * S), th->text_dim, TEXT_CENTER);
    draw_button(&app->draw, break_button(app), "We're ready", BUTTON_PRIMARY, true, 1.0f);
    static const char *const hints[] = {"Space", "back to the game", "Esc", "menu"};
    footer_hints(app, hints, 2);
}

static void break_input(App *app, const InputEvent *ev) {
    if ((ev->kind == INPUT_CLICK && rect_contains(break_button(app), (float)ev->x, (float)ev->y)) ||
        ev->kind == INPUT_CONFIRM || ev->kind == INPUT_BREAK) {
        play_send(app, (Action){ACT_BREAK, -1, 0});
        return;
    }
    if (ev->kind == INPUT_BACK) app_push(app, &SCREEN_MENU);
    if (ev->kind == INPUT_QUIT) app_ask_quit(app);
}

const Screen SCREEN_BREAK = {.name = "break", .overlay = true, .draw = break_draw, .input = break_input};

/* ---- session menu overlay ----------------------------------------------------------- */

enum { MENU_CONTINUE, MENU_SKIP, MENU_END, MENU_LEAVE, MENU_COUNT };
static const char *const MENU_LABELS[MENU_COUNT] = {"Continue", "Skip this scenario", "End now and see the summary",
                                                    "Leave (you can pick up later)"};

typedef struct MenuState {
    int focus;
} MenuState;

static void menu_layout(App *app, SDL_FRect *panel, SDL_FRect *buttons) {
    float S = app->ui.s, W = (float)app->ui.w;
    float bw = 420 * S, bh = 54 * S, gap = 12 * S;
    *panel = look_dialog_rect(app, 500, 110 + MENU_COUNT * 66);
    float y = panel->y + 90 * S;
    for (int i = 0; i < MENU_COUNT; i++) {
        buttons[i] = (SDL_FRect){(W - bw) * 0.5f, y, bw, bh};
        y += bh + gap;
    }
}

static void menu_draw(App *app) {
    MenuState *st = app->state;
    SDL_FRect panel, b[MENU_COUNT];
    menu_layout(app, &panel, b);
    look_dialog_draw(app, panel, "Paused", NULL);
    for (int i = 0; i < MENU_COUNT; i++)
        draw_button(&app->draw, b[i], MENU_LABELS[i], i == 0 ? BUTTON_PRIMARY : BUTTON_NORMAL, st->focus == i, 1.0f);
}

static void menu_activate(App *app, int which) {
    Game *g = app->game;
    app_pop(app);
    switch (which) {
    case MENU_SKIP: play_send(app, (Action){ACT_VETO, 0, 0}); break;
    case MENU_END: play_send(app, (Action){ACT_END, -1, 0}); break;
    case MENU_LEAVE:
        /* The autosave stays: the title screen offers to resume. */
        session_destroy(g->session);
        g->session = NULL;
        app_switch(app, &SCREEN_TITLE);
        break;
    default: break;
    }
}

static void menu_input(App *app, const InputEvent *ev) {
    MenuState *st = app->state;
    SDL_FRect panel, b[MENU_COUNT];
    menu_layout(app, &panel, b);
    switch (ev->kind) {
    case INPUT_UP: st->focus = (st->focus + MENU_COUNT - 1) % MENU_COUNT; break;
    case INPUT_DOWN: st->focus = (st->focus + 1) % MENU_COUNT; break;
    case INPUT_CONFIRM: menu_activate(app, st->focus); break;
    case INPUT_BACK: app_pop(app); break;
    case INPUT_QUIT: app_ask_quit(app); break;
    case INPUT_POINTER_MOVE: {
        int h = app_hit(b, MENU_COUNT, ev->x, ev->y);
        if (h >= 0) st->focus = h;
        break;
    }
    case INPUT_CLICK: {
        int h = app_hit(b, MENU_COUNT, ev->x, ev->y);
        if (h >= 0) menu_activate(app, h);
        break;
    }
    default: break;
    }
}

const Screen SCREEN_MENU = {
    .name = "menu", .state_size = sizeof(MenuState), .overlay = true, .draw = menu_draw, .input = menu_input};
