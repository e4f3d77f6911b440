/* The summary: draws the session's summary document (the same one the Markdown and HTML
 * files are written from), lets each partner leave their own answers out, saves the
 * files and a picture of the whole map, and never lets it go without asking. */
#include "app/screens/summary.h"

#include "app/app.h"
#include "app/game.h"
#include "app/platform/os.h"
#include "app/platform/vfs.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"
#include "core/summary.h"

#include <SDL_image.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

enum { BTN_KEEP0, BTN_KEEP1, BTN_SAVE, BTN_PICTURE, BTN_DONE, BTN_COUNT };
enum { ASK_STAY, ASK_LEAVE, ASK_COUNT };

typedef struct SummaryState {
    SummaryDoc *doc;
    SummaryOptions opt;
    bool hidden_when_built; /* the verdict setting the document was built with */
    int focus;
    float scroll, content_h;
    bool saved, pictured;
    bool asking; /* "Leave without saving?" is showing */
    int ask_focus;
} SummaryState;

typedef struct SumLayout {
    SDL_FRect view;
    SDL_FRect buttons[BTN_COUNT];
    float msg_y, msg_w;
    SDL_FRect panel, ask[ASK_COUNT]; /* the leave dialog */
} SumLayout;

static const char *message(const App *app) {
    return app->game->note[0] ? app->game->note
                              : "Saving writes a printable page and a plain text file to this computer, nowhere else.";
}

static void layout(App *app, SumLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    /* The message under the buttons wraps and is measured, so a long error is never cut off. */
    L->msg_w = W - 60 * S;
    float msg_h = (float)text_measure(app->text, TEXT_SMALL, message(app), (int)L->msg_w, TEXT_CENTER).y;
    float bh = 56 * S, by = H - 24 * S - msg_h - 10 * S - bh;
    L->msg_y = by + bh + 10 * S;
    L->view = (SDL_FRect){0, 0, W, by - 16 * S};
    float gap = 12 * S;
    float widths[BTN_COUNT] = {250 * S, 250 * S, 200 * S, 170 * S, 150 * S};
    float total = gap * (BTN_COUNT - 1);
    for (int i = 0; i < BTN_COUNT; i++) total += widths[i];
    if (total > W - 40 * S) { /* large text: shrink evenly to fit */
        float k = (W - 40 * S - gap * (BTN_COUNT - 1)) / (total - gap * (BTN_COUNT - 1));
        for (int i = 0; i < BTN_COUNT; i++) widths[i] *= k;
        total = W - 40 * S;
    }
    float x = (W - total) * 0.5f;
    for (int i = 0; i < BTN_COUNT; i++) {
        L->buttons[i] = (SDL_FRect){x, by, widths[i], bh};
        x += widths[i] + gap;
    }
    L->panel = look_dialog_rect(app, 600, 300);
    look_dialog_pair(app, L->panel, &L->ask[ASK_STAY], &L->ask[ASK_LEAVE]);
}

/* Builds (or rebuilds, after a privacy or verdict change) the document the screen shows. */
static SummaryState *state(App *app) {
    SummaryState *st = app->state;
    const Session *s = app->game->session;
    if (!s) return st;
    if (st->doc && st->hidden_when_built != s->hide_verdicts) {
        summary_doc_destroy(st->doc);
        st->doc = NULL;
    }
    if (!st->doc) {
        st->opt.hide_verdicts = st->hidden_when_built = s->hide_verdicts;
        char stamp[32], date[64];
        game_stamp(stamp, sizeof stamp, date, sizeof date);
        st->doc = summary_doc_create(s, &st->opt, date);
    }
    return st;
}

static void rebuild(SummaryState *st) {
    summary_doc_destroy(st->doc);
    st->doc = NULL;
}

static float text_h(App *app, TextRole role, const char *t, float w) {
    return (float)text_measure(app->text, role, t, (int)w, TEXT_LEFT).y;
}

