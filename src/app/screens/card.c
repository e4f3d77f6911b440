/* The card with the picks kept hidden. It draws the session and sends actions; the core
 * decides everything. */
#include "app/screens/card.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/game.h"
#include "app/notice.h"
#include "app/screens/console.h"
#include "app/screens/duo.h"
#include "app/screens/nav.h"
#include "app/screens/play.h"
#include "app/ui/glyphs.h"
#include "app/ui/look.h"
#include "app/voice.h"
#include "core/reveal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- card --------------------------------------------------------------------------- */

/* The question of the current round, names filled in. A guess names the question the
 * other answered (the other by name when taking turns, "your partner" side by side). */
static void round_question(const Session *s, const Card *c, RoundKind k, const char *lang, StrBuf *out) {
    switch (k) {
    case ROUND_YOU: strbuf_puts(out, lang_text(lang, "If you did this, how okay would it be?")); return;
    case ROUND_PARTNER: strbuf_puts(out, lang_text(lang, "If your partner did this, how okay would it be?")); return;
    case ROUND_CHOICE: session_fill_text(s, c->question ? c->question : lang_text(lang, "Which fits you best?"), out); return;
    case ROUND_GUESS: reveal_guess_question(s, c, s->turn, out); return;
    default: return;
    }
}

/* The small line above the question: which question of how many, whose turn, and (when
 * rows leave no room for a line of its own) the ladder's rung. */
static void round_words(const Session *s, const Card *c, bool with_step, StrBuf *out) {
    if (with_step) reveal_step_words(s, session_scenario(s), c, out);
    if (s->n_rounds > 1 && with_step) { /* short: the question below says what it is about */
        if (out->len) strbuf_puts(out, "  \xC2\xB7  ");
        strbuf_printf(out, _("Question %d of %d"), s->round + 1, s->n_rounds);
    } else if (s->n_rounds > 1) {
        /* TRANSLATORS: what the question in hand is about, after "Question 1 of 2 · ". */
        static const char *const WHAT[] = {N_("about you"), N_("about your partner"), N_("your answer"),
                                           N_("your guess")};
        if (out->len) strbuf_puts(out, "  \xC2\xB7  ");
        strbuf_printf(out, _("Question %d of %d"), s->round + 1, s->n_rounds);
        strbuf_printf(out, "  \xC2\xB7  %s", _(WHAT[session_round_kind(s)]));
    }
    if (s->setup.mode == MODE_TAKE_TURNS && s->turn >= 0) {
        if (out->len) strbuf_puts(out, "  \xC2\xB7  ");
        /* TRANSLATORS: %s is a player's name. */
        strbuf_printf(out, _("%s's turn"), session_name(s, s->turn));
    }
}

static void option_label(const Session *s, const Card *c, int i, const char *lang, StrBuf *out) {
    if (c->ask == ASK_CHOICE)
        session_fill_text(s, c->options[i], out);
    else
        strbuf_puts(out, lang_text(lang, step_msgid(i + 1)));
}

/* One thing on the card as each player reads it: t[0] in player 1's language, and second
 * player 2's words when they say something else (NULL with one language). */
typedef struct Two {
    StrBuf t[2];
    const char *second;
} Two;
enum { TWO_TEXT, TWO_QUESTION, TWO_OPTION };

static void two_get(App *app, int what, int option, Two *w) {
    bool duo = duo_on(app);
    for (int p = 0; p < 2; p++) {
        strbuf_init(&w->t[p]);
        strbuf_puts(&w->t[p], "");
        if (p && !duo) break;
        const Session *s = duo_session(app, p);
        const Card *c = session_card(s);
        if (!c) continue;
        const char *lang = s->setup.langs[p];
        if (what == TWO_TEXT) session_fill_text(s, c->text, &w->t[p]);
        if (what == TWO_QUESTION) round_question(s, c, session_round_kind(s), lang, &w->t[p]);
        if (what == TWO_OPTION) option_label(s, c, option, lang, &w->t[p]);
    }
    w->second = duo ? bilingual_second(w->t[0].data, w->t[1].data) : NULL;
}

static void two_free(Two *w) {
    strbuf_free(&w->t[0]);
    strbuf_free(&w->t[1]);
}

