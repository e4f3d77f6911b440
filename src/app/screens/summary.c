/* The summary: draws the session's summary document (the same one the Markdown and HTML
 * files are written from), lets each partner leave their own answers out, saves the
 * files and a picture of the whole map, and never lets it go without asking. In
 * facilitated mode the facilitator can show or hide verdict words here too, and saving
 * first shows what will be written (the sections, whose answers, the file names and the
 * folder), with their own session record as an option. */
#include "app/screens/summary.h"

#include "core/i18n.h"

#include "app/app.h"
#include "app/game.h"
#include "app/platform/os.h"
#include "app/platform/shortcuts.h"
#include "app/platform/vfs.h"
#include "app/screens/export.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"
#include "core/summary.h"
#include "core/util.h"

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
    float scroll, content_h, doc_h;  /* content_h: all that scrolls (the strip and the document) */
    bool saved, pictured;            /* what is on disk matches what shows now */
    bool wrote_files, wrote_picture; /* something was written from this summary (maybe since changed) */
    char stamp[40];                  /* the name the last files written share */
    bool written_include[2];         /* whose answers those files hold */
    bool asking;                     /* "Leave without saving?" is showing */
    int ask_focus;
    ExportPreview preview; /* facilitated: "Before saving" */
} SummaryState;

typedef struct SumLayout {
    SDL_FRect view;
    SDL_FRect buttons[BTN_COUNT];
    float msg_y, msg_w;
    SDL_FRect panel, ask[ASK_COUNT]; /* the leave dialog */
    float strip;                     /* facilitated: the facilitator's strip above the document */
    SDL_FRect verdicts;              /* its Show/Hide verdicts button (at scroll 0) */
} SumLayout;

static bool facilitated(const App *app) { return app->game->session && app->game->session->setup.facilitated; }

static const char *message(const App *app) {
    return app->game->note[0]
               ? app->game->note
               : _("Saving writes a printable page and a plain text file to this computer, nowhere else.");
}