/* A row about one player: their marker, then the line. */
static float player_row(App *app, const SumRow *r, float x, float y, float w) {
    float S = app->ui.s;
    draw_shape(&app->draw, look_player_shape(app, r->player), x + 8 * S, y + 14 * S, 8 * S, 0,
               look_player_color(app, r->player));
    SDL_Point sz = text_draw(app->text, TEXT_BODY, r->text, (int)(x + 26 * S), (int)y, (int)(w - 26 * S),
                             app->theme.text, TEXT_LEFT);
    return y + fmaxf((float)sz.y, 28 * S) + 6 * S;
}

/* A comparison row: what it is about, each player's answer with their marker, the verdict. */
static float comparison_row(App *app, const SummaryDoc *doc, const SumRow *r, float x, float y, float w) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    float top = y;
    if (r->label) {
        y += (float)text_draw(app->text, TEXT_SMALL, r->label, (int)x, (int)y, (int)w, th->text_dim, TEXT_LEFT).y +
             4 * S;
    }
    float verdict_w = r->verdict ? (float)text_measure(app->text, TEXT_SMALL, r->verdict, 0, TEXT_LEFT).x + 20 * S : 0;
    float col = (w - verdict_w) * 0.5f, row_h = 0;
    for (int p = 0; p < 2; p++) {
        char line[256];
        snprintf(line, sizeof line, "%s: %s", doc->names[p], r->answer[p]);
        float cx = x + col * (float)p;
        draw_shape(&app->draw, look_player_shape(app, p), cx + 8 * S, y + 13 * S, 8 * S, 0, look_player_color(app, p));
        float h = (float)text_draw(app->text, TEXT_SMALL, line, (int)(cx + 24 * S), (int)(y + 2 * S),
                                   (int)(col - 34 * S), th->text, TEXT_LEFT)
                      .y;
        row_h = fmaxf(row_h, h);
    }
    if (r->verdict)
        text_draw(app->text, TEXT_SMALL, r->verdict, (int)(x + w), (int)(y + 2 * S), 0, th->text_dim, TEXT_RIGHT);
    y += fmaxf(row_h, 24 * S) + 8 * S;
    return y > top ? y : top;
}

/* One card of a section: the scenario, the card's text, then its rows, on a panel. */
static float card_item(App *app, const SummaryDoc *doc, const SumItem *it, float x, float y, float w) {
    const Theme *th = &app->theme;
    float S = app->ui.s, pad = 20 * S, iw = w - 2 * pad;
    /* Measure first (text is cached, so drawing afterwards costs nothing extra). */
    float h = pad + text_h(app, TEXT_BODY_BOLD, it->title, iw) + 4 * S;
    if (it->text) h += text_h(app, TEXT_SMALL, it->text, iw) + 12 * S;
    float rows_top = h;
    /* Rows are measured by drawing them off the panel first would double the work; an
     * upper bound from their text keeps the panel tall enough and is exact for one line. */
    for (int i = 0; i < it->n_rows; i++) {
        const SumRow *r = &it->rows[i];
        if (r->player >= 0) {
            h += fmaxf(text_h(app, TEXT_BODY, r->text, iw - 26 * S), 28 * S) + 6 * S;
        } else {
            if (r->label) h += text_h(app, TEXT_SMALL, r->label, iw) + 4 * S;
            float vw = r->verdict ? (float)text_measure(app->text, TEXT_SMALL, r->verdict, 0, TEXT_LEFT).x + 20 * S : 0;
            float col = (iw - vw) * 0.5f, rh = 24 * S;
            for (int p = 0; p < 2; p++) {
                char line[256];
                snprintf(line, sizeof line, "%s: %s", doc->names[p], r->answer[p]);
                rh = fmaxf(rh, text_h(app, TEXT_SMALL, line, col - 34 * S));
            }
            h += rh + 8 * S;
        }
    }
    h += pad - 6 * S;
    draw_round_rect(&app->draw, (SDL_FRect){x, y, w, h}, 16 * S, th->surface);
    float cy = y + pad;
    cy += (float)text_draw(app->text, TEXT_BODY_BOLD, it->title, (int)(x + pad), (int)cy, (int)iw, th->text, TEXT_LEFT)
              .y +
          4 * S;
    if (it->text) text_draw(app->text, TEXT_SMALL, it->text, (int)(x + pad), (int)cy, (int)iw, th->text_dim, TEXT_LEFT);
    cy = y + rows_top;
    for (int i = 0; i < it->n_rows; i++) {
        const SumRow *r = &it->rows[i];
        cy = r->player >= 0 ? player_row(app, r, x + pad, cy, iw) : comparison_row(app, doc, r, x + pad, cy, iw);
    }
    return y + h + 12 * S;
}

