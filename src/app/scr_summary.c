/* The summary: the boundary map per theme, each ladder's lines side by side, what is worth
 * talking about, where you agree, mirror gaps and guesses; saving it as Markdown. */
#include "app/game.h"
#include "app/look.h"
#include "app/play.h"
#include "core/summary.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

enum { BTN_SAVE, BTN_DONE, BTN_COUNT };

typedef struct SummaryState {
    Summary sum;
    bool built;
    int focus;
    float scroll, content_h;
    char saved[512];
} SummaryState;

typedef struct SumLayout {
    SDL_FRect view;
    SDL_FRect buttons[BTN_COUNT];
} SumLayout;

static void layout(App *app, SumLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float bh = 56 * S, by = H - 40 * S - bh;
    L->view = (SDL_FRect){0, 0, W, by - 20 * S};
    float bw = 300 * S, gap = 16 * S;
    L->buttons[BTN_SAVE] = (SDL_FRect){W * 0.5f - bw - gap * 0.5f, by, bw, bh};
    L->buttons[BTN_DONE] = (SDL_FRect){W * 0.5f + gap * 0.5f, by, bw, bh};
}

static SummaryState *state(App *app) {
    SummaryState *st = app->state;
    if (!st->built && app->game->session) {
        summary_build(app->game->session, &st->sum);
        st->built = true;
    }
    return st;
}

static const Scenario *deal_scenario(const Session *s, int d) {
    return &s->lib->decks[s->deal[d].deck]->scenarios[s->deal[d].scenario];
}

static float heading(App *app, const char *text, float x, float y) {
    text_draw(app->text, TEXT_HEADING, text, (int)x, (int)y, 0, app->theme.text, TEXT_LEFT);
    return y + (float)text_line_height(app->text, TEXT_HEADING) + 10 * app->ui.s;
}

/* One card the two saw differently (or alike): the scenario, the card, both answers. */
static float record_row(App *app, const CardRecord *r, float x, float y, float w) {
    const Session *s = app->game->session;
    const Theme *th = &app->theme;
    float S = app->ui.s;
    const Scenario *sc = deal_scenario(s, r->deal);
    const Card *c = &sc->cards[r->card];
    StrBuf t;
    strbuf_init(&t);
    session_fill_text(s, c->text, &t);
    SDL_Point tz = text_measure(app->text, TEXT_SMALL, t.data ? t.data : "", (int)(w - 40 * S), TEXT_LEFT);
    float h = 48 * S + (float)tz.y + 2 * 30 * S;
    SDL_FRect box = {x, y, w, h};
    draw_round_rect(&app->draw, box, 16 * S, th->surface);
    text_draw(app->text, TEXT_BODY_BOLD, sc->title, (int)(x + 20 * S), (int)(y + 12 * S), (int)(w - 40 * S), th->text, TEXT_LEFT);
    text_draw(app->text, TEXT_SMALL, t.data ? t.data : "", (int)(x + 20 * S), (int)(y + 44 * S), (int)(w - 40 * S),
              th->text_dim, TEXT_LEFT);
    strbuf_free(&t);
    float ay = y + 48 * S + (float)tz.y + 4 * S;
    for (int p = 0; p < 2; p++) {
        char line[200];
        const char *ans;
        if (c->ask == ASK_CHOICE)
            ans = r->main[p] >= 1 && r->main[p] <= c->n_options ? c->options[r->main[p] - 1] : "";
        else
            ans = step_label(r->main[p]);
        snprintf(line, sizeof line, "%s: %s", session_name(s, p), ans);
        draw_shape(&app->draw, look_player_shape(app, p), x + 30 * S, ay + 13 * S, 8 * S, 0, look_player_color(app, p));
        text_draw(app->text, TEXT_SMALL, line, (int)(x + 46 * S), (int)(ay + 2 * S), (int)(w - 70 * S), th->text, TEXT_LEFT);
        ay += 28 * S;
    }
    return y + h + 12 * S;
}

