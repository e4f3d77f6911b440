/* The summary: the boundary map per theme, each ladder's lines side by side, what is worth
 * talking about, where you agree, mirror gaps and guesses; saving it (HTML, Markdown,
 * a picture), with each partner free to leave their own answers out first. */
#include "app/game.h"
#include "app/ui/look.h"
#include "app/screens/play.h"
#include "app/platform/os.h"
#include "app/platform/vfs.h"
#include "core/summary.h"

#include <SDL_image.h>
#include <stdio.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { BTN_KEEP0, BTN_KEEP1, BTN_SAVE, BTN_PICTURE, BTN_DONE, BTN_COUNT };

typedef struct SummaryState {
    Summary sum;
    bool built;
    int focus;
    float scroll, content_h;
    bool saved, pictured;
    SummaryPrivacy priv;
} SummaryState;

typedef struct SumLayout {
    SDL_FRect view;
    SDL_FRect buttons[BTN_COUNT];
} SumLayout;

static void layout(App *app, SumLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float bh = 56 * S, by = H - 40 * S - bh;
    L->view = (SDL_FRect){0, 0, W, by - 20 * S};
    float gap = 12 * S;
    float widths[BTN_COUNT] = {250 * S, 250 * S, 200 * S, 170 * S, 150 * S};
    float total = gap * (BTN_COUNT - 1);
    for (int i = 0; i < BTN_COUNT; i++) total += widths[i];
    float x = (W - total) * 0.5f;
    for (int i = 0; i < BTN_COUNT; i++) {
        L->buttons[i] = (SDL_FRect){x, by, widths[i], bh};
        x += widths[i] + gap;
    }
}

