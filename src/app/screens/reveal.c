/* The reveal: draws the core's RevealView (core/reveal.h). One row per comparison (a card
 * asked from both sides has one per act, "If Alex did it"), each with both markers and
 * its own verdict; the headline never contradicts a row; then mirror and guess notes and
 * the prompts to talk about. Long names, notes and big text shrink what can shrink; what
 * still does not fit scrolls (arrows, the wheel, the d-pad), with a bar that says so. */
#include "app/screens/reveal.h"

#include "core/i18n.h"

#include "app/app.h"
#include "app/game.h"
#include "app/screens/duo.h"
#include "app/screens/nav.h"
#include "app/screens/play.h"
#include "app/ui/look.h"
#include "app/voice.h"
#include "core/reveal.h"
#include "core/summary.h"

#include <math.h>
#include <stdio.h>

typedef struct RevealState {
    float scroll; /* how far the content below the header is scrolled (pixels) */
} RevealState;

typedef struct RevealLayout {
    TextRole headline_role, talk_role;
    float step_y, text_y, headline_y, sub_y;
    int n_rows;
    float label_y[2];
    float steps_y, steps_h;        /* the step names over the first scale, as tall as the tallest */
    float step_h[SCALE_STEPS + 1]; /* each step's names (both players' when they differ) */
    bool scale_two;                /* the scale's words differ for player 2: a second line */
    SDL_FRect bar[2]; /* rate cards: the scale of each row; choice cards: bar[0] holds the options */
    float notes_y, talk_y;
    float top, bottom; /* the content's area (below the header, above the footer) */
    float height;      /* the content's full height; more than bottom - top when it scrolls */
    bool text;         /* the card's text is shown again (two languages short of room leave it to the card) */
    SDL_FRect next;
} RevealLayout;

enum {
    MARK_ROOM = 23, /* above and below a bar, for the markers and their names */
    BULLET_W = 22,  /* a prompt's bullet and the gap after it */
};

/* Player 2's words for what view 0 says as a, when they differ (NULL with one language). */
static const char *second(const BiReveal *b, const char *a, const char *other) {
    return b->two ? bilingual_second(a, other) : NULL;
}

/* A text and, in two languages, the other under it: duo_measure, or nothing for no text. */
static float measure2(App *app, TextRole role, const char *a, const char *b, float w) {
    return a && *a ? duo_measure(app, role, a, b, (int)w) : 0;
}

/* The card's text in each language (t[1] empty with one). */
static void card_texts(App *app, StrBuf t[2]) {
    for (int p = 0; p < 2; p++) {
        const Session *s = duo_session(app, p);
        const Card *c = session_card(s);
        play_fill(s, c && (p == 0 || duo_on(app)) ? c->text : "", &t[p]);
    }
}

/* A choice card's option i in player 2's words when they differ, into out. */
static const char *option2(App *app, const char *first, int i, StrBuf *out) {
    strbuf_init(out);
    if (!duo_on(app)) return NULL;
    const Session *s = duo_session(app, 1);
    const Card *c = session_card(s);
    if (!c || i >= c->n_options) return NULL;
    session_fill_text(s, c->options[i], out);
    return bilingual_second(first, out->data);
}

/* Whether the scale's words read differently for player 2 (a second line over the scale). */
static bool scale_two(const App *app) {
    if (!duo_on(app)) return false;
    for (int k = 1; k <= SCALE_STEPS; k++)
        if (bilingual_second(ui_text_for(app, 0, step_msgid(k)), ui_text_for(app, 1, step_msgid(k)))) return true;
    return false;
}

/* A row's words in both languages, one line: "Different views · <the other's>". */
static void joined(const char *a, const char *b, char *out, size_t n) {
    if (b)
        snprintf(out, n, "%s  \xC2\xB7  %s", a, b);
    else
        snprintf(out, n, "%s", a ? a : "");
}

