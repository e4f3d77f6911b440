/* The scenario's intro, the card with the picks kept hidden, and the cover that comes
 * between two players taking turns. They draw the session and send actions; the core
 * decides everything. */
#include "app/screens/card.h"

#include "app/app.h"
#include "app/game.h"
#include "app/notice.h"
#include "app/screens/console.h"
#include "app/screens/nav.h"
#include "app/screens/play.h"
#include "app/ui/glyphs.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- intro -------------------------------------------------------------------------- */

typedef struct IntroLayout {
    float title_y, chips_y, note_y, body_y;
    SDL_FRect note, start;
} IntroLayout;

static void intro_layout(App *app, IntroLayout *L) {
    const Session *s = app->game->session;
    const Scenario *sc = session_scenario(s);
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = play_content_w(app);
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
    float t = look_ease(look_anim(app, app->screen_since, 500));
    char top[80];
    snprintf(top, sizeof top, "Scenario %d of %d", session_scenario_number(s), s->n_deal);
    text_draw(app->text, TEXT_SMALL, top, (int)(W * 0.5f), (int)(L.title_y - 34 * S), 0, th->text_dim, TEXT_CENTER);
    StrBuf title;
    play_fill(s, sc->title, &title);
    text_draw(app->text, TEXT_TITLE, title.data, (int)(W * 0.5f), (int)(L.title_y + (1 - t) * 12 * S),
              (int)play_content_w(app), color_alpha(th->text, t), TEXT_CENTER);
    strbuf_free(&title);
    const Deck *deck = s->lib->decks[s->deal[s->pos].deck];
    static const char *const INTENSITY_WORDS[] = {"Gentle", "Honest", "Deep"};
    char chips[160];
    snprintf(chips, sizeof chips, "%s  \xC2\xB7  %s%s", category_title(deck->category), INTENSITY_WORDS[sc->intensity],
             sc->ladder ? "  \xC2\xB7  a ladder: each step adds one detail" : "");
    text_draw(app->text, TEXT_BODY, chips, (int)(W * 0.5f), (int)L.chips_y, (int)play_content_w(app), th->text_dim,
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
    text_draw(app->text, TEXT_BODY, body, (int)(W * 0.5f), (int)L.body_y, (int)play_content_w(app), th->text_dim,
              TEXT_CENTER);
    draw_button(&app->draw, L.start, "Begin", BUTTON_PRIMARY, true, t);
    static const char *const hints[] = {"Enter", "begin", "Space", "break", "Esc", "menu"};
    play_footer(app, hints, 3);
}

static void intro_input(App *app, const InputEvent *ev) {
    IntroLayout L;
    intro_layout(app, &L);
    if (ev->kind == INPUT_CLICK && rect_contains(L.start, (float)ev->x, (float)ev->y)) {
        nav_send(app, (Action){ACT_NEXT, -1, 0});
        return;
    }
    play_common_input(app, ev);
}
const Screen SCREEN_INTRO = {.name = "intro", .draw = intro_draw, .input = intro_input, .tick = play_entry_tick};

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
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = play_content_w(app);
    memset(L, 0, sizeof *L);
    float y = 92 * S;
    L->text_y = y;
    StrBuf t;
    play_fill(s, c ? c->text : "", &t);
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

/* The card's text, which question of how many (and whose turn), and the question. */
static void draw_question(App *app, const CardLayout *L, const Card *c, bool turns) {
    const Session *s = app->game->session;
    const Theme *th = &app->theme;
    float W = (float)app->ui.w;
    RoundKind k = session_round_kind(s);
    StrBuf t;
    play_fill(s, c->text, &t);
    text_draw(app->text, TEXT_HEADING, t.data, (int)(W * 0.5f), (int)L->text_y, (int)play_content_w(app), th->text,
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
    text_draw(app->text, TEXT_SMALL, round, (int)(W * 0.5f), (int)L->round_y, 0, th->text_dim, TEXT_CENTER);
    char qbuf[160];
    StrBuf q;
    play_fill(s, round_question(s, c, k, qbuf, sizeof qbuf), &q);
    text_draw(app->text, TEXT_BODY_BOLD, q.data, (int)(W * 0.5f), (int)L->question_y, (int)play_content_w(app),
              th->text, TEXT_CENTER);
    strbuf_free(&q);
}

static void card_draw(App *app) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    if (!c) return;
    const Theme *th = &app->theme;
    float S = app->ui.s;
    CardLayout L;
    card_layout(app, &L);
    play_header(app);
    bool turns = s->setup.mode == MODE_TAKE_TURNS;
    draw_question(app, &L, c, turns);
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
        play_footer(app, pads ? pad_hints : hints, pads ? 2 : 3);
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
    play_footer(app, hints, 3);
}

static void card_input(App *app, const InputEvent *ev) {
    const Session *s = app->game->session;
    if (s->setup.mode == MODE_TAKE_TURNS && ev->kind == INPUT_CLICK) {
        CardLayout L;
        card_layout(app, &L);
        for (int i = 0; i < L.n_options; i++) {
            if (rect_contains(L.option[i], (float)ev->x, (float)ev->y)) {
                nav_send(app, (Action){ACT_PICK, s->turn, i + 1});
                return;
            }
        }
        if (rect_contains(L.done, (float)ev->x, (float)ev->y)) {
            nav_send(app, (Action){ACT_NEXT, s->turn, 0});
            return;
        }
    }
    play_common_input(app, ev);
}

static bool card_tick(App *app, uint32_t dt) {
    const Session *s = app->game->session;
    console_tick(app, dt);
    if (!s || s->phase != PHASE_COUNTDOWN || s->on_break || s->paused) return false;
    if (dt) nav_send(app, (Action){ACT_TICK, -1, (int)dt});
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
    text_draw(app->text, TEXT_TITLE, line, (int)(W * 0.5f), (int)(H * 0.32f), (int)play_content_w(app), th->text,
              TEXT_CENTER);
    snprintf(line, sizeof line, "%s, look away for a moment. No peeking, no hints.", session_name(s, other));
    text_draw(app->text, TEXT_BODY, line, (int)(W * 0.5f), (int)(H * 0.32f + 70 * S), (int)play_content_w(app),
              th->text_dim, TEXT_CENTER);
    snprintf(line, sizeof line, "I'm %s, ready", session_name(s, p));
    draw_button(&app->draw, cover_button(app), line, BUTTON_PRIMARY, true, 1.0f);
    static const char *const hints[] = {"Enter", "ready", "Space", "break"};
    play_footer(app, hints, 2);
}

static void cover_input(App *app, const InputEvent *ev) {
    if (ev->kind == INPUT_CLICK && rect_contains(cover_button(app), (float)ev->x, (float)ev->y)) {
        nav_send(app, (Action){ACT_NEXT, app->game->session->turn, 0});
        return;
    }
    play_common_input(app, ev);
}

const Screen SCREEN_COVER = {.name = "cover", .draw = cover_draw, .input = cover_input, .tick = play_console_tick};