typedef enum CardMode {
    MODE_CARDS,      /* answers as cards in a row, key caps under them */
    MODE_CARDS_KEYS, /* the same with the key caps inside the cards */
    MODE_ROWS,       /* answers as full-width rows, key caps at their ends (big text, short screens) */
    MODE_ROWS_BARE,  /* the same, wider and closer, without the header (the largest text on a short screen) */
} CardMode;

typedef struct CardLayout {
    float step_y, text_y, question_y, round_y;
    TextRole text_role; /* the card text's size: a heading, or body text when space is short */
    CardMode mode;
    bool header; /* the scenario's title and place above the card (play_header) */
    float cw;    /* the width the text wraps at */
    int n_options;
    SDL_FRect option[DECK_MAX_OPTIONS];
    float label_y[DECK_MAX_OPTIONS];      /* each answer's text, centred in its card or row */
    float label_x, label_w;               /* rows: where the answer's text sits in the row */
    bool inline_option[DECK_MAX_OPTIONS]; /* rows in two languages: both on the row's one line */
    bool inline_question;                 /* the same for the question */
    float keys_y;
    SDL_FRect panel[2];
    SDL_FRect done; /* take turns */
    float countdown_cx, countdown_cy;
} CardLayout;

enum { KEY_H = 38, OPTION_BAND = 22, OPTION_PAD = 16 };

/* Height of a key cap on an answer row. */
static float row_key_h(const App *app) { return 26 * app->ui.s; }

/* The widest key cap a row can carry at either end (a player's key or button). */
static float row_cap_w(App *app) {
    float w = 0, h = row_key_h(app);
    for (int p = 0; p < 2; p++)
        for (int i = 1; i <= 4; i++) {
            const char *k = input_key_label(INPUT_ANSWER, p, i);
            w = fmaxf(w, glyphs_answer_cap(app, p, i, k, 0, 0, h, 1.0f, false));
        }
    return w;
}

/* Lays the card out top to bottom in one mode; returns whether it fits above the
 * players' panels. */