/* The width a step's name may take over its part of a scale bw wide. */
static float step_w(const App *app, float bw) { return bw / SCALE_STEPS - 4 * app->ui.s; }

/* The height of step k's words over a scale bw wide: each player's when two differ. */
static float step_h(App *app, int k, float bw, bool two) {
    const char *w0 = ui_text_for(app, 0, step_msgid(k)), *w1 = ui_text_for(app, 1, step_msgid(k));
    float w = step_w(app, bw), h = (float)text_measure(app->text, TEXT_SMALL, w0, (int)w, TEXT_CENTER).y;
    if (two) h += (float)text_measure(app->text, TEXT_SMALL, w1, (int)w, TEXT_CENTER).y;
    return h;
}

/* What a row is about ("If Alex did it") and its verdict, in both languages when they
 * differ; a lone row's verdict is the headline's, so it is not repeated. */
typedef struct RowWords {
    char label[256], verdict[256];
} RowWords;

static void row_words(const RevealRow *row, const RevealRow *row2, int n_rows, RowWords *out) {
    joined(row->label, row2 && row->label ? bilingual_second(row->label, row2->label) : NULL, out->label,
           sizeof out->label);
    if (n_rows > 1 && row->verdict)
        joined(row->verdict, row2 ? bilingual_second(row->verdict, row2->verdict) : NULL, out->verdict,
               sizeof out->verdict);
    else
        out->verdict[0] = '\0';
}

/* The label at the left wraps in what the verdict at the right leaves, so a long name
 * takes a second line rather than running into the scale's words. */
static float row_label_room(App *app, const RowWords *rw, float bw, float *verdict_w) {
    *verdict_w = rw->verdict[0] ? (float)text_measure(app->text, TEXT_BODY_BOLD, rw->verdict, 0, TEXT_LEFT).x : 0;
    return bw - *verdict_w - 24 * app->ui.s;
}

static float row_label_h(App *app, const RowWords *rw, float bw) {
    float vw, room = row_label_room(app, rw, bw, &vw);
    float h = (float)text_line_height(app->text, TEXT_BODY_BOLD);
    if (rw->label[0]) h = fmaxf(h, (float)text_measure(app->text, TEXT_BODY_BOLD, rw->label, (int)room, TEXT_LEFT).y);
    return h;
}

