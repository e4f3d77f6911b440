/* The reveal: both picks side by side on the scale (or the choices), the verdict, notes
 * on mirror gaps and guesses, and the prompts to talk about. */
#include "app/screens/reveal.h"

#include "app/app.h"
#include "app/game.h"
#include "app/screens/nav.h"
#include "app/screens/play.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>

typedef struct RevealLayout {
    float text_y, verdict_y, scales_y;
    int n_scales;
    SDL_FRect scale[2];
    float notes_y, prompts_y;
    SDL_FRect next;
} RevealLayout;

static int scale_count(const Card *c) { return c->ask == ASK_RATE && c->from == FROM_BOTH ? 2 : 1; }

static void reveal_layout(App *app, RevealLayout *L) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, cw = play_content_w(app);
    float y = 86 * S;
    L->text_y = y;
    StrBuf t;
    play_fill(s, c->text, &t);
    y += (float)text_measure(app->text, TEXT_BODY, t.data, (int)cw, TEXT_CENTER).y + 14 * S;
    strbuf_free(&t);
    L->verdict_y = y;
    y += (float)text_line_height(app->text, TEXT_TITLE) + 18 * S;
    L->scales_y = y;
    L->n_scales = scale_count(c);
    float sh = c->ask == ASK_CHOICE ? 46 * S * (float)c->n_options : 112 * S;
    for (int i = 0; i < L->n_scales; i++) {
        L->scale[i] = (SDL_FRect){(W - cw) * 0.5f + 160 * S, y + (c->ask == ASK_CHOICE ? 0 : 56 * S), cw - 200 * S,
                                  c->ask == ASK_CHOICE ? sh : 22 * S};
        y += sh + 8 * S;
    }
    L->notes_y = y + 4 * S;
    L->next = (SDL_FRect){W - 40 * S - 200 * S, H - 96 * S, 200 * S, 56 * S};
}

/* One scale with both markers on it: step names above, player 1's marker over the bar and
 * player 2's under it, each with name, colour and shape, so no one relies on colour. */
static void draw_scale(App *app, SDL_FRect bar, const char *label, const int picks[2], float t) {
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s;
    text_draw(app->text, TEXT_SMALL, label, (int)(bar.x - 18 * S), (int)(bar.y + bar.h * 0.5f - 9 * S), (int)(140 * S),
              th->text_dim, TEXT_RIGHT);
    float seg = bar.w / SCALE_STEPS;
    for (int i = 0; i < SCALE_STEPS; i++) {
        SDL_FRect r = {bar.x + seg * (float)i + 2 * S, bar.y, seg - 4 * S, bar.h};
        draw_round_rect(d, r, bar.h * 0.5f, look_step_color(app, i + 1));
        text_draw(app->text, TEXT_SMALL, step_label(i + 1), (int)(r.x + r.w * 0.5f), (int)(bar.y - 50 * S), 0,
                  th->text_dim, TEXT_CENTER);
    }
    for (int p = 0; p < 2; p++) {
        if (picks[p] < 1) continue;
        /* Both markers slide out from the middle to their steps. */
        float target = bar.x + seg * ((float)picks[p] - 0.5f);
        float x = bar.x + bar.w * 0.5f + (target - bar.x - bar.w * 0.5f) * t;
        float cy = p == 0 ? bar.y - 16 * S : bar.y + bar.h + 16 * S;
        draw_shape(d, look_player_shape(app, p), x, cy, 11 * S, 0, color_alpha(look_player_color(app, p), t));
        draw_shape(d, look_player_shape(app, p), x, cy, 11 * S, 1.5f * S, color_alpha(th->text, 0.45f * t));
        text_draw(app->text, TEXT_SMALL, session_name(app->game->session, p), (int)(x + 18 * S),
                  (int)(cy - (float)text_line_height(app->text, TEXT_SMALL) * 0.5f), 0, color_alpha(th->text, t),
                  TEXT_LEFT);
    }
}

