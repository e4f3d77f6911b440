/* What opens over the planner: a whole scenario to read before choosing it, the saved
 * plans (open, rename, delete), naming a plan, and the question before deleting one. */
#include "app/screens/planner_dialogs.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/platform/shortcuts.h"
#include "app/screens/preview.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { PV_CLOSE, PV_TOGGLE, PV_COUNT };           /* preview buttons */
enum { SV_OPEN, SV_RENAME, SV_DELETE, SV_COUNT }; /* a saved plan's buttons */
enum { TWO_NO, TWO_YES, TWO_COUNT };              /* naming and deleting */

static void open_dialog(App *app, PlanState *st, PlanDialog d, int focus, const char *shot) {
    st->dialog = d;
    st->dialog_focus = focus;
    input_set_text_mode(&app->input, d == DIALOG_RENAME);
    screen_request_shot(app, shot);
}

static void close_dialog(App *app, PlanState *st, PlanDialog to) {
    st->dialog = to;
    st->dialog_focus = to == DIALOG_PREVIEW ? PV_TOGGLE : 0;
    input_set_text_mode(&app->input, false);
}

/* The panel every dialog sits on, dimming the planner. */
static void panel(App *app, SDL_FRect p) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    draw_rect(&app->draw, (SDL_FRect){0, 0, (float)app->ui.w, (float)app->ui.h}, color_alpha(th->bg, 0.9f));
    draw_shadow(&app->draw, p, 24 * S, 18 * S, th->shadow);
    draw_round_rect(&app->draw, p, 24 * S, th->surface);
}

static float button_h(const App *app) { return (float)text_line_height(app->text, TEXT_BODY_BOLD) + 26 * app->ui.s; }

/* Two buttons side by side along a panel's bottom. */
static void pair(const App *app, SDL_FRect p, SDL_FRect *b) {
    float S = app->ui.s, gap = 12 * S, pad = 24 * S, h = button_h(app);
    float w = (p.w - 2 * pad - gap) * 0.5f, y = p.y + p.h - pad - h;
    b[0] = (SDL_FRect){p.x + pad, y, w, h};
    b[1] = (SDL_FRect){p.x + pad + w + gap, y, w, h};
}

/* ---- the whole scenario -------------------------------------------------------------------- */

void planner_preview(App *app, PlanState *st, PlanItem item) {
    st->previewed = item;
    st->preview_scroll = 0;
    open_dialog(app, st, DIALOG_PREVIEW, PV_TOGGLE, "planner-preview");
}

static SDL_FRect preview_panel(const App *app) {
    float S = app->ui.s, m = 20 * S;
    return (SDL_FRect){m, m, (float)app->ui.w - 2 * m, (float)app->ui.h - 2 * m};
}

static SDL_FRect preview_view(const App *app, SDL_FRect p) {
    float S = app->ui.s, pad = 24 * S;
    return (SDL_FRect){p.x + pad, p.y + pad, p.w - 2 * pad, p.h - 2 * pad - button_h(app) - 16 * S};
}

static void preview_scroll_by(App *app, PlanState *st, float dy) {
    SDL_FRect v = preview_view(app, preview_panel(app));
    st->preview_scroll = fmaxf(0, fminf(fmaxf(0, st->preview_h - v.h), st->preview_scroll + dy));
}