static float map_item(App *app, const SumItem *it, float x, float y, float w) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    float label_w = fminf(260 * S, w * 0.28f);
    text_draw(app->text, TEXT_BODY, it->title, (int)x, (int)y, (int)label_w, th->text, TEXT_LEFT);
    char words[160];
    if (it->counts[0] + it->counts[1] + it->counts[2] == 0) {
        snprintf(words, sizeof words, "%d card%s", it->total, it->total == 1 ? "" : "s");
        text_draw(app->text, TEXT_SMALL, words, (int)(x + label_w), (int)(y + 4 * S), 0, th->text_dim, TEXT_LEFT);
        return y + 40 * S;
    }
    /* Same page, close and different views as one bar in three scale colours, with the words beside. */
    snprintf(words, sizeof words, "Same page %d \xC2\xB7 Close %d \xC2\xB7 Different views %d", it->counts[0],
             it->counts[1], it->counts[2]);
    float words_w = (float)text_measure(app->text, TEXT_SMALL, words, 0, TEXT_LEFT).x;
    float bar_w = fmaxf(80 * S, w - label_w - words_w - 32 * S);
    float bx = x + label_w, by = y + 6 * S, bh = 22 * S, cx = bx;
    SDL_Color cols[3];
    for (int k = 0; k < 3; k++) { /* the same colours as the saved page */
        unsigned rgb = SUMMARY_VERDICT_RGB[k];
        cols[k] = (SDL_Color){(Uint8)(rgb >> 16), (Uint8)(rgb >> 8), (Uint8)rgb, 255};
    }
    draw_round_rect(&app->draw, (SDL_FRect){bx, by, bar_w, bh}, bh * 0.5f, th->surface_sunk);
    for (int k = 0; k < 3; k++) {
        float pw = bar_w * (float)it->counts[k] / (float)(it->total ? it->total : 1);
        if (pw > 0) draw_round_rect(&app->draw, (SDL_FRect){cx, by, pw, bh}, bh * 0.5f, cols[k]);
        cx += pw;
    }
    text_draw(app->text, TEXT_SMALL, words, (int)(bx + bar_w + 16 * S), (int)(y + 4 * S), (int)(words_w + 4 * S),
              th->text_dim, TEXT_LEFT);
    return y + 40 * S;
}

/* Draws the whole document from top (which may be above the view when scrolled);
 * returns its height. Everything it says comes from the document. */