/* Everything top to bottom at given sizes; returns the content's height. */
static float reveal_try(App *app, const BiReveal *br, RevealLayout *L, TextRole headline, TextRole talk, bool text) {
    const RevealView *v = &br->view[0], *v1 = &br->view[1];
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = play_content_w(app);
    memset(L, 0, sizeof *L);
    L->headline_role = headline;
    L->talk_role = talk;
    L->top = 70 * S;
    L->next = (SDL_FRect){W - 40 * S - 200 * S, H - 96 * S, 200 * S, 56 * S};
    L->bottom = L->next.y - 6 * S; /* the content never runs under Next */
    float y = L->top + 12 * S;
    L->step_y = y;
    if (v->step) y += measure2(app, TEXT_SMALL, v->step, second(br, v->step, v1->step), cw) + 2 * S;
    L->text_y = y;
    L->text = text;
    StrBuf t[2];
    card_texts(app, t);
    if (text) y += measure2(app, TEXT_BODY, t[0].data, second(br, t[0].data, t[1].data), cw) + 8 * S;
    strbuf_free(&t[0]);
    strbuf_free(&t[1]);
    L->headline_y = y;
    y += measure2(app, headline, v->headline, second(br, v->headline, v1->headline), cw) + 2 * S;
    L->sub_y = y;
    if (v->subline) y += measure2(app, TEXT_SMALL, v->subline, second(br, v->subline, v1->subline), cw);
    y += 10 * S;
    L->n_rows = v->n_rows;
    float bx = (W - cw) * 0.5f + 40 * S, bw = cw - 80 * S;
    if (v->choice) {
        float rh = fmaxf(46 * S, (float)text_line_height(app->text, TEXT_BODY) + 16 * S);
        if (br->two) /* room for the option in the other language, a size smaller */
            rh += (float)text_line_height(app->text, TEXT_SMALL);
        L->bar[0] = (SDL_FRect){(W - cw) * 0.5f, y, cw, rh * (float)c->n_options};
        y += L->bar[0].h + 8 * S;
    } else {
        /* Each row: what it is about and its verdict on one line, then the scale with a
         * marker above (player 1) and below (player 2); the step names over the first. */
        for (int i = 0; i < v->n_rows; i++) {
            L->label_y[i] = y;
            RowWords rw;
            row_words(&v->rows[i], br->two ? &v1->rows[i] : NULL, v->n_rows, &rw);
            if (rw.label[0] || rw.verdict[0]) y += row_label_h(app, &rw, bw) + 2 * S;
            if (i == 0) {
                L->steps_y = y;
                L->scale_two = scale_two(app);
                for (int k = 1; k <= SCALE_STEPS; k++) {
                    L->step_h[k] = step_h(app, k, bw, L->scale_two);
                    L->steps_h = fmaxf(L->steps_h, L->step_h[k]);
                }
                y += L->steps_h + 2 * S;
            }
            y += MARK_ROOM * S;
            L->bar[i] = (SDL_FRect){bx, y, bw, 20 * S};
            y += 20 * S + MARK_ROOM * S + 4 * S;
        }
    }
    L->notes_y = y;
    for (int i = 0; i < v->n_notes; i++)
        y +=
            measure2(app, TEXT_SMALL, v->notes[i], i < v1->n_notes ? second(br, v->notes[i], v1->notes[i]) : NULL, cw) +
            2 * S;
    if (v->n_notes) y += 8 * S;
    L->talk_y = y;
    if (v->n_prompts) {
        y += (float)text_line_height(app->text, TEXT_SMALL) + 4 * S;
        int pw = (int)(cw - 80 * S - BULLET_W * S);
        for (int i = 0; i < v->n_prompts; i++) {
            y += (float)text_measure(app->text, talk, v->prompts[i], pw, TEXT_LEFT).y;
            const char *p2 = i < v1->n_prompts ? second(br, v->prompts[i], v1->prompts[i]) : NULL;
            if (p2) y += (float)text_measure(app->text, duo_second_role(talk), p2, pw, TEXT_LEFT).y + 8 * S;
        }
    }
    return y - L->top + 8 * S;
}

/* The largest sizes that fit; past that the content scrolls. */
static void reveal_layout(App *app, const BiReveal *v, RevealLayout *L) {
    static const TextRole TRY[3][2] = {{TEXT_TITLE, TEXT_BODY}, {TEXT_HEADING, TEXT_BODY}, {TEXT_HEADING, TEXT_SMALL}};
    for (int i = 0; i < 3; i++) {
        L->height = reveal_try(app, v, L, TRY[i][0], TRY[i][1], true);
        if (L->top + L->height <= L->bottom) return;
    }
    /* Two languages still short of room: the card's text in both was just read on the
     * card; the title above and the rows say what this is about. Past that, it scrolls. */
    if (v->two) L->height = reveal_try(app, v, L, TRY[2][0], TRY[2][1], false);
}

static float max_scroll(const RevealLayout *L) { return fmaxf(0, L->height - (L->bottom - L->top)); }

/* A marker on a bar with the player's name beside it: on the side with more room, so a
 * long name never runs into the verdict or off the screen. */