static void layout(App *app, SumLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    /* The message under the buttons wraps and is measured, so a long error is never cut off. */
    L->msg_w = W - 60 * S;
    float msg_h = (float)text_measure(app->text, TEXT_SMALL, message(app), (int)L->msg_w, TEXT_CENTER).y;
    float bh = 56 * S, gap = 12 * S;
    /* The buttons keep the width their labels need; when one row cannot hold them (large
     * text), the two partners' toggles take a row of their own above the others. */
    float widths[BTN_COUNT] = {250 * S, 250 * S, 200 * S, 170 * S, 150 * S};
    static const char *const WIDEST[BTN_COUNT] = {"", "", N_("Save summary"), N_("Picture saved"), N_("Done")};
    for (int i = BTN_SAVE; i < BTN_COUNT; i++)
        widths[i] =
            fmaxf(widths[i], (float)text_measure(app->text, TEXT_BODY_BOLD, _(WIDEST[i]), 0, TEXT_LEFT).x + 40 * S);
    float total = gap * (BTN_COUNT - 1);
    for (int i = 0; i < BTN_COUNT; i++) total += widths[i];
    bool two_rows = total > W - 40 * S;
    float by = H - 24 * S - msg_h - 10 * S - bh;
    float top = two_rows ? by - bh - gap : by;
    int rows[2][2] = {{0, two_rows ? BTN_SAVE : BTN_COUNT}, {BTN_SAVE, BTN_COUNT}};
    for (int r = 0; r < (two_rows ? 2 : 1); r++) {
        int a = rows[r][0], b = rows[r][1];
        float row_w = gap * (float)(b - a - 1);
        for (int i = a; i < b; i++) row_w += widths[i];
        float k = row_w > W - 40 * S ? (W - 40 * S - gap * (float)(b - a - 1)) / (row_w - gap * (float)(b - a - 1)) : 1;
        float x = (W - fminf(row_w, W - 40 * S)) * 0.5f, y = r == 0 ? top : by;
        for (int i = a; i < b; i++) {
            L->buttons[i] = (SDL_FRect){x, y, widths[i] * k, bh};
            x += widths[i] * k + gap;
        }
    }
    L->msg_y = by + bh + 10 * S;
    L->view = (SDL_FRect){0, 0, W, top - 16 * S};
    L->panel = look_dialog_rect(app, 600, 300);
    look_dialog_pair(app, L->panel, &L->ask[ASK_STAY], &L->ask[ASK_LEAVE]);
    L->strip = 0;
    if (facilitated(app)) {
        float lh = (float)text_line_height(app->text, TEXT_SMALL);
        float cap_w = keycap_width(&app->draw, 26 * S, shortcuts_label(CMD_VERDICTS));
        float tw = fmaxf((float)text_measure(app->text, TEXT_SMALL, _("Show verdicts"), 0, TEXT_LEFT).x,
                         (float)text_measure(app->text, TEXT_SMALL, _("Hide verdicts"), 0, TEXT_LEFT).x);
        float vw = tw + 12 * S + cap_w + 28 * S, vh = fmaxf(lh, 26 * S) + 16 * S;
        L->verdicts = (SDL_FRect){W - 24 * S - vw, 14 * S, vw, vh};
        L->strip = vh + 14 * S;
    }
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
        st->doc = summary_doc_create_langs(s, &st->opt, date);
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
        utf8_snprintf(words, sizeof words, _("%d card%s"), it->total, it->total == 1 ? "" : "s");
        text_draw(app->text, TEXT_SMALL, words, (int)(x + label_w), (int)(y + 4 * S), 0, th->text_dim, TEXT_LEFT);
        return y + 40 * S;
    }
    /* Same page, close and different views as one bar in three scale colours, with the words beside. */
    snprintf(words, sizeof words, _("Same page %d \xC2\xB7 Close %d \xC2\xB7 Different views %d"), it->counts[0],
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
    const char *state = in ? C_("in the summary", "In") : _("Left out");
    float sw = (float)text_measure(app->text, TEXT_SMALL, state, 0, TEXT_LEFT).x + 20 * S;
    SDL_FRect pill = {r.x + r.w - sw - 10 * S, r.y + (r.h - 30 * S) * 0.5f, sw, 30 * S};
    draw_round_rect(&app->draw, pill, 15 * S, in ? th->accent : th->surface_sunk);
    text_draw(app->text, TEXT_SMALL, state, (int)(pill.x + pill.w * 0.5f),
              (int)(pill.y + (pill.h - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f), 0,
              in ? th->text_on_accent : th->text, TEXT_CENTER);
    draw_shape(&app->draw, look_player_shape(app, p), r.x + 18 * S, r.y + r.h * 0.5f, 7 * S, 0,
               look_player_color(app, p));
    /* The name takes what is left; a long one is cut short at the pill, never the state. */
    char label[300], fitted[300];
    utf8_snprintf(label, sizeof label, _("%s's answers"), session_name(app->game->session, p));
    float lx = r.x + 32 * S, lw = pill.x - lx - 8 * S;
    text_fit(app->text, TEXT_SMALL, label, (int)fmaxf(lw, 1), fitted, sizeof fitted);
    text_draw(app->text, TEXT_SMALL, fitted, (int)lx,
              (int)(r.y + (r.h - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f), 0, th->text, TEXT_LEFT);
}

static void draw_ask(App *app, const SumLayout *L, const SummaryState *st) {
    /* Say exactly what stays on this computer and what goes. */
    char body[400], folder[VFS_PATH_MAX];
    if (!vfs_data_path("summaries", folder, sizeof folder)) snprintf(folder, sizeof folder, "summaries");
    if (st->wrote_files && !st->saved)
        utf8_snprintf(body, sizeof body,
                      _("What you saved before stays in %.*s as it was then; the changes since are not saved."),
                      utf8_cut(folder, 200), folder);
    else if (st->wrote_picture)
        utf8_snprintf(body, sizeof body,
                      _("Only the picture was saved (in %.*s). If you leave now, the rest of this summary is gone."),
                      utf8_cut(folder, 200), folder);
    else if (app->game->autosave)
        utf8_snprintf(
            body, sizeof body, "%s",
            _("This summary has not been saved. If you leave now, it is gone: nothing of tonight stays on this "
              "computer."));
    else
        utf8_snprintf(body, sizeof body, "%s",
                      _("This summary has not been saved. If you leave now, it is gone for good."));
    look_dialog_draw(app, L->panel, _("Leave without saving?"), body);
    draw_button(&app->draw, L->ask[ASK_STAY], _("Go back"), BUTTON_PRIMARY, st->ask_focus == ASK_STAY, 1.0f);
    draw_button(&app->draw, L->ask[ASK_LEAVE], _("Leave without saving"), BUTTON_NORMAL, st->ask_focus == ASK_LEAVE,
                1.0f);
}

/* Facilitated: the facilitator's strip at the top, scrolling with the document (never in
 * a picture of it): verdict words shown or hidden, with its key. */
static void draw_strip(App *app, const SumLayout *L, const SummaryState *st) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    bool hidden = app->game->session->hide_verdicts;
    SDL_FRect b = L->verdicts;
    b.y -= st->scroll;
    bool hover = app->pointer_active && rect_contains(b, (float)app->pointer_x, (float)app->pointer_y);
    draw_round_rect(&app->draw, b, 12 * S, hover ? th->surface_hover : color_alpha(th->surface, 0.9f));
    draw_round_rect_outline(&app->draw, b, 12 * S, 1.0f * S, color_alpha(th->border, 0.8f));
    const char *cap = shortcuts_label(CMD_VERDICTS);
    float cap_h = 26 * S, cw = keycap_width(&app->draw, cap_h, cap);
    int lh = text_line_height(app->text, TEXT_SMALL);
    text_draw(app->text, TEXT_SMALL, hidden ? _("Show verdicts") : _("Hide verdicts"), (int)(b.x + 14 * S),
              (int)(b.y + (b.h - (float)lh) * 0.5f), 0, th->text, TEXT_LEFT);
    draw_keycap(&app->draw, b.x + b.w - 14 * S - cw, b.y + (b.h - cap_h) * 0.5f, cap_h, cap, 0.9f);
    const char *said = hidden ? _("For you: verdict words are hidden.") : _("For you: verdict words are shown.");
    text_draw(app->text, TEXT_SMALL, said, (int)(b.x - 16 * S), (int)(b.y + (b.h - (float)lh) * 0.5f), 0, th->text_dim,
              TEXT_RIGHT);
}

static void summary_draw(App *app) {
    SummaryState *st = state(app);
    if (!app->game->session || !st->doc) return;
    SumLayout L;
    layout(app, &L);
    float S = app->ui.s, W = (float)app->ui.w;
    SDL_Rect clip = {0, 0, (int)L.view.w, (int)L.view.h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    if (L.strip > 0) draw_strip(app, &L, st);
    st->doc_h = draw_content(app, st->doc, L.strip - st->scroll);
    st->content_h = L.strip + st->doc_h;
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
                st->saved ? _("Saved")
                : failed  ? _("Try again")
                          : _("Save summary"),
                BUTTON_NORMAL, !st->asking && st->focus == BTN_SAVE, 1.0f);
    draw_button(&app->draw, L.buttons[BTN_PICTURE], st->pictured ? _("Picture saved") : _("Save picture"),
                BUTTON_NORMAL, !st->asking && st->focus == BTN_PICTURE, 1.0f);
    draw_button(&app->draw, L.buttons[BTN_DONE], _("Done"), BUTTON_PRIMARY, !st->asking && st->focus == BTN_DONE, 1.0f);
    text_draw(app->text, TEXT_SMALL, message(app), (int)(W * 0.5f), (int)L.msg_y, (int)L.msg_w, app->theme.text_dim,
              TEXT_CENTER);
    if (st->asking) draw_ask(app, &L, st);
    if (st->preview.open) export_preview_draw(app, &st->preview, st->doc, &st->opt);
}

static void scroll_by(App *app, SummaryState *st, float dy) {
    SumLayout L;
    layout(app, &L);
    float max = fmaxf(0, st->content_h - L.view.h);
    st->scroll = fminf(max, fmaxf(0, st->scroll + dy));
}

/* Whether files written before hold answers a partner has taken out since. */
static bool taken_out_since(const SummaryState *st) {
    return (st->wrote_files || st->wrote_picture) &&
           ((st->written_include[0] && !st->opt.include[0]) || (st->written_include[1] && !st->opt.include[1]));
}

/* The name the next files get: the same as before when a partner has taken their answers
 * out since, so the new files write over the ones that still hold them; else a new one
 * (a second export never writes over the first). */
static const char *file_stamp(SummaryState *st, const char *fresh) {
    if (!taken_out_since(st)) snprintf(st->stamp, sizeof st->stamp, "%s", fresh);
    return st->stamp;
}

static void written(SummaryState *st) {
    st->written_include[0] = st->opt.include[0];
    st->written_include[1] = st->opt.include[1];
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
        utf8_snprintf(g->note, sizeof g->note, _("Could not save the picture: %s"), err);
        return;
    }
    utf8_snprintf(tmp, sizeof tmp, _("%s.tmp"), path);
    int w = app->ui.w, slice = app->ui.h, total = (int)ceilf(st->doc_h);
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
        utf8_snprintf(g->note, sizeof g->note, _("Could not save the picture: %s"), SDL_GetError());
        return;
    }
    st->pictured = st->wrote_picture = true;
    written(st);
    utf8_snprintf(g->note, sizeof g->note, _("Saved the picture as %.*s"), utf8_cut(path, 400), path);
}