static float draw_content(App *app, SummaryState *st, float top) {
    const Session *s = app->game->session;
    const Summary *sum = &st->sum;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w;
    float w = fminf(W - 80 * S, 1000 * S), x = (W - w) * 0.5f, y = top + 36 * S;
    text_draw(app->text, TEXT_TITLE, "Your map for tonight", (int)(W * 0.5f), (int)y, 0, th->text, TEXT_CENTER);
    y += (float)text_line_height(app->text, TEXT_TITLE) + 4 * S;
    char sub[200];
    snprintf(sub, sizeof sub, "%s and %s  \xC2\xB7  %d card%s talked through  \xC2\xB7  a map, not a score",
             session_name(s, 0), session_name(s, 1), sum->cards, sum->cards == 1 ? "" : "s");
    text_draw(app->text, TEXT_BODY, sub, (int)(W * 0.5f), (int)y, (int)w, th->text_dim, TEXT_CENTER);
    y += (float)text_line_height(app->text, TEXT_BODY) + 30 * S;

    if (sum->cards == 0) {
        text_draw(app->text, TEXT_BODY, "No cards were answered this time. That is fine: the talk matters more than the game.",
                  (int)(W * 0.5f), (int)y, (int)w, th->text, TEXT_CENTER);
        return y + 60 * S - top;
    }

    y = heading(app, "Boundary map", x, y);
    float label_w = 220 * S, bar_w = w - label_w - 200 * S;
    for (int c = 0; c < CAT_COUNT; c++) {
        const CategoryAlignment *a = &sum->category[c];
        if (!a->cards) continue;
        text_draw(app->text, TEXT_BODY, category_title((Category)c), (int)x, (int)y, (int)label_w, th->text, TEXT_LEFT);
        /* Same page, close and different views as one bar, in three scale colours with words beside. */
        float bx = x + label_w, by = y + 6 * S, bh = 22 * S, cx = bx;
        int parts[3] = {a->same, a->close, a->apart};
        SDL_Color cols[3] = {th->scale[0], th->scale[1], th->scale[3]};
        draw_round_rect(&app->draw, (SDL_FRect){bx, by, bar_w, bh}, bh * 0.5f, th->surface_sunk);
        for (int k = 0; k < 3; k++) {
            float pw = bar_w * (float)parts[k] / (float)a->cards;
            if (pw > 0) draw_round_rect(&app->draw, (SDL_FRect){cx, by, pw, bh}, bh * 0.5f, cols[k]);
            cx += pw;
        }
        char txt[80];
        snprintf(txt, sizeof txt, "%d of %d on the same page", a->same, a->cards);
        text_draw(app->text, TEXT_SMALL, txt, (int)(bx + bar_w + 16 * S), (int)(y + 4 * S), 0, th->text_dim, TEXT_LEFT);
        y += 40 * S;
    }
    text_draw(app->text, TEXT_SMALL, "Bars: same page, then close, then different views.", (int)x, (int)y, 0, th->text_dim,
              TEXT_LEFT);
    y += 40 * S;

    if (sum->n_ladders) {
        y = heading(app, "Where each line sits", x, y);
        for (int i = 0; i < sum->n_ladders; i++) {
            const LadderLine *l = &sum->ladders[i];
            text_draw(app->text, TEXT_BODY_BOLD, deal_scenario(s, l->deal)->title, (int)x, (int)y, (int)(w * 0.4f), th->text,
                      TEXT_LEFT);
            float lx = x + w * 0.42f;
            for (int p = 0; p < 2; p++) {
                StrBuf t;
                strbuf_init(&t);
                summary_line_text(s, l, p, &t);
                draw_shape(&app->draw, look_player_shape(app, p), lx + 8 * S, y + 14 * S, 8 * S, 0, look_player_color(app, p));
                text_draw(app->text, TEXT_BODY, t.data ? t.data : "", (int)(lx + 24 * S), (int)y, (int)(w * 0.29f - 30 * S),
                          th->text, TEXT_LEFT);
                strbuf_free(&t);
                lx += w * 0.29f;
            }
            y += 44 * S;
        }
        y += 16 * S;
    }

    y = heading(app, "Worth talking about", x, y);
    if (!sum->n_differences)
        y += (float)text_draw(app->text, TEXT_BODY, "No big differences came up. Still worth asking: was anything close?", (int)x,
                              (int)y, (int)w, th->text_dim, TEXT_LEFT).y + 20 * S;
    for (int i = 0; i < sum->n_differences; i++) y = record_row(app, &s->records[sum->differences[i]], x, y, w);
    y += 16 * S;

    y = heading(app, "Where you agree", x, y);
    if (!sum->n_agreements)
        y += (float)text_draw(app->text, TEXT_BODY, "No exact matches tonight. Closeness counts too.", (int)x, (int)y, (int)w,
                              th->text_dim, TEXT_LEFT).y + 20 * S;
    for (int i = 0; i < sum->n_agreements && i < 3; i++) y = record_row(app, &s->records[sum->agreements[i]], x, y, w);
    y += 16 * S;

    if (sum->n_mirrors) {
        y = heading(app, "Mirror gaps", x, y);
        y += (float)text_draw(app->text, TEXT_BODY,
                              "Things that felt more okay to do yourself than to have your partner do. Not a gotcha: a "
                              "good place to get curious.",
                              (int)x, (int)y, (int)w, th->text_dim, TEXT_LEFT).y + 12 * S;
        for (int i = 0; i < sum->n_mirrors; i++) y = record_row(app, &s->records[sum->mirrors[i]], x, y, w);
        y += 16 * S;
    }
    if (sum->guesses) {
        y = heading(app, "Reading each other", x, y);
        for (int p = 0; p < 2; p++) {
            char line[160];
            snprintf(line, sizeof line, "%s read %s right %d of %d times", session_name(s, p), session_name(s, 1 - p),
                     sum->guessed[p], sum->guesses);
            text_draw(app->text, TEXT_BODY, line, (int)x, (int)y, (int)w, th->text, TEXT_LEFT);
            y += 36 * S;
        }
    }
    y += 10 * S;
    y += (float)text_draw(app->text, TEXT_SMALL,
                          "Gray Area is a conversation starter, not therapy. If a relationship involves fear, control or "
                          "harm, please reach out to a professional or a local helpline.",
                          (int)(W * 0.5f), (int)y, (int)w, th->text_dim, TEXT_CENTER).y + 30 * S;
    return y - top;
}