static bool card_try(App *app, CardLayout *L, TextRole text_role, CardMode mode) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    float S = app->ui.s, W = (float)app->ui.w;
    bool rows = mode >= MODE_ROWS, bare = mode == MODE_ROWS_BARE;
    /* Bare: the scenario's title gives its row to the card (the intro and the reveal show
     * it); the facilitator's console keeps that row when it shows. */
    bool header = !bare || console_active(app);
    float cw = bare ? (float)app->ui.w - 40 * S : play_content_w(app);
    memset(L, 0, sizeof *L);
    L->text_role = text_role;
    L->mode = mode;
    L->header = header;
    L->cw = cw;
    float y = (!header ? 16 : rows ? 60 : 86) * S, tight = bare ? 4 * S : 6 * S;
    y = fmaxf(y, console_bottom(app) + 6 * S); /* the facilitator's console is above the card, never over it */
    StrBuf t;
    strbuf_init(&t);
    if (c) reveal_step_words(s, session_scenario(s), c, &t);
    L->step_y = y;
    /* Rows: the ladder's rung joins the round line below instead of a line of its own. */
    if (t.len && !rows) y += (float)text_line_height(app->text, TEXT_SMALL) + 4 * S;
    strbuf_free(&t);
    L->text_y = y;
    Two w;
    two_get(app, TWO_TEXT, 0, &w);
    y += duo_measure(app, text_role, w.t[0].data, w.second, (int)cw) + (rows ? tight : 18 * S);
    two_free(&w);
    L->round_y = y;
    strbuf_init(&t);
    if (c) round_words(s, c, rows, &t);
    y += (float)text_measure(app->text, TEXT_SMALL, t.data ? t.data : "", (int)cw, TEXT_CENTER).y + (rows ? 2 : 6) * S;
    strbuf_free(&t);
    L->question_y = y;
    two_get(app, TWO_QUESTION, 0, &w);
    /* Rows, in two languages: the question on one line when both fit on it. */
    float qh = rows && w.second ? duo_inline_measure(app, TEXT_BODY_BOLD, w.t[0].data, w.second, (int)cw) : 0;
    L->inline_question = qh > 0;
    if (qh <= 0) qh = duo_measure(app, TEXT_BODY_BOLD, w.t[0].data, w.second, (int)cw);
    y += qh + (rows ? tight : 22 * S);
    two_free(&w);
    L->n_options = session_option_count(s);
    if (rows) {
        /* Each answer a row the width of the text, the players' keys at its two ends. */
        float kh = row_key_h(app), cap = row_cap_w(app);
        L->label_x = (W - cw) * 0.5f + cap + 44 * S;
        L->label_w = cw - 2 * (cap + 44 * S);
        /* Two languages: every answer side by side on its row's line when all of them fit
         * so, else every one stacked, so the rows read alike (but see bare, below). */
        bool all_inline = duo_on(app);
        for (int i = 0; c && i < L->n_options && all_inline; i++) {
            two_get(app, TWO_OPTION, i, &w);
            all_inline =
                !w.second || duo_inline_measure(app, TEXT_BODY_BOLD, w.t[0].data, w.second, (int)L->label_w) > 0;
            two_free(&w);
        }
        for (int i = 0; c && i < L->n_options; i++) {
            two_get(app, TWO_OPTION, i, &w);
            /* The most compact layout puts fitting before looks: each row as it fits. */
            L->inline_option[i] =
                w.second && (all_inline || (bare && duo_inline_measure(app, TEXT_BODY_BOLD, w.t[0].data, w.second,
                                                                       (int)L->label_w) > 0));
            float lh = L->inline_option[i] ? (float)text_line_height(app->text, TEXT_BODY_BOLD)
                                           : duo_measure(app, TEXT_BODY_BOLD, w.t[0].data, w.second, (int)L->label_w);
            two_free(&w);
            float rh = fmaxf(lh, kh) + (bare ? 2 : 4) * S;
            L->option[i] = (SDL_FRect){(W - cw) * 0.5f, y, cw, rh};
            L->label_y[i] = y + (rh - lh) * 0.5f;
            y += rh + (bare ? 2 : 3) * S;
        }
    } else {
        float gap = 18 * S;
        float ow = fminf((cw - gap * 3) / 4, 250 * S);
        /* Every answer card is as tall as the longest answer needs, so none spills out. */
        float label_h[DECK_MAX_OPTIONS] = {0}, tallest = 0;
        for (int i = 0; c && i < L->n_options; i++) {
            two_get(app, TWO_OPTION, i, &w);
            label_h[i] = duo_measure(app, TEXT_BODY_BOLD, w.t[0].data, w.second, (int)(ow - 28 * S));
            two_free(&w);
            tallest = fmaxf(tallest, label_h[i]);
        }
        float caps = mode == MODE_CARDS_KEYS ? (KEY_H + 10) * S : 0;
        float oh = fmaxf(caps ? 0 : 110 * S, (OPTION_BAND + 2 * OPTION_PAD) * S + tallest + caps);
        float total = ow * (float)L->n_options + gap * (float)(L->n_options - 1);
        float x = (W - total) * 0.5f;
        for (int i = 0; i < L->n_options; i++) {
            L->option[i] = (SDL_FRect){x, y, ow, oh};
            float area_top = y + OPTION_BAND * S, area_h = oh - OPTION_BAND * S - caps;
            L->label_y[i] = area_top + (area_h - label_h[i]) * 0.5f;
            x += ow + gap;
        }
        y += oh;
        L->keys_y = caps ? y - caps : y + 12 * S;
        if (!caps) y = L->keys_y + KEY_H * S;
    }
    for (int p = 0; p < 2; p++) L->panel[p] = play_panel_rect(app, p);
    float ph = L->panel[0].h, py = L->panel[0].y;
    L->countdown_cx = W * 0.5f;
    L->countdown_cy = py + ph * 0.5f;
    L->done = (SDL_FRect){(W - 220 * S) * 0.5f, py + (ph - 54 * S) * 0.5f, 220 * S, 54 * S};
    if (play_compact(app)) /* between the slim panels in the bottom row */
        L->done = (SDL_FRect){(W - 160 * S) * 0.5f, py, 160 * S, ph};
    /* Taking turns on a narrow screen (big text): Done moves to the side the panel is not on. */
    int p = s->turn == 1 ? 1 : 0;
    if (s->setup.mode == MODE_TAKE_TURNS && L->done.x < L->panel[p].x + L->panel[p].w + 12 * S &&
        L->done.x + L->done.w > L->panel[p].x - 12 * S)
        L->done.x = p == 0 ? W - 40 * S - L->done.w : 40 * S;
    return y + (bare ? 4 : 8) * S <= py;
}

