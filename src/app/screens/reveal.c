/* The reveal: draws the core's RevealView (core/reveal.h). One row per comparison (a card
 * asked from both sides has one per act, "If Alex did it"), each with both markers and
 * its own verdict; the headline never contradicts a row; then mirror and guess notes and
 * the prompts to talk about. */
#include "app/screens/reveal.h"

#include "app/app.h"
#include "app/game.h"
#include "app/screens/nav.h"
#include "app/screens/play.h"
#include "app/ui/look.h"
#include "app/voice.h"
#include "core/reveal.h"
#include "core/summary.h"

#include <math.h>
#include <stdio.h>

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
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = play_content_w(app);
    float y = 86 * S;
    L->step_y = y;
    if (v->step) y += (float)text_line_height(app->text, TEXT_SMALL) + 4 * S;
    L->text_y = y;
    StrBuf t;
    play_fill(s, c->text, &t);
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
        play_fill(s, c->options[i], &opt);
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
    float S = app->ui.s, W = (float)app->ui.w, cw = play_content_w(app);
    RevealView v;
    reveal_view(s, r, &v);
    RevealLayout L;
    reveal_layout(app, &v, &L);
    play_header(app);
    float t = look_ease(look_anim(app, app->screen_since, PLAY_REVEAL_MS));
    float tp =
        look_ease(look_anim(app, app->screen_since + PLAY_REVEAL_MS / 2, PLAY_PROMPTS_DELAY_MS + PLAY_REVEAL_MS / 2));
    if (v.step)
        text_draw(app->text, TEXT_SMALL, v.step, (int)(W * 0.5f), (int)L.step_y, (int)cw, th->text_dim, TEXT_CENTER);
    StrBuf text;
    play_fill(s, c->text, &text);
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
    play_footer(app, hints, 3);
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
            nav_send(app, (Action){ACT_NEXT, -1, 0});
            return;
        }
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
            voice_add(b, n, "%s %s %s%s ", session_name(s, p), v.choice ? "chose" : "said", w.data ? w.data : "",
                      p == 0 ? ";" : ".");
            strbuf_free(&w);
        }
        if (row->verdict) voice_add(b, n, "%s. ", row->verdict);
    }
    for (int i = 0; i < v.n_notes; i++) voice_add(b, n, "%s ", v.notes[i]);
    if (v.n_prompts) voice_add(b, n, "To talk about:");
    for (int i = 0; i < v.n_prompts; i++) voice_add(b, n, " %s", v.prompts[i]);
    voice_add(b, n, " Press Enter for what comes next.");
    reveal_view_free(&v);
}

const Screen SCREEN_REVEAL = {
    .name = "reveal", .draw = reveal_draw, .input = reveal_input, .tick = play_entry_tick, .voice = reveal_voice};