static void draw_choice_reveal(App *app, SDL_FRect area, const Card *c, const int picks[2], float t) {
    const Theme *th = &app->theme;
    float S = app->ui.s, rh = area.h / (float)c->n_options;
    for (int i = 0; i < c->n_options; i++) {
        SDL_FRect row = {area.x - 130 * S, area.y + rh * (float)i, area.w + 130 * S, rh - 6 * S};
        bool chosen = picks[0] == i + 1 || picks[1] == i + 1;
        draw_round_rect(&app->draw, row, 12 * S, chosen ? th->surface : color_alpha(th->surface, 0.45f));
        text_draw(app->text, TEXT_BODY, c->options[i], (int)(row.x + 18 * S),
                  (int)(row.y + (row.h - (float)text_line_height(app->text, TEXT_BODY)) * 0.5f), (int)(row.w - 300 * S),
                  chosen ? th->text : th->text_dim, TEXT_LEFT);
        float x = row.x + row.w - 24 * S;
        for (int p = 1; p >= 0; p--) {
            if (picks[p] != i + 1) continue;
            float w = text_measure(app->text, TEXT_SMALL, session_name(app->game->session, p), 0, TEXT_LEFT).x;
            text_draw(app->text, TEXT_SMALL, session_name(app->game->session, p), (int)x,
                      (int)(row.y + row.h * 0.5f - 9 * S), 0, color_alpha(th->text, t), TEXT_RIGHT);
            draw_shape(&app->draw, look_player_shape(app, p), x - (float)w - 16 * S, row.y + row.h * 0.5f, 10 * S, 0,
                       color_alpha(look_player_color(app, p), t));
            x -= (float)w + 48 * S;
        }
    }
}

static void reveal_notes(const Session *s, const Card *c, const CardRecord *r, StrBuf *out) {
    for (int p = 0; p < 2; p++) {
        if (r->mirror[p] > 0)
            strbuf_printf(out, "Mirror gap: %s finds this easier to do than to have done to them.\n",
                          session_name(s, p));
        else if (r->mirror[p] < 0)
            strbuf_printf(out, "%s is stricter with themselves here than with their partner.\n", session_name(s, p));
    }
    if (r->guessed[0] >= 0) {
        for (int p = 0; p < 2; p++) {
            int guess = r->picks[p][ROUND_GUESS];
            const char *g = c->ask == ASK_CHOICE ? (guess >= 1 && guess <= c->n_options ? c->options[guess - 1] : "")
                                                 : step_label(guess);
            if (r->guessed[p])
                strbuf_printf(out, "%s read %s right.\n", session_name(s, p), session_name(s, 1 - p));
            else
                strbuf_printf(out, "%s guessed \"%s\" for %s.\n", session_name(s, p), g, session_name(s, 1 - p));
        }
    }
}

/* Both picks: on the choices, or on one or two scales. */
static void draw_picks(App *app, const RevealLayout *L, const Card *c, const CardRecord *r, float t) {
    if (c->ask == ASK_CHOICE) {
        draw_choice_reveal(app, L->scale[0], c, r->main, t);
    } else if (L->n_scales == 2) {
        int you[2] = {r->picks[0][ROUND_YOU], r->picks[1][ROUND_YOU]};
        int partner[2] = {r->picks[0][ROUND_PARTNER], r->picks[1][ROUND_PARTNER]};
        draw_scale(app, L->scale[0], "If you did it", you, t);
        draw_scale(app, L->scale[1], "If your partner did it", partner, t);
    } else {
        draw_scale(app, L->scale[0], c->from == FROM_YOU ? "If you did it" : "If your partner did it", r->main, t);
    }
}