static float draw_content(App *app, const SummaryDoc *doc, float top) {
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w;
    float w = fminf(W - 80 * S, 1000 * S), x = (W - w) * 0.5f, y = top + 36 * S;
    y += (float)text_draw(app->text, TEXT_TITLE, doc->title, (int)(W * 0.5f), (int)y, (int)w, th->text, TEXT_CENTER).y +
         4 * S;
    y += (float)text_draw(app->text, TEXT_BODY, doc->subtitle, (int)(W * 0.5f), (int)y, (int)w, th->text_dim,
                          TEXT_CENTER)
             .y +
         6 * S;
    y += (float)text_draw(app->text, TEXT_BODY, doc->lead, (int)(W * 0.5f), (int)y, (int)w, th->text_dim, TEXT_CENTER)
             .y +
         24 * S;
    if (doc->notice) {
        float nh = text_h(app, TEXT_BODY, doc->notice, w - 40 * S) + 28 * S;
        draw_round_rect(&app->draw, (SDL_FRect){x, y, w, nh}, 14 * S, th->notice);
        text_draw(app->text, TEXT_BODY, doc->notice, (int)(W * 0.5f), (int)(y + 14 * S), (int)(w - 40 * S),
                  th->notice_text, TEXT_CENTER);
        y += nh + 24 * S;
    }
    for (int si = 0; si < doc->n_sections; si++) {
        const SumSection *sec = &doc->sections[si];
        y += (float)text_draw(app->text, TEXT_HEADING, sec->heading, (int)x, (int)y, (int)w, th->text, TEXT_LEFT).y +
             8 * S;
        if (sec->intro)
            y +=
                (float)text_draw(app->text, TEXT_SMALL, sec->intro, (int)x, (int)y, (int)w, th->text_dim, TEXT_LEFT).y +
                12 * S;
        if (!sec->n_items && sec->empty)
            y += (float)text_draw(app->text, TEXT_BODY, sec->empty, (int)x, (int)y, (int)w, th->text_dim, TEXT_LEFT).y +
                 12 * S;
        for (int i = 0; i < sec->n_items; i++) {
            const SumItem *it = &sec->items[i];
            switch (sec->kind) {
            case SUMSEC_MAP: y = map_item(app, it, x, y, w); break;
            case SUMSEC_LINES:
                text_draw(app->text, TEXT_BODY_BOLD, it->title, (int)x, (int)y, (int)w, th->text, TEXT_LEFT);
                y += text_h(app, TEXT_BODY_BOLD, it->title, w) + 6 * S;
                for (int r = 0; r < it->n_rows; r++) y = player_row(app, &it->rows[r], x + 16 * S, y, w - 16 * S);
                y += 10 * S;
                break;
            case SUMSEC_NOTES:
                for (int r = 0; r < it->n_rows; r++) y = player_row(app, &it->rows[r], x, y, w);
                break;
            case SUMSEC_CARDS: y = card_item(app, doc, it, x, y, w); break;
            }
        }
        y += 24 * S;
    }
    y +=
        (float)text_draw(app->text, TEXT_SMALL, doc->footer, (int)(W * 0.5f), (int)y, (int)w, th->text_dim, TEXT_CENTER)
            .y +
        30 * S;
    return y - top;
}