static void draw_preview(App *app, PlanState *st) {
    const Theme *th = &app->theme;
    const Game *g = app->game;
    float S = app->ui.s;
    SDL_FRect p = preview_panel(app), v = preview_view(app, p);
    panel(app, p);
    const Deck *deck = g->lib.decks[st->previewed.deck];
    const Scenario *sc = &deck->scenarios[st->previewed.scenario];
    SDL_Rect clip = {(int)v.x, (int)v.y, (int)v.w, (int)v.h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    st->preview_h = preview_scenario(app, deck, sc, v.x, v.y - st->preview_scroll, v.w - 16 * S, true);
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (st->preview_h > v.h) {
        float frac = v.h / st->preview_h, pos = st->preview_scroll / (st->preview_h - v.h);
        draw_round_rect(&app->draw, (SDL_FRect){v.x + v.w - 6 * S, v.y + (v.h - v.h * frac) * pos, 6 * S, v.h * frac},
                        3 * S, color_alpha(th->text_dim, 0.5f));
    }
    SDL_FRect b[PV_COUNT];
    pair(app, p, b);
    bool inside = false;
    for (int k = 0; k < g->plan.n; k++)
        inside |= g->plan.items[k].deck == st->previewed.deck && g->plan.items[k].scenario == st->previewed.scenario;
    draw_button(&app->draw, b[PV_CLOSE], _("Close"), BUTTON_NORMAL, st->dialog_focus == PV_CLOSE, 1.0f);
    draw_button(&app->draw, b[PV_TOGGLE], inside ? _("Take it out of the plan") : _("Add to the plan"), BUTTON_PRIMARY,
                st->dialog_focus == PV_TOGGLE, 1.0f);
}

static void preview_input(App *app, PlanState *st, const InputEvent *ev) {
    SDL_FRect p = preview_panel(app), v = preview_view(app, p), b[PV_COUNT];
    pair(app, p, b);
    float S = app->ui.s;
    int h;
    switch (ev->kind) {
    case INPUT_UP: preview_scroll_by(app, st, -60 * S); break;
    case INPUT_DOWN: preview_scroll_by(app, st, 60 * S); break;
    case INPUT_SCROLL: preview_scroll_by(app, st, -(float)ev->value * 48 * S); break;
    case INPUT_LEFT:
    case INPUT_RIGHT: st->dialog_focus = 1 - st->dialog_focus; break;
    case INPUT_COMMAND:
        if (ev->value == CMD_PAGE_UP || ev->value == CMD_PAGE_DOWN)
            preview_scroll_by(app, st, (ev->value == CMD_PAGE_UP ? -1.0f : 1.0f) * v.h * 0.9f);
        break;
    case INPUT_CONFIRM:
        if (st->dialog_focus == PV_TOGGLE) planner_toggle(app, st, st->previewed);
        close_dialog(app, st, DIALOG_NONE);
        break;
    case INPUT_BACK: close_dialog(app, st, DIALOG_NONE); break;
    case INPUT_POINTER_MOVE:
        if ((h = look_hit(b, PV_COUNT, ev->x, ev->y)) >= 0) st->dialog_focus = h;
        break;
    case INPUT_CLICK:
        h = look_hit(b, PV_COUNT, ev->x, ev->y);
        if (h == PV_TOGGLE) planner_toggle(app, st, st->previewed);
        if (h >= 0 || !rect_contains(p, (float)ev->x, (float)ev->y)) close_dialog(app, st, DIALOG_NONE);
        break;
    default: break;
    }
}

/* ---- saved plans ---------------------------------------------------------------------------- */

void planner_open_saved(App *app, PlanState *st) {
    st->n_saved = game_list_plans(app->game, st->saved, GAME_MAX_PLANS);
    st->saved_focus = 0;
    st->saved_scroll = 0;
    open_dialog(app, st, DIALOG_SAVED, SV_OPEN, "planner-saved");
}

/* "saved 22 Nov 2026, 21:30", from the file name the game gave it. */
static void saved_when(const char *file, char *out, size_t n) {
    static const char *const MONTHS[] = {N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
                                         N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec")};
    int y, mo, d, hh, mm;
    if (sscanf(file, "plan-%4d-%2d-%2d-%2d%2d", &y, &mo, &d, &hh, &mm) == 5 && mo >= 1 && mo <= 12)
        utf8_snprintf(out, n, _("saved %d %s %d, %02d:%02d"), d, _(MONTHS[mo - 1]), y, hh, mm);
    else
        snprintf(out, n, "%s", file);
}

typedef struct SavedLayout {
    SDL_FRect panel, close;
    float list_y, row_h;
    int visible;
} SavedLayout;

static void saved_layout(const App *app, SavedLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h, pad = 24 * S;
    float pw = fminf(960 * S, W - 40 * S), ph = H - 40 * S;
    L->panel = (SDL_FRect){(W - pw) * 0.5f, 20 * S, pw, ph};
    L->list_y = L->panel.y + pad + (float)text_line_height(app->text, TEXT_HEADING) + 12 * S;
    L->row_h = (float)(text_line_height(app->text, TEXT_BODY_BOLD) + text_line_height(app->text, TEXT_SMALL)) + 18 * S;
    float bh = button_h(app);
    float bottom = L->panel.y + ph - pad - bh - 16 * S - 36 * S; /* the close button and the key hints */
    L->visible = (int)fmaxf(1, floorf((bottom - L->list_y) / L->row_h));
    float bw = fminf(260 * S, pw - 2 * pad);
    L->close = (SDL_FRect){L->panel.x + (pw - bw) * 0.5f, L->panel.y + ph - pad - bh, bw, bh};
}

/* A saved plan's row buttons: Open, Rename, Delete, at its right. */
static void saved_buttons(const App *app, const SavedLayout *L, int row, SDL_FRect *b) {
    static const char *const LABELS[SV_COUNT] = {N_("Open"), N_("Rename"), N_("Delete")};
    float S = app->ui.s, x = L->panel.x + L->panel.w - 24 * S, y = L->list_y + (float)row * L->row_h;
    for (int k = SV_COUNT - 1; k >= 0; k--) {
        float w = (float)text_measure(app->text, TEXT_SMALL, _(LABELS[k]), 0, TEXT_LEFT).x + 24 * S;
        x -= w;
        b[k] = (SDL_FRect){x, y + (L->row_h - 6 * S - 34 * S) * 0.5f, w, 34 * S};
        x -= 6 * S;
    }
}

static void draw_saved(App *app, PlanState *st) {
    static const char *const LABELS[SV_COUNT] = {N_("Open"), N_("Rename"), N_("Delete")};
    const Theme *th = &app->theme;
    float S = app->ui.s, pad = 24 * S;
    SavedLayout L;
    saved_layout(app, &L);
    panel(app, L.panel);
    float x = L.panel.x + pad;
    text_draw(app->text, TEXT_HEADING, _("Saved plans"), (int)x, (int)(L.panel.y + pad), 0, th->text, TEXT_LEFT);
    if (!st->n_saved)
        text_draw(app->text, TEXT_BODY, _("No saved plans yet. Save plan keeps the one you are making, by its name."),
                  (int)x, (int)L.list_y, (int)(L.panel.w - 2 * pad), th->text_dim, TEXT_LEFT);
    int lb = text_line_height(app->text, TEXT_BODY_BOLD), ls = text_line_height(app->text, TEXT_SMALL);
    for (int row = 0; row < L.visible && st->saved_scroll + row < st->n_saved; row++) {
        int i = st->saved_scroll + row;
        const SavedPlan *sp = &st->saved[i];
        float y = L.list_y + (float)row * L.row_h;
        SDL_FRect band = {L.panel.x + 12 * S, y, L.panel.w - 24 * S, L.row_h - 6 * S};
        bool focus = st->saved_focus == i;
        draw_round_rect(&app->draw, band, 12 * S, focus ? th->surface_hover : th->surface_sunk);
        if (focus) draw_round_rect_outline(&app->draw, band, 12 * S, 3 * S, th->focus);
        SDL_FRect b[SV_COUNT];
        saved_buttons(app, &L, row, b);
        SDL_Rect clip = {(int)x, (int)y, (int)(b[0].x - 10 * S - x), (int)L.row_h};
        SDL_RenderSetClipRect(app->renderer, &clip);
        char line[200], when[64];
        saved_when(sp->file, when, sizeof when);
        text_draw(app->text, TEXT_BODY_BOLD,
                  sp->readable ? (sp->name[0] ? sp->name : _("A plan with no name")) : sp->file, (int)x,
                  (int)(y + 6 * S), 0, th->text, TEXT_LEFT);
        if (!sp->readable)
            utf8_snprintf(line, sizeof line, _("This file cannot be read as a plan \xC2\xB7 %s"), when);
        else {
            StrBuf w;
            strbuf_init(&w);
            plan_length_words(sp->scenarios, sp->minutes, &w);
            utf8_snprintf(line, sizeof line, "%s%s%s \xC2\xB7 %s", w.data ? w.data : "", sp->missing ? " " : "",
                          sp->missing ? _("(some scenarios are not loaded now)") : "", when);
            strbuf_free(&w);
        }
        text_draw(app->text, TEXT_SMALL, line, (int)x, (int)(y + 8 * S + (float)lb), 0, th->text_dim, TEXT_LEFT);
        SDL_RenderSetClipRect(app->renderer, NULL);
        for (int k = 0; k < SV_COUNT; k++) {
            bool hover = app->pointer_active && rect_contains(b[k], (float)app->pointer_x, (float)app->pointer_y);
            draw_round_rect(&app->draw, b[k], 10 * S, hover ? th->surface_hover : th->surface);
            text_draw(app->text, TEXT_SMALL, _(LABELS[k]), (int)(b[k].x + b[k].w * 0.5f),
                      (int)(b[k].y + (b[k].h - (float)ls) * 0.5f), 0, th->text, TEXT_CENTER);
        }
    }
    const char *hints[] = {"Enter",
                           NC_("hint", "open"),
                           shortcuts_label(CMD_RENAME),
                           NC_("hint", "rename"),
                           shortcuts_label(CMD_REMOVE),
                           NC_("hint", "delete"),
                           "Esc",
                           NC_("hint", "close")};
    draw_hints_centered(&app->draw, L.panel.x + L.panel.w * 0.5f, L.close.y - 16 * S - 30 * S, hints, 4, 0.85f);
    draw_button(&app->draw, L.close, _("Close"), BUTTON_NORMAL, false, 1.0f);
}

static void saved_act(App *app, PlanState *st, int which) {
    if (st->saved_focus < 0 || st->saved_focus >= st->n_saved) return;
    const SavedPlan *sp = &st->saved[st->saved_focus];
    switch (which) {
    case SV_OPEN:
        game_open_plan(app->game, sp->file); /* the note under the plan says how it went */
        close_dialog(app, st, DIALOG_NONE);
        break;
    case SV_RENAME: planner_rename(app, st, sp->file); break;
    case SV_DELETE:
        snprintf(st->file, sizeof st->file, "%s", sp->file);
        snprintf(st->text, sizeof st->text, "%s", sp->name[0] ? sp->name : sp->file);
        st->back_to = DIALOG_SAVED;
        open_dialog(app, st, DIALOG_DELETE, TWO_NO, "planner-delete");
        break;
    default: break;
    }
}

static void saved_input(App *app, PlanState *st, const InputEvent *ev) {
    SavedLayout L;
    saved_layout(app, &L);
    switch (ev->kind) {
    case INPUT_UP:
        if (st->saved_focus > 0) st->saved_focus--;
        break;
    case INPUT_DOWN:
        if (st->saved_focus + 1 < st->n_saved) st->saved_focus++;
        break;
    case INPUT_CONFIRM: saved_act(app, st, SV_OPEN); return;
    case INPUT_BACK: close_dialog(app, st, DIALOG_NONE); return;
    case INPUT_COMMAND:
        if (ev->value == CMD_RENAME) saved_act(app, st, SV_RENAME);
        if (ev->value == CMD_REMOVE) saved_act(app, st, SV_DELETE);
        return;
    case INPUT_SCROLL:
        st->saved_scroll =
            (int)fmaxf(0, fminf((float)(st->n_saved - L.visible), (float)(st->saved_scroll - ev->value)));
        return;
    case INPUT_CLICK: {
        if (rect_contains(L.close, (float)ev->x, (float)ev->y) || !rect_contains(L.panel, (float)ev->x, (float)ev->y)) {
            close_dialog(app, st, DIALOG_NONE);
            return;
        }
        int row = (int)(((float)ev->y - L.list_y) / L.row_h), i = st->saved_scroll + row;
        if ((float)ev->y < L.list_y || row >= L.visible || i >= st->n_saved) return;
        st->saved_focus = i;
        SDL_FRect b[SV_COUNT];
        saved_buttons(app, &L, row, b);
        int k = look_hit(b, SV_COUNT, ev->x, ev->y);
        saved_act(app, st, k >= 0 ? k : SV_OPEN);
        return;
    }
    default: return;
    }
    if (st->saved_focus < st->saved_scroll) st->saved_scroll = st->saved_focus;
    if (st->saved_focus >= st->saved_scroll + L.visible) st->saved_scroll = st->saved_focus - L.visible + 1;
}

/* ---- naming a plan, and deleting one --------------------------------------------------------- */

void planner_rename(App *app, PlanState *st, const char *file) {
    const Game *g = app->game;
    st->back_to = file ? DIALOG_SAVED : DIALOG_NONE;
    snprintf(st->file, sizeof st->file, "%s", file ? file : "");
    const char *now = g->plan.name;
    if (file)
        for (int i = 0; i < st->n_saved; i++)
            if (!strcmp(st->saved[i].file, file)) now = st->saved[i].name;
    snprintf(st->text, sizeof st->text, "%s", now);
    open_dialog(app, st, DIALOG_RENAME, TWO_YES, "planner-rename");
}

static SDL_FRect small_panel(const App *app, float lines_h) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float pw = fminf(640 * S, W - 40 * S);
    float ph =
        24 * S + (float)text_line_height(app->text, TEXT_HEADING) + 12 * S + lines_h + 20 * S + button_h(app) + 24 * S;
    return (SDL_FRect){(W - pw) * 0.5f, fmaxf(10 * S, (H - ph) * 0.5f), pw, ph};
}

static const char *const RENAME_HINT =
    N_("Plans stay on this computer: name one by what it is for rather than who it is for. Enter keeps the name; Esc "
       "leaves it as it was.");
static SDL_FRect two_panel(const App *app, const PlanState *st);

static float rename_lines(const App *app, float w) {
    return (float)text_line_height(app->text, TEXT_BODY) + 24 * app->ui.s + 10 * app->ui.s +
           (float)text_measure(app->text, TEXT_SMALL, _(RENAME_HINT), (int)w, TEXT_LEFT).y;
}

static void draw_rename(App *app, PlanState *st) {
    const Theme *th = &app->theme;
    float S = app->ui.s, pad = 24 * S;
    SDL_FRect p = two_panel(app, st);
    panel(app, p);
    float x = p.x + pad, w = p.w - 2 * pad, y = p.y + pad;
    text_draw(app->text, TEXT_HEADING, _("Name this plan"), (int)x, (int)y, (int)w, th->text, TEXT_LEFT);
    y += (float)text_line_height(app->text, TEXT_HEADING) + 12 * S;
    float fh = (float)text_line_height(app->text, TEXT_BODY) + 24 * S;
    SDL_FRect field = {x, y, w, fh};
    draw_round_rect(&app->draw, field, 12 * S, th->surface_hover);
    draw_round_rect_outline(&app->draw, field, 12 * S, 3 * S, th->focus);
    SDL_Rect clip = {(int)field.x, (int)field.y, (int)field.w, (int)field.h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    /* The end of a long name stays in view, with the caret after it (it does not blink:
     * nothing animates while the facilitator thinks). */
    float tw = (float)text_measure(app->text, TEXT_BODY, st->text, 0, TEXT_LEFT).x;
    float tx = fminf(field.x + 14 * S, field.x + field.w - 20 * S - tw);
    text_draw(app->text, TEXT_BODY, st->text, (int)tx, (int)(field.y + 12 * S), 0, th->text, TEXT_LEFT);
    draw_rect(&app->draw, (SDL_FRect){tx + tw + 2 * S, field.y + 10 * S, 2 * S, field.h - 20 * S}, th->text);
    SDL_RenderSetClipRect(app->renderer, NULL);
    y += fh + 10 * S;
    text_draw(app->text, TEXT_SMALL, _(RENAME_HINT), (int)x, (int)y, (int)w, th->text_dim, TEXT_LEFT);
    SDL_FRect b[TWO_COUNT];
    pair(app, p, b);
    draw_button(&app->draw, b[TWO_NO], _("Cancel"), BUTTON_NORMAL, st->dialog_focus == TWO_NO, 1.0f);
    draw_button(&app->draw, b[TWO_YES], _("Keep this name"), BUTTON_PRIMARY, st->dialog_focus == TWO_YES, 1.0f);
}

static void rename_done(App *app, PlanState *st, bool keep) {
    Game *g = app->game;
    if (keep) {
        if (st->file[0]) {
            game_rename_plan(g, st->file, st->text);
            st->n_saved = game_list_plans(g, st->saved, GAME_MAX_PLANS);
        } else {
            char clean[PLAN_NAME_MAX];
            if (plan_name_clean(st->text, clean, sizeof clean)) {
                snprintf(g->plan.name, sizeof g->plan.name, "%s", clean);
                utf8_snprintf(g->note, sizeof g->note, _("Named \xE2\x80\x9C%s\xE2\x80\x9D. Save plan keeps it."),
                              clean);
            } else {
                utf8_snprintf(g->note, sizeof g->note, "%s", _("A plan's name needs at least one letter."));
            }
        }
    }
    close_dialog(app, st, st->back_to);
}

static void type(PlanState *st, const InputEvent *ev) {
    size_t len = strlen(st->text);
    if (ev->kind == INPUT_BACKSPACE) {
        while (len > 0 && ((unsigned char)st->text[len - 1] & 0xC0) == 0x80) len--;
        if (len > 0) len--;
        st->text[len] = '\0';
        return;
    }
    size_t add = strlen(ev->text);
    for (size_t i = 0; i < add; i++)
        if ((unsigned char)ev->text[i] < 0x20 || ev->text[i] == 0x7f) return;
    if (len + add < sizeof st->text) memcpy(st->text + len, ev->text, add + 1);
}

static const char *const DELETE_BODY = N_("Only the plan's file goes: it holds the scenarios' names, never an answer.");

/* The naming or deleting panel, the same for drawing and for clicks. */
static SDL_FRect two_panel(const App *app, const PlanState *st) {
    float S = app->ui.s, w = fminf(640 * S, (float)app->ui.w - 40 * S) - 48 * S;
    return small_panel(app, st->dialog == DIALOG_RENAME
                                ? rename_lines(app, w)
                                : (float)text_measure(app->text, TEXT_BODY, _(DELETE_BODY), (int)w, TEXT_LEFT).y);
}

static void draw_delete(App *app, PlanState *st) {
    const Theme *th = &app->theme;
    float S = app->ui.s, pad = 24 * S;
    const char *body = _(DELETE_BODY);
    SDL_FRect p = two_panel(app, st);
    panel(app, p);
    char title[PLAN_NAME_MAX + 40];
    utf8_snprintf(title, sizeof title, _("Delete \xE2\x80\x9C%s\xE2\x80\x9D?"), st->text);
    float x = p.x + pad, w = p.w - 2 * pad, y = p.y + pad;
    SDL_Rect clip = {(int)x, (int)y, (int)w, text_line_height(app->text, TEXT_HEADING)};
    SDL_RenderSetClipRect(app->renderer, &clip);
    text_draw(app->text, TEXT_HEADING, title, (int)x, (int)y, 0, th->text, TEXT_LEFT);
    SDL_RenderSetClipRect(app->renderer, NULL);
    y += (float)text_line_height(app->text, TEXT_HEADING) + 12 * S;
    text_draw(app->text, TEXT_BODY, body, (int)x, (int)y, (int)w, th->text_dim, TEXT_LEFT);
    SDL_FRect b[TWO_COUNT];
    pair(app, p, b);
    draw_button(&app->draw, b[TWO_NO], _("Keep it"), BUTTON_PRIMARY, st->dialog_focus == TWO_NO, 1.0f);
    draw_button(&app->draw, b[TWO_YES], _("Delete"), BUTTON_NORMAL, st->dialog_focus == TWO_YES, 1.0f);
}

static void two_choice(App *app, PlanState *st, bool yes) {
    if (st->dialog == DIALOG_RENAME) {
        rename_done(app, st, yes);
        return;
    }
    if (yes) game_delete_plan(app->game, st->file);
    st->n_saved = game_list_plans(app->game, st->saved, GAME_MAX_PLANS);
    if (st->saved_focus >= st->n_saved) st->saved_focus = st->n_saved ? st->n_saved - 1 : 0;
    close_dialog(app, st, st->back_to);
}

static void two_input(App *app, PlanState *st, const InputEvent *ev) {
    SDL_FRect p = two_panel(app, st);
    SDL_FRect b[TWO_COUNT];
    pair(app, p, b);
    if (ev->kind == INPUT_TEXT || ev->kind == INPUT_BACKSPACE) {
        if (st->dialog == DIALOG_RENAME) type(st, ev);
        return;
    }
    /* Typing a name, Enter keeps it whatever has the focus. */
    if (ev->kind == INPUT_CONFIRM && st->dialog == DIALOG_RENAME) {
        two_choice(app, st, true);
        return;
    }
    int chosen = look_dialog_pair_input(ev, b, p, &st->dialog_focus);
    if (chosen >= 0) two_choice(app, st, chosen == TWO_YES);
}

/* ---- dispatch -------------------------------------------------------------------------------- */

void planner_dialog_input(App *app, PlanState *st, const InputEvent *ev) {
    if (ev->kind == INPUT_QUIT) return; /* the app asks before quitting */
    switch (st->dialog) {
    case DIALOG_PREVIEW: preview_input(app, st, ev); break;
    case DIALOG_SAVED: saved_input(app, st, ev); break;
    case DIALOG_RENAME:
    case DIALOG_DELETE: two_input(app, st, ev); break;
    default: break;
    }
}

void planner_dialog_draw(App *app, PlanState *st) {
    switch (st->dialog) {
    case DIALOG_PREVIEW: draw_preview(app, st); break;
    case DIALOG_SAVED: draw_saved(app, st); break;
    case DIALOG_RENAME:
        if (st->back_to == DIALOG_SAVED) draw_saved(app, st);
        draw_rename(app, st);
        break;
    case DIALOG_DELETE:
        draw_saved(app, st);
        draw_delete(app, st);
        break;
    default: break;
    }
}