/* Notes (mirror gaps, guesses), then this outcome's prompts. */
static void draw_talk(App *app, const RevealLayout *L, const Card *c, const CardRecord *r, float tp) {
    const Session *s = app->game->session;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w, cw = play_content_w(app);
    float y = L->notes_y;
    StrBuf notes;
    strbuf_init(&notes);
    reveal_notes(s, c, r, &notes);
    if (notes.len) {
        y += (float)text_draw(app->text, TEXT_SMALL, notes.data, (int)(W * 0.5f), (int)y, (int)cw,
                              color_alpha(th->text, tp), TEXT_CENTER)
                 .y +
             10 * S;
    }
    strbuf_free(&notes);
    PromptKind kinds[3] = {r->outcome == OUTCOME_SAME    ? PROMPT_SAME
                           : r->outcome == OUTCOME_CLOSE ? PROMPT_CLOSE
                                                         : PROMPT_APART,
                           (r->mirror[0] > 0 || r->mirror[1] > 0) ? PROMPT_MIRROR : PROMPT_KIND_COUNT, PROMPT_ALWAYS};
    StrBuf prompts;
    strbuf_init(&prompts);
    for (int k = 0; k < 3; k++) {
        if (kinds[k] == PROMPT_KIND_COUNT) continue;
        for (int i = 0; i < c->n_prompts[kinds[k]]; i++) {
            strbuf_puts(&prompts, "\xE2\x80\xA2  ");
            session_fill_text(s, c->prompts[kinds[k]][i], &prompts);
            strbuf_puts(&prompts, "\n");
        }
    }
    if (prompts.len) {
        float px = (W - cw) * 0.5f + 40 * S;
        text_draw(app->text, TEXT_SMALL, "To talk about", (int)px, (int)y, 0, color_alpha(th->text_dim, tp), TEXT_LEFT);
        y += (float)text_line_height(app->text, TEXT_SMALL) + 4 * S;
        prompts.data[prompts.len - 1] = '\0';
        text_draw(app->text, TEXT_BODY, prompts.data, (int)px, (int)y, (int)(cw - 80 * S - L->next.w),
                  color_alpha(th->text, tp), TEXT_LEFT);
    }
    strbuf_free(&prompts);
}

static void reveal_draw(App *app) {
    const Session *s = app->game->session;
    const Card *c = session_card(s);
    const CardRecord *r = session_last_record(s);
    if (!c || !r) return;
    const Theme *th = &app->theme;
    float W = (float)app->ui.w, cw = play_content_w(app);
    RevealLayout L;
    reveal_layout(app, &L);
    play_header(app);
    float t = look_ease(look_anim(app, app->screen_since, PLAY_REVEAL_MS));
    float tp =
        look_ease(look_anim(app, app->screen_since + PLAY_REVEAL_MS / 2, PLAY_PROMPTS_DELAY_MS + PLAY_REVEAL_MS / 2));
    StrBuf text;
    play_fill(s, c->text, &text);
    text_draw(app->text, TEXT_BODY, text.data, (int)(W * 0.5f), (int)L.text_y, (int)cw, th->text_dim, TEXT_CENTER);
    strbuf_free(&text);
    const char *verdict = s->hide_verdicts ? "Here is where you each landed" : outcome_label(r->outcome);
    text_draw(app->text, TEXT_TITLE, verdict, (int)(W * 0.5f), (int)L.verdict_y, (int)cw, color_alpha(th->text, t),
              TEXT_CENTER);
    draw_picks(app, &L, c, r, t);
    draw_talk(app, &L, c, r, tp);
    draw_button(&app->draw, L.next, "Next", BUTTON_PRIMARY, true, tp);
    static const char *const hints[] = {"Enter", "next", "Space", "break", "Esc", "menu"};
    play_footer(app, hints, 3);
}

static void reveal_input(App *app, const InputEvent *ev) {
    RevealLayout L;
    reveal_layout(app, &L);
    if (ev->kind == INPUT_CLICK && rect_contains(L.next, (float)ev->x, (float)ev->y)) {
        nav_send(app, (Action){ACT_NEXT, -1, 0});
        return;
    }
    play_common_input(app, ev);
}

const Screen SCREEN_REVEAL = {.name = "reveal", .draw = reveal_draw, .input = reveal_input, .tick = play_entry_tick};