/* "Sam's answers" with an In / Left out mark that always shows, whatever the name's length. */
static void draw_keep_button(App *app, SDL_FRect r, int p, bool in, bool focus) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    draw_button(&app->draw, r, "", BUTTON_NORMAL, focus, 1.0f);
    const char *state = in ? "In" : "Left out";
    float sw = (float)text_measure(app->text, TEXT_SMALL, state, 0, TEXT_LEFT).x + 20 * S;
    SDL_FRect pill = {r.x + r.w - sw - 10 * S, r.y + (r.h - 30 * S) * 0.5f, sw, 30 * S};
    draw_round_rect(&app->draw, pill, 15 * S, in ? th->accent : th->surface_sunk);
    text_draw(app->text, TEXT_SMALL, state, (int)(pill.x + pill.w * 0.5f),
              (int)(pill.y + (pill.h - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f), 0,
              in ? th->text_on_accent : th->text, TEXT_CENTER);
    draw_shape(&app->draw, look_player_shape(app, p), r.x + 18 * S, r.y + r.h * 0.5f, 7 * S, 0,
               look_player_color(app, p));
    /* The name takes what is left; a long one is cut short at the pill, never the state. */
    char label[96], fitted[200];
    snprintf(label, sizeof label, "%s's answers", session_name(app->game->session, p));
    float lx = r.x + 32 * S, lw = pill.x - lx - 8 * S;
    text_fit(app->text, TEXT_SMALL, label, (int)fmaxf(lw, 1), fitted, sizeof fitted);
    text_draw(app->text, TEXT_SMALL, fitted, (int)lx,
              (int)(r.y + (r.h - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f), 0, th->text, TEXT_LEFT);
}

static void draw_ask(App *app, const SumLayout *L, const SummaryState *st) {
    char body[300];
    if (app->game->autosave)
        snprintf(body, sizeof body,
                 "This summary has not been saved. If you leave now, it is gone: nothing of tonight stays on this "
                 "computer.");
    else
        snprintf(body, sizeof body, "This summary has not been saved. If you leave now, it is gone for good.");
    look_dialog_draw(app, L->panel, "Leave without saving?", body);
    draw_button(&app->draw, L->ask[ASK_STAY], "Go back", BUTTON_PRIMARY, st->ask_focus == ASK_STAY, 1.0f);
    draw_button(&app->draw, L->ask[ASK_LEAVE], "Leave without saving", BUTTON_NORMAL, st->ask_focus == ASK_LEAVE, 1.0f);
}

static void summary_draw(App *app) {
    SummaryState *st = state(app);
    if (!app->game->session || !st->doc) return;
    SumLayout L;
    layout(app, &L);
    float S = app->ui.s, W = (float)app->ui.w;
    SDL_Rect clip = {0, 0, (int)L.view.w, (int)L.view.h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    st->content_h = draw_content(app, st->doc, -st->scroll);
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (st->content_h > L.view.h) {
        /* A slim scroll indicator, so it is clear there is more below. */
        float frac = L.view.h / st->content_h;
        float track = L.view.h - 40 * S;
        float pos = st->scroll / (st->content_h - L.view.h);
        draw_round_rect(&app->draw, (SDL_FRect){W - 14 * S, 20 * S + (track - track * frac) * pos, 6 * S, track * frac},
                        3 * S, color_alpha(app->theme.text_dim, 0.5f));
    }
    for (int p = 0; p < 2; p++)
        draw_keep_button(app, L.buttons[BTN_KEEP0 + p], p, st->opt.include[p],
                         !st->asking && st->focus == BTN_KEEP0 + p);
    bool failed = app->game->note[0] && !st->saved && !st->pictured;
    draw_button(&app->draw, L.buttons[BTN_SAVE],
                st->saved ? "Saved"
                : failed  ? "Try again"
                          : "Save summary",
                BUTTON_NORMAL, !st->asking && st->focus == BTN_SAVE, 1.0f);
    draw_button(&app->draw, L.buttons[BTN_PICTURE], st->pictured ? "Picture saved" : "Save picture", BUTTON_NORMAL,
                !st->asking && st->focus == BTN_PICTURE, 1.0f);
    draw_button(&app->draw, L.buttons[BTN_DONE], "Done", BUTTON_PRIMARY, !st->asking && st->focus == BTN_DONE, 1.0f);
    text_draw(app->text, TEXT_SMALL, message(app), (int)(W * 0.5f), (int)L.msg_y, (int)L.msg_w, app->theme.text_dim,
              TEXT_CENTER);
    if (st->asking) draw_ask(app, &L, st);
}

static void scroll_by(App *app, SummaryState *st, float dy) {
    SumLayout L;
    layout(app, &L);
    float max = fmaxf(0, st->content_h - L.view.h);
    st->scroll = fminf(max, fmaxf(0, st->scroll + dy));
}

/* A picture of the whole summary, as a couple would keep it: every section, top to
 * bottom, without buttons, focus or scroll bar. Drawn a screenful at a time and stitched. */
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
    int w = app->ui.w, slice = app->ui.h, total = (int)ceilf(st->content_h);
    if (total < 1) total = 1;
    SDL_Surface *whole = SDL_CreateRGBSurfaceWithFormat(0, w, total, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Surface *part = SDL_CreateRGBSurfaceWithFormat(0, w, slice, 32, SDL_PIXELFORMAT_ARGB8888);
    bool ok = whole && part;
    for (int y = 0; ok && y < total; y += slice) {
        /* A flat background: the screen's vignette would band at every slice's edge. */
        draw_rect(&app->draw, (SDL_FRect){0, 0, (float)w, (float)slice}, app->theme.bg);
        draw_content(app, st->doc, -(float)y);
        ok = SDL_RenderReadPixels(app->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, part->pixels, part->pitch) == 0;
        SDL_Rect dst = {0, y, w, slice};
        if (ok) ok = SDL_BlitSurface(part, NULL, whole, &dst) == 0;
    }
    ok = ok && IMG_SavePNG(whole, tmp) == 0 && os_make_private(tmp, false) == 0 && os_rename_replace(tmp, path) == 0;
    if (whole) SDL_FreeSurface(whole);
    if (part) SDL_FreeSurface(part);
    app_redraw(app);
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

static void leave(App *app) {
    game_close(app->game);
    nav_go(app, PLACE_TITLE);
}

static void activate(App *app, SummaryState *st, int which) {
    char stamp[32], date[64];
    game_stamp(stamp, sizeof stamp, date, sizeof date);
    switch (which) {
    case BTN_KEEP0:
    case BTN_KEEP1:
        st->opt.include[which - BTN_KEEP0] = !st->opt.include[which - BTN_KEEP0];
        st->saved = st->pictured = false;
        app->game->note[0] = '\0';
        rebuild(st);
        break;
    case BTN_SAVE:
        if (game_save_summary(app->game, &st->opt, date, stamp)) {
            st->saved = true;
            st->focus = BTN_DONE;
        }
        break;
    case BTN_PICTURE: save_picture(app, st, stamp); break;
    default:
        /* Nothing a couple said goes without them choosing it. */
        if (st->saved || !app->game->session->n_records)
            leave(app);
        else
            st->asking = true, st->ask_focus = ASK_STAY;
        break;
    }
}

static void ask_input(App *app, SummaryState *st, const SumLayout *L, const InputEvent *ev) {
    int h;
    switch (ev->kind) {
    case INPUT_LEFT:
    case INPUT_RIGHT:
    case INPUT_UP:
    case INPUT_DOWN: st->ask_focus = 1 - st->ask_focus; break;
    case INPUT_BACK: st->asking = false; break;
    case INPUT_CONFIRM:
        if (st->ask_focus == ASK_LEAVE)
            leave(app);
        else
            st->asking = false;
        break;
    case INPUT_POINTER_MOVE:
        if ((h = look_hit(L->ask, ASK_COUNT, ev->x, ev->y)) >= 0) st->ask_focus = h;
        break;
    case INPUT_CLICK:
        h = look_hit(L->ask, ASK_COUNT, ev->x, ev->y);
        if (h == ASK_LEAVE)
            leave(app);
        else if (h == ASK_STAY || !rect_contains(L->panel, (float)ev->x, (float)ev->y))
            st->asking = false;
        break;
    case INPUT_QUIT: nav_ask_quit(app); break;
    default: break;
    }
}

static void summary_input(App *app, const InputEvent *ev) {
    SummaryState *st = state(app);
    SumLayout L;
    layout(app, &L);
    if (st->asking) {
        ask_input(app, st, &L, ev);
        return;
    }
    float step = 80 * app->ui.s;
    switch (ev->kind) {
    case INPUT_UP: scroll_by(app, st, -step); break;
    case INPUT_DOWN: scroll_by(app, st, step); break;
    case INPUT_SCROLL: scroll_by(app, st, -(float)ev->value * step * 0.6f); break;
    case INPUT_LEFT: st->focus = (st->focus + BTN_COUNT - 1) % BTN_COUNT; break;
    case INPUT_RIGHT: st->focus = (st->focus + 1) % BTN_COUNT; break;
    case INPUT_CONFIRM: activate(app, st, st->focus); break;
    case INPUT_BACK: activate(app, st, BTN_DONE); break;
    case INPUT_QUIT: nav_ask_quit(app); break;
    case INPUT_POINTER_MOVE: {
        int h = look_hit(L.buttons, BTN_COUNT, ev->x, ev->y);
        if (h >= 0) st->focus = h;
        break;
    }
    case INPUT_CLICK: {
        int h = look_hit(L.buttons, BTN_COUNT, ev->x, ev->y);
        if (h >= 0) activate(app, st, h);
        break;
    }
    default: break;
    }
}

static void summary_enter(App *app) {
    SummaryState *st = app->state;
    st->focus = BTN_SAVE;
    st->opt.include[0] = st->opt.include[1] = true;
    app->game->note[0] = '\0';
}

static void summary_leave(App *app) {
    SummaryState *st = app->state;
    summary_doc_destroy(st->doc);
    st->doc = NULL;
}

const Screen SCREEN_SUMMARY = {.name = "summary",
                               .state_size = sizeof(SummaryState),
                               .enter = summary_enter,
                               .leave = summary_leave,
                               .draw = summary_draw,
                               .input = summary_input};