static void leave(App *app) {
    game_close(app->game);
    nav_go(app, PLACE_TITLE);
}

static void activate(App *app, SummaryState *st, int which) {
    char stamp[32], date[64];
    game_stamp(stamp, sizeof stamp, date, sizeof date);
    game_unique_stamp(stamp, sizeof stamp);
    switch (which) {
    case BTN_KEEP0:
    case BTN_KEEP1: {
        int p = which - BTN_KEEP0;
        st->opt.include[p] = !st->opt.include[p];
        st->saved = st->pictured = false;
        app->game->note[0] = '\0';
        if (st->wrote_files || st->wrote_picture)
            /* What is on disk does not follow by itself: say so, and how to bring it in line. */
            snprintf(app->game->note, sizeof app->game->note,
                     st->opt.include[p]
                         ? _("What you saved before leaves out %s's answers. Save summary writes over it.")
                         : _("What you saved before still has %s's answers. Save summary writes over it."),
                     session_name(app->game->session, p));
        rebuild(st);
        break;
    }
    case BTN_SAVE:
        if (facilitated(app)) {
            /* The facilitator sees what will be written first; these names are the ones used. */
            export_preview_open(app, &st->preview, file_stamp(st, stamp), date);
            break;
        }
        bool over = taken_out_since(st);
        if (game_save_summary(app->game, &st->opt, date, file_stamp(st, stamp))) {
            st->saved = st->wrote_files = true;
            written(st);
            st->focus = BTN_DONE;
            /* A picture saved earlier is written over too: it must not keep what was taken out. */
            if (over && st->wrote_picture && !st->pictured) {
                char note[GAME_NOTE_MAX];
                snprintf(note, sizeof note, "%s", app->game->note);
                save_picture(app, st, st->stamp);
                if (st->pictured)
                    utf8_snprintf(app->game->note, sizeof app->game->note, _("%.*s (and the picture)"),
                                  utf8_cut(note, 400), note);
            }
        }
        break;
    case BTN_PICTURE: save_picture(app, st, file_stamp(st, stamp)); break;
    default:
        /* Nothing a couple said goes without them choosing it. */
        if (st->saved || !app->game->session->n_records)
            leave(app);
        else
            st->asking = true, st->ask_focus = ASK_STAY;
        break;
    }
}