static void draw_marker(App *app, SDL_FRect bar, int p, int answer, float t, int n_steps) {
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s;
    float seg = bar.w / (float)n_steps;
    float target = bar.x + seg * ((float)answer - 0.5f);
    float x = bar.x + bar.w * 0.5f + (target - bar.x - bar.w * 0.5f) * t; /* slides out from the middle */
    float cy = p == 0 ? bar.y - 12 * S : bar.y + bar.h + 12 * S;
    draw_shape(d, look_player_shape(app, p), x, cy, 10 * S, 0, color_alpha(look_player_color(app, p), t));
    draw_shape(d, look_player_shape(app, p), x, cy, 10 * S, 1.5f * S, color_alpha(th->text, 0.45f * t));
    const char *name = session_name(app->game->session, p);
    float ny = cy - (float)text_line_height(app->text, TEXT_SMALL) * 0.5f;
    bool right = target < bar.x + bar.w * 0.5f;
    text_draw(app->text, TEXT_SMALL, name, (int)(right ? x + 16 * S : x - 16 * S), (int)ny, 0, color_alpha(th->text, t),
              right ? TEXT_LEFT : TEXT_RIGHT);
}

static void draw_reveal_row(App *app, const RevealLayout *L, int i, const RevealRow *row, const RevealRow *row2,
                            int n_rows, float t, float dy) {
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s;
    SDL_FRect bar = L->bar[i];
    bar.y += dy;
    float ly = L->label_y[i] + dy, vw;
    RowWords rw;
    row_words(row, row2, n_rows, &rw);
    float room = row_label_room(app, &rw, bar.w, &vw);
    if (vw > 0)
        text_draw(app->text, TEXT_BODY_BOLD, rw.verdict, (int)(bar.x + bar.w), (int)ly, 0, color_alpha(th->text, t),
                  TEXT_RIGHT);
    if (rw.label[0]) text_draw(app->text, TEXT_BODY_BOLD, rw.label, (int)bar.x, (int)ly, (int)room, th->text, TEXT_LEFT);
    float seg = bar.w / SCALE_STEPS, sw = step_w(app, bar.w);
    bool two = L->scale_two;
    for (int k = 0; k < SCALE_STEPS; k++) {
        SDL_FRect r = {bar.x + seg * (float)k + 2 * S, bar.y, seg - 4 * S, bar.h};
        draw_round_rect(d, r, bar.h * 0.5f, look_step_color(app, k + 1));
        if (i != 0) continue;
        /* The scale's words (each player's, the second under the first) sit on the scale,
         * however many lines their neighbours take. */
        const char *w0 = ui_text_for(app, 0, step_msgid(k + 1)), *w1 = ui_text_for(app, 1, step_msgid(k + 1));
        float wy = L->steps_y + dy + L->steps_h - L->step_h[k + 1], cx = r.x + r.w * 0.5f;
        wy += (float)text_draw(app->text, TEXT_SMALL, w0, (int)cx, (int)wy, (int)sw, two ? th->text : th->text_dim,
                               TEXT_CENTER)
                  .y;
        if (two) text_draw(app->text, TEXT_SMALL, w1, (int)cx, (int)wy, (int)sw, th->text_dim, TEXT_CENTER);
    }
    for (int p = 0; p < 2; p++)
        if (row->answer[p] >= 1) draw_marker(app, bar, p, row->answer[p], t, SCALE_STEPS);
}