static void summary_draw(App *app) {
    SummaryState *st = state(app);
    if (!app->game->session) return;
    SumLayout L;
    layout(app, &L);
    float S = app->ui.s, W = (float)app->ui.w;
    SDL_Rect clip = {0, 0, (int)L.view.w, (int)L.view.h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    st->content_h = draw_content(app, st, -st->scroll);
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (st->content_h > L.view.h) {
        /* A slim scroll indicator, so it is clear there is more below. */
        float frac = L.view.h / st->content_h;
        float track = L.view.h - 40 * S;
        float pos = st->scroll / (st->content_h - L.view.h);
        draw_round_rect(&app->draw, (SDL_FRect){W - 14 * S, 20 * S + (track - track * frac) * pos, 6 * S, track * frac},
                        3 * S, color_alpha(app->theme.text_dim, 0.5f));
    }
    draw_button(&app->draw, L.buttons[BTN_SAVE], st->saved[0] ? "Saved" : "Save summary", BUTTON_NORMAL,
                st->focus == BTN_SAVE, 1.0f);
    draw_button(&app->draw, L.buttons[BTN_DONE], "Done", BUTTON_PRIMARY, st->focus == BTN_DONE, 1.0f);
    if (st->saved[0] || app->game->note[0]) {
        text_draw(app->text, TEXT_SMALL, app->game->note, (int)(W * 0.5f), (int)(L.buttons[0].y + L.buttons[0].h + 8 * S),
                  (int)(W - 40 * S), app->theme.text_dim, TEXT_CENTER);
    }
}

static void scroll_by(App *app, SummaryState *st, float dy) {
    SumLayout L;
    layout(app, &L);
    float max = fmaxf(0, st->content_h - L.view.h);
    st->scroll = fminf(max, fmaxf(0, st->scroll + dy));
}

static void activate(App *app, SummaryState *st, int which) {
    if (which == BTN_SAVE) {
        char date[64];
        time_t now = time(NULL);
        struct tm tm;
        localtime_r(&now, &tm);
        strftime(date, sizeof date, "%A %d %B %Y", &tm);
        if (game_save_summary(app->game, NULL, date, st->saved, sizeof st->saved)) st->focus = BTN_DONE;
    } else {
        game_close(app->game);
        app_switch(app, &SCREEN_TITLE);
    }
}

static void summary_input(App *app, const InputEvent *ev) {
    SummaryState *st = state(app);
    SumLayout L;
    layout(app, &L);
    float step = 80 * app->ui.s;
    switch (ev->kind) {
    case INPUT_UP: scroll_by(app, st, -step); break;
    case INPUT_DOWN: scroll_by(app, st, step); break;
    case INPUT_SCROLL: scroll_by(app, st, -(float)ev->value * step * 0.6f); break;
    case INPUT_LEFT: st->focus = BTN_SAVE; break;
    case INPUT_RIGHT: st->focus = BTN_DONE; break;
    case INPUT_CONFIRM: activate(app, st, st->focus); break;
    case INPUT_BACK: app_ask_quit(app); break;
    case INPUT_QUIT: app_ask_quit(app); break;
    case INPUT_POINTER_MOVE: {
        int h = app_hit(L.buttons, BTN_COUNT, ev->x, ev->y);
        if (h >= 0) st->focus = h;
        break;
    }
    case INPUT_CLICK: {
        int h = app_hit(L.buttons, BTN_COUNT, ev->x, ev->y);
        if (h >= 0) activate(app, st, h);
        break;
    }
    default: break;
    }
}

static void summary_enter(App *app) {
    SummaryState *st = app->state;
    st->focus = BTN_SAVE;
    app->game->note[0] = '\0';
}

const Screen SCREEN_SUMMARY = {.name = "summary", .state_size = sizeof(SummaryState), .enter = summary_enter,
                               .draw = summary_draw, .input = summary_input};