/* The largest layout that fits: answers as cards with the text as a heading, then as
 * body text, then with the key caps inside the cards, then answers as rows. The
 * checker's length limits (deck.h) are measured so that a card at the limits fits at
 * 1280x720 at the largest text size (tests/test_app_card_fit.c). */
static void card_layout(App *app, CardLayout *L) {
    if (card_try(app, L, TEXT_HEADING, MODE_CARDS)) return;
    if (card_try(app, L, TEXT_BODY, MODE_CARDS)) return;
    if (card_try(app, L, TEXT_BODY, MODE_CARDS_KEYS)) return;
    if (card_try(app, L, TEXT_BODY, MODE_ROWS)) return;
    card_try(app, L, TEXT_BODY, MODE_ROWS_BARE);
}

bool card_fits(App *app) {
    CardLayout L;
    return card_try(app, &L, TEXT_BODY, MODE_CARDS_KEYS) || card_try(app, &L, TEXT_BODY, MODE_ROWS) ||
           card_try(app, &L, TEXT_BODY, MODE_ROWS_BARE);
}

static void draw_option(App *app, const CardLayout *L, const Card *c, int i, bool selected, bool hover) {
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s;
    SDL_FRect r = L->option[i];
    bool rows = L->mode >= MODE_ROWS;
    float rad = rows ? 12 * S : 18 * S;
    draw_shadow(d, r, rad, (rows ? 4 : 8) * S, th->shadow);
    draw_round_rect(d, r, rad, hover ? th->surface_hover : th->surface);
    if (c->ask == ASK_RATE) {
        /* A band in the step's colour: the order reads from the band and the words, not colour alone. */
        if (rows) { /* a strip down the row's left edge */
            draw_round_rect(d, (SDL_FRect){r.x, r.y, 16 * S, r.h}, rad, look_step_color(app, i + 1));
            draw_rect(d, (SDL_FRect){r.x + 8 * S, r.y, 8 * S, r.h}, hover ? th->surface_hover : th->surface);
        } else {
            draw_round_rect(d, (SDL_FRect){r.x, r.y, r.w, OPTION_BAND * S}, 18 * S, look_step_color(app, i + 1));
            draw_rect(d, (SDL_FRect){r.x, r.y + 12 * S, r.w, 10 * S}, hover ? th->surface_hover : th->surface);
        }
    }
    Two w;
    two_get(app, TWO_OPTION, i, &w);
    float cx = rows ? L->label_x + L->label_w * 0.5f : r.x + r.w * 0.5f;
    float wrap = rows ? L->label_w : r.w - 28 * S;
    if (rows && L->inline_option[i])
        duo_inline_draw(app, TEXT_BODY_BOLD, w.t[0].data, w.second, cx, L->label_y[i], th->text);
    else /* no readers' markers here: beside the keys, a marker says whose key it is */
        duo_draw_bare(app, TEXT_BODY_BOLD, w.t[0].data, w.second, cx, L->label_y[i], (int)wrap, th->text);
    two_free(&w);
    if (selected) draw_focus_ring(d, r, rad, 1.0f);
}

/* The key caps for each answer: the left player's key at the left, the right player's at
 * the right (under the card, inside it, or at the ends of its row). */