/* The facilitator said yes to what "Before saving" showed: the files, and their record if asked. */
static void save_export(App *app, SummaryState *st) {
    Game *g = app->game;
    const ExportPreview *pv = &st->preview;
    if (game_save_summary(g, &st->opt, pv->date, pv->stamp) &&
        (!pv->with_record || game_save_record(g, pv->date, pv->stamp))) {
        st->saved = st->wrote_files = true;
        written(st);
        st->focus = BTN_DONE;
    }
}

static void ask_input(App *app, SummaryState *st, const SumLayout *L, const InputEvent *ev) {
    if (ev->kind == INPUT_QUIT) {
        nav_ask_quit(app);
        return;
    }
    int chosen = look_dialog_pair_input(ev, L->ask, L->panel, &st->ask_focus);
    if (chosen == ASK_LEAVE)
        leave(app);
    else if (chosen == ASK_STAY)
        st->asking = false;
}

/* The facilitator shows or hides verdict words here too; the document follows. */
static void toggle_verdicts(App *app, SummaryState *st) {
    nav_send(app, (Action){ACT_VERDICTS, -1, 0});
    st->saved = st->pictured = false;
    app->game->note[0] = '\0';
}

static void summary_input(App *app, const InputEvent *ev) {
    SummaryState *st = state(app);
    SumLayout L;
    layout(app, &L);
    if (st->asking) {
        ask_input(app, st, &L, ev);
        return;
    }
    if (st->preview.open) {
        if (export_preview_input(app, &st->preview, st->doc, &st->opt, ev) == EXPORT_SAVE) save_export(app, st);
        return;
    }
    if (ev->kind == INPUT_COMMAND) {
        if (ev->value == CMD_SAVE) activate(app, st, BTN_SAVE);
        if (ev->value == CMD_VERDICTS && facilitated(app)) toggle_verdicts(app, st);
        return;
    }
    if (ev->kind == INPUT_CLICK && L.strip > 0) {
        SDL_FRect b = L.verdicts;
        b.y -= st->scroll;
        if (rect_contains(b, (float)ev->x, (float)ev->y) && ev->y < (int)L.view.h) {
            toggle_verdicts(app, st);
            return;
        }
    }
    float step = 80 * app->ui.s;
    switch (ev->kind) {
    case INPUT_UP: scroll_by(app, st, -step); break;
    case INPUT_DOWN: scroll_by(app, st, step); break;
    case INPUT_SCROLL: scroll_by(app, st, -(float)ev->value * step * 0.6f); break;
    case INPUT_LEFT:
        st->focus = st->focus > 0 ? st->focus - 1 : 0;
        break; /* no wrap: Right past Done never lands on a partner's chip */
    case INPUT_RIGHT: st->focus = st->focus < BTN_COUNT - 1 ? st->focus + 1 : BTN_COUNT - 1; break;
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

/* Read aloud: the whole summary, from the same document the screen draws. */
static void summary_voice(App *app, VoiceText *v) { voice_summary(state(app)->doc, v); }

const Screen SCREEN_SUMMARY = {.name = "summary",
                               .state_size = sizeof(SummaryState),
                               .enter = summary_enter,
                               .leave = summary_leave,
                               .draw = summary_draw,
                               .input = summary_input,
                               .voice = summary_voice};