static SummaryState *state(App *app) {
    SummaryState *st = app->state;
    if (!st->built && app->game->session) {
        summary_build(app->game->session, &st->sum);
        st->priv.include[0] = st->priv.include[1] = true;
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
static float record_row(App *app, const SummaryPrivacy *priv, const CardRecord *r, float x, float y, float w) {
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
    text_draw(app->text, TEXT_BODY_BOLD, sc->title, (int)(x + 20 * S), (int)(y + 12 * S), (int)(w - 40 * S), th->text,
              TEXT_LEFT);
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
        snprintf(line, sizeof line, "%s: %s", session_name(s, p), priv->include[p] ? ans : "kept private");
        draw_shape(&app->draw, look_player_shape(app, p), x + 30 * S, ay + 13 * S, 8 * S, 0, look_player_color(app, p));
        text_draw(app->text, TEXT_SMALL, line, (int)(x + 46 * S), (int)(ay + 2 * S), (int)(w - 70 * S), th->text,
                  TEXT_LEFT);
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
        text_draw(app->text, TEXT_BODY,
                  "No cards were answered this time. That is fine: the talk matters more than the game.",
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
    text_draw(app->text, TEXT_SMALL, "Bars: same page, then close, then different views.", (int)x, (int)y, 0,
              th->text_dim, TEXT_LEFT);
    y += 40 * S;

    if (sum->n_ladders) {
        y = heading(app, "Where each line sits", x, y);
        for (int i = 0; i < sum->n_ladders; i++) {
            const LadderLine *l = &sum->ladders[i];
            text_draw(app->text, TEXT_BODY_BOLD, deal_scenario(s, l->deal)->title, (int)x, (int)y, (int)(w * 0.3f),
                      th->text, TEXT_LEFT);
            float lx = x + w * 0.32f;
            for (int p = 0; p < 2; p++) {
                StrBuf t;
                strbuf_init(&t);
                if (st->priv.include[p])
                    summary_line_text(s, l, p, &t);
                else
                    strbuf_printf(&t, "%s: kept private", session_name(s, p));
                draw_shape(&app->draw, look_player_shape(app, p), lx + 8 * S, y + 14 * S, 8 * S, 0,
                           look_player_color(app, p));
                text_draw(app->text, TEXT_BODY, t.data ? t.data : "", (int)(lx + 24 * S), (int)y,
                          (int)(w * 0.34f - 30 * S), th->text, TEXT_LEFT);
                strbuf_free(&t);
                lx += w * 0.34f;
            }
            y += 44 * S;
        }
        y += 16 * S;
    }

    y = heading(app, "Worth talking about", x, y);
    if (!sum->n_differences)
        y += (float)text_draw(app->text, TEXT_BODY,
                              "No big differences came up. Still worth asking: was anything close?", (int)x, (int)y,
                              (int)w, th->text_dim, TEXT_LEFT)
                 .y +
             20 * S;
    for (int i = 0; i < sum->n_differences; i++)
        y = record_row(app, &st->priv, &s->records[sum->differences[i]], x, y, w);
    y += 16 * S;

    y = heading(app, "Where you agree", x, y);
    if (!sum->n_agreements)
        y += (float)text_draw(app->text, TEXT_BODY, "No exact matches tonight. Closeness counts too.", (int)x, (int)y,
                              (int)w, th->text_dim, TEXT_LEFT)
                 .y +
             20 * S;
    for (int i = 0; i < sum->n_agreements && i < 3; i++)
        y = record_row(app, &st->priv, &s->records[sum->agreements[i]], x, y, w);
    y += 16 * S;

    if (sum->n_mirrors) {
        y = heading(app, "Mirror gaps", x, y);
        y += (float)text_draw(app->text, TEXT_BODY,
                              "Things that felt more okay to do yourself than to have your partner do. Not a gotcha: a "
                              "good place to get curious.",
                              (int)x, (int)y, (int)w, th->text_dim, TEXT_LEFT)
                 .y +
             12 * S;
        for (int i = 0; i < sum->n_mirrors; i++) y = record_row(app, &st->priv, &s->records[sum->mirrors[i]], x, y, w);
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
    y += (float)text_draw(
             app->text, TEXT_SMALL,
             "Gray Area is a conversation starter, not therapy. If a relationship involves fear, control or "
             "harm, please reach out to a professional or a local helpline.",
             (int)(W * 0.5f), (int)y, (int)w, th->text_dim, TEXT_CENTER)
             .y +
         30 * S;
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
    for (int p = 0; p < 2; p++) {
        char label[96];
        snprintf(label, sizeof label, "%s's answers: %s", session_name(app->game->session, p),
                 st->priv.include[p] ? "in" : "left out");
        draw_button(&app->draw, L.buttons[BTN_KEEP0 + p], label, BUTTON_NORMAL, st->focus == BTN_KEEP0 + p, 1.0f);
    }
    draw_button(&app->draw, L.buttons[BTN_SAVE], st->saved ? "Saved" : "Save summary", BUTTON_NORMAL,
                st->focus == BTN_SAVE, 1.0f);
    draw_button(&app->draw, L.buttons[BTN_PICTURE], st->pictured ? "Picture saved" : "Save picture", BUTTON_NORMAL,
                st->focus == BTN_PICTURE, 1.0f);
    draw_button(&app->draw, L.buttons[BTN_DONE], "Done", BUTTON_PRIMARY, st->focus == BTN_DONE, 1.0f);
    const char *msg = app->game->note[0] ? app->game->note
                                         : "Saving writes a printable page and a plain text file to this computer, "
                                           "nowhere else.";
    text_draw(app->text, TEXT_SMALL, msg, (int)(W * 0.5f), (int)(L.buttons[0].y + L.buttons[0].h + 8 * S),
              (int)(W - 40 * S), app->theme.text_dim, TEXT_CENTER);
}

static void scroll_by(App *app, SummaryState *st, float dy) {
    SumLayout L;
    layout(app, &L);
    float max = fmaxf(0, st->content_h - L.view.h);
    st->scroll = fminf(max, fmaxf(0, st->scroll + dy));
}

/* A picture of the summary as it shows now (answers left out stay out), saved beside the text. */
static void save_picture(App *app, SummaryState *st, const char *stamp) {
    Game *g = app->game;
    char rel[96], path[VFS_PATH_MAX], tmp[VFS_PATH_MAX + 8];
    game_summary_png_name(stamp, rel, sizeof rel);
    char err[256];
    /* An empty write creates the folder with the right mode and proves it is writable. */
    if (!vfs_write_atomic(rel, "", 0, err, sizeof err) || !vfs_data_path(rel, path, sizeof path)) {
        snprintf(g->note, sizeof g->note, "Could not save the picture: %s", err);
        return;
    }
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    draw_vignette(&app->draw);
    summary_draw(app);
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, app->ui.w, app->ui.h, 32, SDL_PIXELFORMAT_ARGB8888);
    bool ok = surf &&
              SDL_RenderReadPixels(app->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, surf->pixels, surf->pitch) == 0 &&
              IMG_SavePNG(surf, tmp) == 0 && os_make_private(tmp, false) == 0 && os_rename_replace(tmp, path) == 0;
    if (surf) SDL_FreeSurface(surf);
    if (!ok) {
        os_unlink(tmp);
        char gone[256];
        vfs_remove(rel, gone, sizeof gone);
        snprintf(g->note, sizeof g->note, "Could not save the picture: %s", SDL_GetError());
        return;
    }
    st->pictured = true;
    snprintf(g->note, sizeof g->note, "Saved the picture as %.400s", path);
}

static void activate(App *app, SummaryState *st, int which) {
    char stamp[32], date[64];
    game_stamp(stamp, sizeof stamp, date, sizeof date);
    switch (which) {
    case BTN_KEEP0:
    case BTN_KEEP1:
        st->priv.include[which - BTN_KEEP0] = !st->priv.include[which - BTN_KEEP0];
        st->saved = st->pictured = false;
        app->game->note[0] = '\0';
        break;
    case BTN_SAVE:
        if (game_save_summary(app->game, &st->priv, date, stamp)) {
            st->saved = true;
            st->focus = BTN_DONE;
        }
        break;
    case BTN_PICTURE: save_picture(app, st, stamp); break;
    default:
        game_close(app->game);
        app_switch(app, &SCREEN_TITLE);
        break;
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
    case INPUT_LEFT: st->focus = (st->focus + BTN_COUNT - 1) % BTN_COUNT; break;
    case INPUT_RIGHT: st->focus = (st->focus + 1) % BTN_COUNT; break;
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

const Screen SCREEN_SUMMARY = {.name = "summary",
                               .state_size = sizeof(SummaryState),
                               .enter = summary_enter,
                               .draw = summary_draw,
                               .input = summary_input};