static void draw_choice_reveal(App *app, SDL_FRect area, const Card *c, const int picks[2], float t) {
    const Session *s = app->game->session;
    const Theme *th = &app->theme;
    float S = app->ui.s, rh = area.h / (float)c->n_options;
    for (int i = 0; i < c->n_options; i++) {
        SDL_FRect row = {area.x, area.y + rh * (float)i, area.w, rh - 6 * S};
        bool chosen = picks[0] == i + 1 || picks[1] == i + 1;
        draw_round_rect(&app->draw, row, 12 * S, chosen ? th->surface : color_alpha(th->surface, 0.45f));
        /* Who chose it, at the right; the answer takes what is left. */
        float x = row.x + row.w - 20 * S, names_w = 0;
        for (int p = 1; p >= 0; p--) {
            if (picks[p] != i + 1) continue;
            float w = (float)text_measure(app->text, TEXT_SMALL, session_name(s, p), 0, TEXT_LEFT).x;
            float cy = row.y + row.h * 0.5f;
            text_draw(app->text, TEXT_SMALL, session_name(s, p), (int)x,
                      (int)(cy - (float)text_line_height(app->text, TEXT_SMALL) * 0.5f), 0, color_alpha(th->text, t),
                      TEXT_RIGHT);
            draw_shape(&app->draw, look_player_shape(app, p), x - w - 14 * S, cy, 9 * S, 0,
                       color_alpha(look_player_color(app, p), t));
            x -= w + 40 * S;
            names_w += w + 40 * S;
        }
        StrBuf opt, other;
        play_fill(s, c->options[i], &opt);
        const char *opt2 = option2(app, opt.data, i, &other);
        float lh = (float)text_line_height(app->text, TEXT_BODY), lh2 = (float)text_line_height(app->text, TEXT_SMALL);
        float oy = row.y + (row.h - lh - (opt2 ? lh2 : 0)) * 0.5f, ow = fmaxf(row.w - 36 * S - names_w, 40 * S);
        text_draw(app->text, TEXT_BODY, opt.data, (int)(row.x + 18 * S), (int)oy, (int)ow,
                  chosen ? th->text : th->text_dim, TEXT_LEFT);
        if (opt2) /* the other language under it, a size smaller */
            text_draw(app->text, TEXT_SMALL, opt2, (int)(row.x + 18 * S), (int)(oy + lh), (int)ow, th->text_dim,
                      TEXT_LEFT);
        strbuf_free(&opt);
        strbuf_free(&other);
    }
}

/* While part of the reveal is out of view, a pill at the foot of it says so, and what:
 * the questions to talk about are the point of it, and easy to miss below the fold. */
static void draw_more_below(App *app, const RevealLayout *L, bool prompts) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    /* TRANSLATORS: beside Next while part of the reveal is out of view; the arrow points down. */
    const char *words = prompts ? _("More below: to talk about \xE2\x86\x93") : _("More below \xE2\x86\x93");
    SDL_Point size = text_measure(app->text, TEXT_SMALL, words, 0, TEXT_LEFT);
    float pw = (float)size.x + 32 * S, ph = (float)size.y + 12 * S;
    /* In Next's band, just left of it: below the content, never over it. */
    float x = fmaxf(12 * S, L->next.x - 16 * S - pw), y = L->next.y + (L->next.h - ph) * 0.5f;
    SDL_FRect r = {x, y, pw, ph};
    draw_shadow(&app->draw, r, ph * 0.5f, 8 * S, th->shadow);
    draw_round_rect(&app->draw, r, ph * 0.5f, th->surface);
    draw_round_rect_outline(&app->draw, r, ph * 0.5f, 1.5f * S, th->border);
    text_draw(app->text, TEXT_SMALL, words, (int)(x + 16 * S), (int)(y + 6 * S), 0, th->text, TEXT_LEFT);
}