static void draw_keys(App *app, const CardLayout *L, bool take_turns) {
    const Session *s = app->game->session;
    float S = app->ui.s;
    bool rows = L->mode >= MODE_ROWS;
    float h = rows ? row_key_h(app) : 38 * S;
    for (int i = 0; i < L->n_options; i++) {
        SDL_FRect r = L->option[i];
        float y = rows ? r.y + (r.h - h) * 0.5f : L->keys_y;
        if (take_turns) {
            const char *k0 = input_key_label(INPUT_ANSWER, 0, i + 1);
            /* glyphs_answer_cap: a controller's button glyph when that seat has one. */
            float w = glyphs_answer_cap(app, s->turn, i + 1, k0, 0, y, h, 1.0f, false);
            float x = rows ? r.x + 16 * S : r.x + (r.w - w) * 0.5f;
            glyphs_answer_cap(app, s->turn, i + 1, k0, x, y, h, 1.0f, true);
            continue;
        }
        for (int p = 0; p < 2; p++) {
            const char *k = input_key_label(INPUT_ANSWER, p, i + 1);
            float w = glyphs_answer_cap(app, p, i + 1, k, 0, y, h, 1.0f, false);
            float inset = rows ? 16 * S : 8 * S; /* rows: clear of the step's colour strip */
            float x = p == 0 ? r.x + inset : r.x + r.w - inset - w;
            float a = session_can_pick(s, p) ? 1.0f : 0.35f;
            glyphs_answer_cap(app, p, i + 1, k, x, y, h, a, true);
            float mx = p == 0 ? x + w + 14 * S : x - 14 * S;
            draw_shape(&app->draw, look_player_shape(app, p), mx, y + h * 0.5f, 7 * S, 0,
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
    float rad = fminf(20 * S, r.h * 0.5f);
    draw_round_rect(d, r, rad, th->surface);
    if (locked)
        draw_round_rect_outline(d, r, rad, 3 * S, look_player_color(app, p));
    else if (th->high) /* no soft surfaces in high contrast: the panel's edge is drawn */
        draw_round_rect_outline(d, r, rad, 2 * S, th->border);
    const char *status = ui_text_for(app, p,
                                     locked    ? N_("Locked in")
                                     : waiting ? N_("Waiting, eyes away")
                                               : N_("Thinking\xE2\x80\xA6"));
    if (play_compact(app)) {
        /* One line: the marker, the state (always whole), the name in what is left. The
         * state is a sign where one says it plainly (the tick as in the wide panel, an
         * ellipsis for thinking), so a name still shows at the largest text size. */
        float cy = r.y + r.h * 0.5f;
        draw_shape(d, look_player_shape(app, p), r.x + 20 * S, cy, 9 * S, 0, look_player_color(app, p));
        if (!waiting) status = locked ? "\xE2\x9C\x93" : "\xE2\x80\xA6";
        float sw = (float)text_measure(app->text, TEXT_SMALL, status, 0, TEXT_LEFT).x;
        float sh = (float)text_line_height(app->text, TEXT_SMALL);
        if (locked) {
            float rr = fminf(r.h * 0.5f - 4 * S, 14 * S);
            sw = 2 * rr;
            draw_circle(d, r.x + r.w - 14 * S - rr, cy, rr, look_player_color(app, p));
            text_draw(app->text, TEXT_SMALL, status, (int)(r.x + r.w - 14 * S - rr), (int)(cy - sh * 0.5f), 0,
                      th->text_on_accent, TEXT_CENTER);
        } else {
            text_draw(app->text, TEXT_SMALL, status, (int)(r.x + r.w - 14 * S - sw), (int)(cy - sh * 0.5f), 0,
                      th->text_dim, TEXT_LEFT);
        }
        float nx = r.x + 36 * S, nw = r.w - 36 * S - sw - 28 * S;
        char name[SESSION_NAME_MAX * 2];
        text_fit(app->text, TEXT_BODY_BOLD, session_name(s, p), (int)fmaxf(nw, 1), name, sizeof name);
        /* A name cut to nothing but the ellipsis is left out: the marker says whose panel it is. */
        if (strcmp(name, "\xE2\x80\xA6") != 0)
            text_draw(app->text, TEXT_BODY_BOLD, name, (int)nx,
                      (int)(cy - (float)text_line_height(app->text, TEXT_BODY_BOLD) * 0.5f), 0, th->text, TEXT_LEFT);
        return;
    }
    /* At the right end: the tick once locked in, else the keys this card uses ("1-3" on a
     * card with three answers) or the controller's buttons. The name gets what they
     * leave: a long one is cut, never the state. */
    bool side = !locked && !waiting && s->setup.mode == MODE_SIDE_BY_SIDE;
    char keys[32] = "";
    float kh = 32 * S, kw = 0;
    if (side) {
        snprintf(keys, sizeof keys, "%s\xE2\x80\x93%s", input_key_label(INPUT_ANSWER, p, 1),
                 input_key_label(INPUT_ANSWER, p, session_option_count(s)));
        kw = keycap_width(&app->draw, kh, keys);
    }
    look_player_tag(app, p, r.x + 18 * S, r.y + 8 * S, r.h * 0.55f, r.w - fmaxf(102 * S, kw + 48 * S), 1.0f);
    text_draw(app->text, TEXT_SMALL, status, (int)(r.x + 18 * S), (int)(r.y + r.h * 0.56f), 0,
              locked ? th->text : th->text_dim, TEXT_LEFT);
    if (locked) {
        float cx = r.x + r.w - 36 * S, cy = r.y + r.h * 0.5f;
        draw_circle(d, cx, cy, 16 * S, look_player_color(app, p));
        text_draw(app->text, TEXT_BODY_BOLD, "\xE2\x9C\x93", (int)cx,
                  (int)(cy - (float)text_line_height(app->text, TEXT_BODY_BOLD) * 0.5f), 0, th->text_on_accent,
                  TEXT_CENTER);
    } else if (side && !glyphs_player_cluster(app, p, r.x + r.w - 18 * S, r.y + r.h * 0.5f, r.h * 0.74f, 0.85f)) {
        draw_keycap(&app->draw, r.x + r.w - 18 * S - kw, r.y + (r.h - kh) * 0.5f, kh, keys, 1.0f);
    }
}

/* The rung of a ladder, the card's text, which question of how many (and whose turn),
 * and the question. */
static void draw_question(App *app, const CardLayout *L, const Card *c, bool turns) {
    const Session *s = app->game->session;
    const Theme *th = &app->theme;
    float W = (float)app->ui.w;
    bool rows = L->mode >= MODE_ROWS;
    StrBuf t;
    strbuf_init(&t);
    if (!rows) reveal_step_words(s, session_scenario(s), c, &t);
    if (t.len)
        text_draw(app->text, TEXT_SMALL, t.data, (int)(W * 0.5f), (int)L->step_y, (int)L->cw, th->text_dim,
                  TEXT_CENTER);
    strbuf_free(&t);
    Two w;
    two_get(app, TWO_TEXT, 0, &w);
    duo_draw(app, L->text_role, w.t[0].data, w.second, W * 0.5f, L->text_y, (int)L->cw, th->text);
    two_free(&w);
    strbuf_init(&t);
    round_words(s, c, rows, &t);
    text_draw(app->text, TEXT_SMALL, t.data ? t.data : "", (int)(W * 0.5f), (int)L->round_y, (int)L->cw, th->text_dim,
              TEXT_CENTER);
    strbuf_free(&t);
    (void)turns;
    two_get(app, TWO_QUESTION, 0, &w);
    if (L->inline_question)
        duo_inline_draw(app, TEXT_BODY_BOLD, w.t[0].data, w.second, W * 0.5f, L->question_y, th->text);
    else
        duo_draw(app, TEXT_BODY_BOLD, w.t[0].data, w.second, W * 0.5f, L->question_y, (int)L->cw, th->text);
    two_free(&w);
}

static void card_draw(App *app) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    if (!c) return;
    const Theme *th = &app->theme;
    float S = app->ui.s;
    CardLayout L;
    card_layout(app, &L);
    if (L.header) play_header(app);
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
        draw_button(&app->draw, L.done, _("Done"), BUTTON_PRIMARY, ready, ready ? 1.0f : 0.4f);
        /* On controllers the face buttons under the answers pick; the right shoulder is done. */
        char picks[64];
        snprintf(picks, sizeof picks, "%s\xE2\x80\x93%s", input_key_label(INPUT_ANSWER, 0, 1),
                 input_key_label(INPUT_ANSWER, 0, 4));
        const char *brk = play_key(INPUT_BREAK, -1);
        const char *pad_hints[] = {"RB", NC_("hint", "done"), brk, NC_("hint", "break")};
        const char *hints[] = {
            picks, NC_("hint", "or click to pick"), "Enter", NC_("hint", "done"), brk, NC_("hint", "break")};
        PadType type;
        bool pads = pads_seated(&app->pads, 0, &type) && pads_seated(&app->pads, 1, &type);
        play_footer(app, pads ? pad_hints : hints, pads ? 2 : 3);
        return;
    }
    draw_panel(app, &L, 0);
    draw_panel(app, &L, 1);
    if (s->phase == PHASE_COUNTDOWN && s->setup.countdown_ms == 0) {
        /* No countdown: either of them reveals when ready. */
        draw_button(&app->draw, L.done, _("Reveal"), BUTTON_PRIMARY, true, 1.0f);
        text_draw(app->text, TEXT_SMALL, _("Both locked in. Enter reveals; change a pick to wait."),
                  (int)L.countdown_cx, (int)(L.done.y + L.done.h + 8 * S), 0, th->text_dim, TEXT_CENTER);
    } else if (s->phase == PHASE_COUNTDOWN) {
        float frac = 1.0f - (float)s->countdown_ms / (float)s->setup.countdown_ms;
        const char *words = _("Both locked in. Change a pick to wait.");
        float lh = (float)text_line_height(app->text, TEXT_SMALL);
        if (play_compact(app)) {
            /* The slim bottom row has no room for the ring: a small one leads the words,
             * together just above the row. */
            float tw = (float)text_measure(app->text, TEXT_SMALL, words, 0, TEXT_LEFT).x, rr = lh * 0.4f;
            float x = ((float)app->ui.w - tw - 2 * rr - 12 * S) * 0.5f, ty = L.panel[0].y - lh - 8 * S;
            draw_ring(&app->draw, x + rr, ty + lh * 0.5f, rr, 3 * S, frac, th->accent, th->surface_sunk);
            text_draw(app->text, TEXT_SMALL, words, (int)(x + 2 * rr + 12 * S), (int)ty, 0, th->text_dim, TEXT_LEFT);
        } else {
            draw_ring(&app->draw, L.countdown_cx, L.countdown_cy, 26 * S, 6 * S, frac, th->accent, th->surface_sunk);
            text_draw(app->text, TEXT_SMALL, words, (int)L.countdown_cx, (int)(L.countdown_cy + 34 * S), 0,
                      th->text_dim, TEXT_CENTER);
        }
    }
    const char *hints[] = {
        play_pair_keys(INPUT_UNLOCK), NC_("hint", "take back"), play_key(INPUT_BREAK, -1), NC_("hint", "break"), "Esc",
        NC_("hint", "menu")};
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
    if (s->phase == PHASE_COUNTDOWN && s->setup.countdown_ms == 0 && ev->kind == INPUT_CLICK) {
        CardLayout L;
        card_layout(app, &L);
        if (rect_contains(L.done, (float)ev->x, (float)ev->y)) {
            nav_send(app, (Action){ACT_NEXT, -1, 0});
            return;
        }
    }
    play_common_input(app, ev);
}

static bool card_tick(App *app, uint32_t dt) {
    bool veto = play_veto_tick(app);
    const Session *s = app->game->session;
    console_tick(app, dt);
    if (!s || s->phase != PHASE_COUNTDOWN || s->setup.countdown_ms == 0 || s->on_break || s->paused) return veto;
    if (dt) nav_send(app, (Action){ACT_TICK, -1, (int)dt});
    return (app->game->session && app->game->session->phase == PHASE_COUNTDOWN) || veto;
}

/* Read aloud: the card's text, the question and the numbered answers, from the card and
 * the round alone; the status says who is locked in. Never a pick (voice.h). */
static void card_voice(App *app, VoiceText *v) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    if (!c) return;
    RoundKind k = session_round_kind(s);
    if (s->setup.mode == MODE_TAKE_TURNS && s->turn >= 0)
        voice_add(v->body, sizeof v->body, _("%s's turn. "), session_name(s, s->turn));
    StrBuf b;
    if (c->step) {
        strbuf_init(&b);
        reveal_step_words(s, session_scenario(s), c, &b);
        voice_add(v->body, sizeof v->body, "%s. ", b.data ? b.data : "");
        strbuf_free(&b);
    }
    play_fill(s, c->text, &b);
    voice_add(v->body, sizeof v->body, "%s ", b.data);
    strbuf_free(&b);
    if (s->n_rounds > 1) voice_add(v->body, sizeof v->body, _("Question %d of %d. "), s->round + 1, s->n_rounds);
    strbuf_init(&b);
    round_question(s, c, k, s->setup.langs[0], &b);
    voice_add(v->body, sizeof v->body, "%s", b.data ? b.data : "");
    strbuf_free(&b);
    for (int i = 0; i < session_option_count(s); i++) {
        strbuf_init(&b);
        option_label(s, c, i, s->setup.langs[0], &b);
        voice_add(v->body, sizeof v->body, " %d: %s.", i + 1, b.data ? b.data : "");
        strbuf_free(&b);
    }
    voice_lock_status(app, v->status, sizeof v->status);
}

const Screen SCREEN_CARD = {.name = "card",
                            .draw = card_draw,
                            .input = card_input,
                            .tick = card_tick,
                            .answers = true,
                            .voice = card_voice,
                            .fits_window = true};