static void reveal_draw(App *app) {
    RevealState *st = app->state;
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    const CardRecord *r = session_last_record(s);
    if (!c || !r) return;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, cw = play_content_w(app);
    BiReveal br;
    bireveal_view(s, r, &br);
    const RevealView *v = &br.view[0], *v1 = &br.view[1];
    RevealLayout L;
    reveal_layout(app, &br, &L);
    st->scroll = fminf(st->scroll, max_scroll(&L));
    float dy = -st->scroll;
    play_header(app);
    float t = look_ease(look_anim(app, app->screen_since, PLAY_REVEAL_MS));
    float tp =
        look_ease(look_anim(app, app->screen_since + PLAY_REVEAL_MS / 2, PLAY_PROMPTS_DELAY_MS + PLAY_REVEAL_MS / 2));
    SDL_Rect clip = {0, (int)L.top, (int)W, (int)(L.bottom - L.top)};
    SDL_RenderSetClipRect(app->renderer, &clip);
    if (v->step)
        duo_draw(app, TEXT_SMALL, v->step, second(&br, v->step, v1->step), W * 0.5f, L.step_y + dy, (int)cw,
                 th->text_dim);
    StrBuf text[2];
    card_texts(app, text);
    if (L.text)
        duo_draw(app, TEXT_BODY, text[0].data, second(&br, text[0].data, text[1].data), W * 0.5f, L.text_y + dy,
                 (int)cw, th->text_dim);
    strbuf_free(&text[0]);
    strbuf_free(&text[1]);
    duo_draw(app, L.headline_role, v->headline, second(&br, v->headline, v1->headline), W * 0.5f, L.headline_y + dy,
             (int)cw, color_alpha(th->text, t));
    if (v->subline)
        duo_draw(app, TEXT_SMALL, v->subline, second(&br, v->subline, v1->subline), W * 0.5f, L.sub_y + dy, (int)cw,
                 th->text_dim);
    if (v->choice) {
        SDL_FRect area = L.bar[0];
        area.y += dy;
        draw_choice_reveal(app, area, c, v->rows[0].answer, t);
    } else {
        for (int i = 0; i < v->n_rows; i++)
            /* One row: the headline above already says its verdict (row_words). */
            draw_reveal_row(app, &L, i, &v->rows[i], br.two ? &v1->rows[i] : NULL, v->n_rows, t, dy);
    }
    /* Notes (mirror gaps, guesses), then this outcome's prompts. */
    float y = L.notes_y + dy;
    for (int i = 0; i < v->n_notes; i++)
        y += duo_draw(app, TEXT_SMALL, v->notes[i], i < v1->n_notes ? second(&br, v->notes[i], v1->notes[i]) : NULL,
                      W * 0.5f, y, (int)cw, color_alpha(th->text, tp)) +
             2 * S;
    if (v->n_prompts) {
        float px = (W - cw) * 0.5f + 40 * S;
        y = L.talk_y + dy;
        text_draw(app->text, TEXT_SMALL, _("To talk about"), (int)px, (int)y, 0, color_alpha(th->text_dim, tp),
                  TEXT_LEFT);
        y += (float)text_line_height(app->text, TEXT_SMALL) + 4 * S;
        for (int i = 0; i < v->n_prompts; i++) {
            /* The bullet apart, so a prompt's second line lines up with its first. */
            text_draw(app->text, L.talk_role, "\xE2\x80\xA2", (int)px, (int)y, 0, color_alpha(th->text, tp), TEXT_LEFT);
            int pw = (int)(cw - 80 * S - BULLET_W * S);
            y += (float)text_draw(app->text, L.talk_role, v->prompts[i], (int)(px + BULLET_W * S), (int)y, pw,
                                  color_alpha(th->text, tp), TEXT_LEFT)
                     .y;
            /* The same prompt in the other language, a size smaller, before the next bullet. */
            const char *p2 = i < v1->n_prompts ? second(&br, v->prompts[i], v1->prompts[i]) : NULL;
            if (p2)
                y += (float)text_draw(app->text, duo_second_role(L.talk_role), p2, (int)(px + BULLET_W * S), (int)y, pw,
                                      color_alpha(th->text_dim, tp), TEXT_LEFT)
                         .y +
                     8 * S;
        }
    }
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (max_scroll(&L) > 0) {
        /* A slim bar at the right: there is more, and where it is. */
        float view = L.bottom - L.top, frac = view / L.height;
        float pos = st->scroll / max_scroll(&L);
        draw_round_rect(&app->draw, (SDL_FRect){W - 14 * S, L.top + (view - view * frac) * pos, 6 * S, view * frac},
                        3 * S, color_alpha(th->text_dim, 0.6f));
    }
    if (st->scroll < max_scroll(&L) - 1) draw_more_below(app, &L, v->n_prompts > 0);
    bireveal_free(&br);
    draw_button(&app->draw, L.next, _("Next"), BUTTON_PRIMARY, true, tp);
    const char *hints[] = {"Enter", NC_("hint", "next"), play_key(INPUT_BREAK, -1), NC_("hint", "break"),
                           "Esc",   NC_("hint", "menu")};
    play_footer(app, hints, 3);
}

static void reveal_input(App *app, const InputEvent *ev) {
    RevealState *st = app->state;
    const Session *s = app->game->session;
    const CardRecord *r = session_last_record(s);
    if (!r || !session_card(s)) {
        play_common_input(app, ev);
        return;
    }
    BiReveal br;
    bireveal_view(s, r, &br);
    RevealLayout L;
    reveal_layout(app, &br, &L);
    bireveal_free(&br);
    float step = 60 * app->ui.s;
    switch (ev->kind) {
    case INPUT_UP: st->scroll = fmaxf(0, st->scroll - step); return;
    case INPUT_DOWN: st->scroll = fminf(max_scroll(&L), st->scroll + step); return;
    case INPUT_SCROLL:
        st->scroll = fminf(max_scroll(&L), fmaxf(0, st->scroll - (float)ev->value * step * 0.6f));
        return;
    case INPUT_CLICK:
        if (rect_contains(L.next, (float)ev->x, (float)ev->y)) {
            nav_send(app, (Action){ACT_NEXT, -1, 0});
            return;
        }
        break;
    default: break;
    }
    play_common_input(app, ev);
}

/* Read aloud: the headline, then for each comparison whose act it is, both answers and
 * its verdict; the mirror and guess notes; the prompts. The same RevealView as drawn. */
static void reveal_voice(App *app, VoiceText *out) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    const CardRecord *r = session_last_record(s);
    if (!c || !r) return;
    RevealView v;
    reveal_view(s, r, &v);
    snprintf(out->title, sizeof out->title, "%s.", v.headline);
    char *b = out->body;
    size_t n = sizeof out->body;
    if (v.step) voice_add(b, n, "%s. ", v.step);
    if (v.subline) voice_add(b, n, "%s. ", v.subline);
    RoundKind k = v.choice ? ROUND_CHOICE : ROUND_YOU;
    for (int i = 0; i < v.n_rows; i++) {
        const RevealRow *row = &v.rows[i];
        if (row->label) voice_add(b, n, "%s: ", row->label);
        for (int p = 0; p < 2; p++) {
            StrBuf w;
            strbuf_init(&w);
            reveal_answer_words(s, c, k, row->answer[p], &w);
            /* TRANSLATORS: read aloud at the reveal: "Alex chose Talk first;" / "Sam said Fine." */
            voice_add(b, n, v.choice ? _("%s chose %s") : _("%s said %s"), session_name(s, p), w.data ? w.data : "");
            voice_add(b, n, "%s ", p == 0 ? ";" : ".");
            strbuf_free(&w);
        }
        /* One row: the headline already said its verdict, as on the screen. */
        if (row->verdict && v.n_rows > 1) voice_add(b, n, "%s. ", row->verdict);
    }
    for (int i = 0; i < v.n_notes; i++) voice_add(b, n, "%s ", v.notes[i]);
    if (v.n_prompts) voice_add(b, n, "%s", _("To talk about:"));
    for (int i = 0; i < v.n_prompts; i++) voice_add(b, n, " %s", v.prompts[i]);
    voice_add(b, n, "%s", _(" Press Enter for what comes next."));
    reveal_view_free(&v);
}

const Screen SCREEN_REVEAL = {.name = "reveal",
                              .state_size = sizeof(RevealState),
                              .draw = reveal_draw,
                              .input = reveal_input,
                              .tick = play_entry_tick,
                              .voice = reveal_voice,
                              .fits_window = true};
