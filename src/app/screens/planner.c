/* The planner a facilitator uses to choose and order a session's scenarios: a filtered
 * list, a whole-scenario preview, the plan (named, reordered, about how long), and plans
 * saved, opened, renamed and deleted (they hold scenario names, never answers). Keys and
 * the mouse do everything; the shortcuts are the facilitator's (shortcuts.h). */
#include "app/screens/planner.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/game.h"
#include "app/notice.h"
#include "app/platform/shortcuts.h"
#include "app/screens/nav.h"
#include "app/screens/planner_dialogs.h"
#include "app/screens/preview.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { ZONE_FILTERS, ZONE_LIST, ZONE_PLAN, ZONE_BUTTONS };
enum { FILTER_THEME, FILTER_LEVEL, FILTER_NOTES, FILTER_COUNT };
enum { PB_BACK, PB_OPEN, PB_SAVE, PB_START, PB_COUNT };
enum { ROW_TOOLS = 3 }; /* a plan row's up, down and remove */

typedef struct PlanLayout {
    bool compact;   /* a small screen or large text: small labels, no caps on the buttons */
    TextRole label; /* the filters' and buttons' text */
    float m;        /* the side margin */
    float title_y, sub_y;
    bool sub_below; /* the quiet line goes under the title when it does not fit beside it */
    SDL_FRect filter[FILTER_COUNT];
    SDL_FRect list, plan;
    float row_h, plan_row_h, plan_head_h;
    int visible, plan_visible;
    SDL_FRect button[PB_COUNT];
    SDL_FRect rename;             /* the plan's Rename */
    float note_x, note_y, note_w; /* where messages go */
} PlanLayout;

static const char *const BUTTON_LABELS[PB_COUNT] = {N_("Back"), N_("Saved plans"), N_("Save plan"),
                                                    N_("Start session")};
static const Command BUTTON_KEYS[PB_COUNT] = {CMD_NONE, CMD_OPEN, CMD_SAVE, CMD_NONE};

static const Scenario *item_scenario(const Game *g, PlanItem it) {
    return &g->lib.decks[it.deck]->scenarios[it.scenario];
}

static bool in_plan(const Game *g, PlanItem it) {
    for (int k = 0; k < g->plan.n; k++)
        if (g->plan.items[k].deck == it.deck && g->plan.items[k].scenario == it.scenario) return true;
    return false;
}

/* The list under the filters; the focused scenario keeps its focus when it is still there. */
static void plan_filter(App *app, PlanState *st) {
    const Game *g = app->game;
    PlanItem was = st->index < st->n_rows ? st->rows[st->index] : (PlanItem){-1, -1};
    st->n_rows = 0;
    for (int d = 0; d < g->lib.n_decks; d++) {
        const Deck *deck = g->lib.decks[d];
        if (st->theme >= 0 && (int)deck->category != st->theme) continue;
        for (int i = 0; i < deck->n_scenarios && st->n_rows < PLANNER_MAX_ROWS; i++) {
            const Scenario *sc = &deck->scenarios[i];
            if (st->level == -1 && sc->intensity == INTENSITY_DEEP) continue;
            if (st->level >= 0 && (int)sc->intensity != st->level) continue;
            if (st->hide_notes && sc->content_note) continue;
            st->rows[st->n_rows++] = (PlanItem){d, i};
        }
    }
    int keep = 0;
    for (int i = 0; i < st->n_rows; i++)
        if (st->rows[i].deck == was.deck && st->rows[i].scenario == was.scenario) keep = i;
    if (st->zone == ZONE_LIST) st->index = keep;
    st->list_focus = keep;
}

/* ---- filters: labels that always fit ------------------------------------------------------ */

static void filter_label(int f, int theme, int level, bool hide_notes, char *buf, size_t n) {
    switch (f) {
    case FILTER_THEME:
        snprintf(buf, n, _("Theme: %s"), theme < 0 ? C_("filter", "All") : category_title((Category)theme));
        break;
    case FILTER_LEVEL:
        snprintf(buf, n, _("Intensity: %s"),
                 level == -1   ? _("Gentle and honest")
                 : level == -2 ? C_("filter", "All")
                               : intensity_title((Intensity)level));
        break;
    default: snprintf(buf, n, _("Content notes: %s"), hide_notes ? _("Left out") : _("Included")); break;
    }
}

/* The widest label a filter can show, so its button never has to grow or cut a label. */
static float filter_width(App *app, int f, TextRole role) {
    char buf[300];
    float w = 0;
    int n = f == FILTER_THEME ? CAT_COUNT + 1 : f == FILTER_LEVEL ? 5 : 2;
    for (int v = 0; v < n; v++) {
        if (f == FILTER_THEME)
            filter_label(f, v - 1, 0, false, buf, sizeof buf);
        else if (f == FILTER_LEVEL)
            filter_label(f, 0, v - 2, false, buf, sizeof buf);
        else
            filter_label(f, 0, 0, v == 1, buf, sizeof buf);
        w = fmaxf(w, (float)text_measure(app->text, role, buf, 0, TEXT_LEFT).x);
    }
    return w + 32 * app->ui.s;
}

/* ---- layout ------------------------------------------------------------------------------- */

/* Lays out n boxes of the given widths in rows from x0 to x1 (right-aligned when right),
 * starting at y; returns the bottom. */
static float flow(SDL_FRect *box, const float *widths, int n, float x0, float x1, float y, float h, float gap,
                  bool right) {
    int first = 0;
    while (first < n) {
        float used = 0;
        int last = first;
        while (last < n && (last == first || used + gap + widths[last] <= x1 - x0)) {
            used += (last > first ? gap : 0) + fminf(widths[last], x1 - x0);
            last++;
        }
        float x = right ? x1 - used : x0;
        for (int i = first; i < last; i++) {
            float w = fminf(widths[i], x1 - x0);
            box[i] = (SDL_FRect){x, y, w, h};
            x += w + gap;
        }
        first = last;
        y += h + gap;
    }
    return y - gap;
}

static void plan_layout(App *app, PlanLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    L->compact = app->ui.lh < 560 || app->ui.lw < 1000;
    L->label = L->compact ? TEXT_SMALL : TEXT_BODY_BOLD;
    float m = L->m = (L->compact ? 16 : 32) * S, gap = (L->compact ? 6 : 10) * S;
    TextRole title = L->compact ? TEXT_HEADING : TEXT_TITLE;
    float title_w = (float)text_measure(app->text, title, _("Plan the session"), 0, TEXT_LEFT).x;
    float sub_w = (float)text_measure(app->text, TEXT_SMALL, PLANNER_QUIET_LINE, 0, TEXT_LEFT).x;
    L->title_y = (L->compact ? 8 : 16) * S;
    float y = L->title_y + (float)text_line_height(app->text, title);
    L->sub_below = title_w + 32 * S + sub_w > W - 2 * m;
    if (L->sub_below) {
        L->sub_y = y;
        y += (float)text_line_height(app->text, TEXT_SMALL);
    } else {
        L->sub_y = L->title_y +
                   ((float)text_line_height(app->text, title) - (float)text_line_height(app->text, TEXT_SMALL)) * 0.6f;
    }
    y += (L->compact ? 6 : 10) * S;
    float fh = (float)text_line_height(app->text, L->label) + (L->compact ? 12 : 16) * S;
    float fw[FILTER_COUNT];
    for (int f = 0; f < FILTER_COUNT; f++) fw[f] = filter_width(app, f, L->label);
    y = flow(L->filter, fw, FILTER_COUNT, m, W - m, y, fh, gap, false) + (L->compact ? 8 : 14) * S;
    /* The buttons from the bottom, each as wide as its label (and its key cap, with room). */
    float bh = (float)text_line_height(app->text, L->label) + (L->compact ? 16 : 26) * S, bw[PB_COUNT];
    for (int b = 0; b < PB_COUNT; b++) {
        bw[b] =
            (float)text_measure(app->text, L->label, _(BUTTON_LABELS[b]), 0, TEXT_LEFT).x + (L->compact ? 28 : 48) * S;
        if (BUTTON_KEYS[b] && !L->compact)
            bw[b] += keycap_width(&app->draw, 26 * S, shortcuts_label(BUTTON_KEYS[b])) + 10 * S;
    }
    SDL_FRect tmp[PB_COUNT];
    float rows_h = flow(tmp, bw, PB_COUNT, m, W - m, 0, bh, gap, true);
    float by = H - (L->compact ? 10 : 20) * S - rows_h;
    flow(L->button, bw, PB_COUNT, m, W - m, by, bh, gap, true);
    /* Messages go left of the buttons, or above them when that leaves too little room. */
    float left = W;
    for (int b = 0; b < PB_COUNT; b++) left = fminf(left, L->button[b].x);
    L->note_x = m;
    L->note_y = L->button[0].y + 4 * S;
    L->note_w = left - 16 * S - m;
    float bottom = by;
    if (L->note_w < 300 * S) {
        L->note_w = W - 2 * m;
        float nh = app->game->note[0]
                       ? (float)text_measure(app->text, TEXT_SMALL, app->game->note, (int)L->note_w, TEXT_LEFT).y
                       : 0;
        L->note_y = by - 6 * S - nh;
        bottom = L->note_y;
    }
    /* The list and the plan share what is left. */
    float mid_h = fmaxf(bottom - (L->compact ? 8 : 14) * S - y, 40 * S);
    float lw = (W - 2 * m - 16 * S) * 0.56f;
    L->list = (SDL_FRect){m, y, lw, mid_h};
    L->plan = (SDL_FRect){m + lw + 16 * S, y, W - m - (m + lw + 16 * S), mid_h};
    L->row_h = (float)(text_line_height(app->text, TEXT_BODY_BOLD) + text_line_height(app->text, TEXT_SMALL)) + 16 * S;
    L->visible = (int)fmaxf(1, floorf(L->list.h / L->row_h));
    float line = (float)text_line_height(app->text, TEXT_SMALL);
    L->plan_head_h = 12 * S + (float)text_line_height(app->text, TEXT_BODY_BOLD) + fmaxf(line, 30 * S) + 12 * S;
    L->plan_row_h = fmaxf(line, 28 * S) + 8 * S;
    float foot = L->compact ? 0 : 30 * S + 16 * S; /* the reordering keys, with room */
    L->plan_visible = (int)fmaxf(1, floorf((L->plan.h - L->plan_head_h - foot) / L->plan_row_h));
    float rw = (float)text_measure(app->text, TEXT_SMALL, _("Rename"), 0, TEXT_LEFT).x + 20 * S +
               keycap_width(&app->draw, 24 * S, shortcuts_label(CMD_RENAME));
    L->rename = (SDL_FRect){L->plan.x + L->plan.w - 12 * S - rw,
                            L->plan.y + 12 * S + (float)text_line_height(app->text, TEXT_BODY_BOLD), rw, 30 * S};
}

/* A filter or a button: its label in the layout's text, a key cap beside it when given. */
static void labelled_button(App *app, const PlanLayout *L, SDL_FRect r, const char *label, Command key,
                            ButtonStyle style, bool focus, float alpha) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    draw_button(&app->draw, r, "", style, focus, alpha);
    const char *cap = key && !L->compact ? shortcuts_label(key) : NULL;
    float cw = cap ? keycap_width(&app->draw, 26 * S, cap) + 10 * S : 0;
    float tw = (float)text_measure(app->text, L->label, label, 0, TEXT_LEFT).x;
    float x = r.x + (r.w - tw - cw) * 0.5f;
    int lh = text_line_height(app->text, L->label);
    SDL_Rect clip = {(int)r.x, (int)r.y, (int)r.w, (int)r.h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    text_draw(app->text, L->label, label, (int)x, (int)(r.y + (r.h - (float)lh) * 0.5f), 0,
              color_alpha(style == BUTTON_PRIMARY ? th->text_on_accent : th->text, alpha), TEXT_LEFT);
    if (cap) draw_keycap(&app->draw, x + tw + 10 * S, r.y + (r.h - 26 * S) * 0.5f, 26 * S, cap, 0.9f);
    SDL_RenderSetClipRect(app->renderer, NULL);
}

/* A plan row's tools: move up, move down, take out. */
static void row_tools(const PlanLayout *L, int row_on_screen, SDL_FRect *tools, float S) {
    float y = L->plan.y + L->plan_head_h + (float)row_on_screen * L->plan_row_h;
    float size = L->plan_row_h - 6 * S, x = L->plan.x + L->plan.w - 12 * S;
    for (int k = ROW_TOOLS - 1; k >= 0; k--) {
        x -= size;
        tools[k] = (SDL_FRect){x, y, size, size};
        x -= 4 * S;
    }
}

/* ---- the plan ----------------------------------------------------------------------------- */

static void plan_add(App *app, PlanItem it) {
    Game *g = app->game;
    if (in_plan(g, it)) return;
    if (g->plan.n >= SESSION_MAX_PLAN) {
        utf8_snprintf(g->note, sizeof g->note, _("A plan holds at most %d scenarios."), SESSION_MAX_PLAN);
        return;
    }
    g->plan.items[g->plan.n++] = it;
    g->note[0] = '\0';
}

void planner_remove(App *app, PlanState *st, int i) {
    Game *g = app->game;
    if (i < 0 || i >= g->plan.n) return;
    memmove(&g->plan.items[i], &g->plan.items[i + 1], (size_t)(g->plan.n - i - 1) * sizeof g->plan.items[0]);
    g->plan.n--;
    if (st->zone == ZONE_PLAN) {
        if (st->index >= g->plan.n) st->index = g->plan.n - 1;
        if (st->index < 0) st->zone = ZONE_LIST, st->index = st->list_focus;
    }
}

void planner_toggle(App *app, PlanState *st, PlanItem it) {
    Game *g = app->game;
    for (int k = 0; k < g->plan.n; k++)
        if (g->plan.items[k].deck == it.deck && g->plan.items[k].scenario == it.scenario) {
            planner_remove(app, st, k);
            return;
        }
    plan_add(app, it);
}

/* Moves plan item i by dir (-1 up, +1 down); the focus follows it. */
static void plan_move(App *app, PlanState *st, int i, int dir) {
    Game *g = app->game;
    int j = i + dir;
    if (i < 0 || i >= g->plan.n || j < 0 || j >= g->plan.n) return;
    PlanItem t = g->plan.items[i];
    g->plan.items[i] = g->plan.items[j];
    g->plan.items[j] = t;
    st->zone = ZONE_PLAN;
    st->index = j;
}

static void keep_plan_visible(PlanState *st, const PlanLayout *L) {
    if (st->zone != ZONE_PLAN) return;
    if (st->index < st->plan_scroll) st->plan_scroll = st->index;
    if (st->index >= st->plan_scroll + L->plan_visible) st->plan_scroll = st->index - L->plan_visible + 1;
}

static void keep_visible(PlanState *st, const PlanLayout *L) {
    if (st->zone == ZONE_LIST) {
        if (st->index < (int)st->scroll) st->scroll = (float)st->index;
        if (st->index >= (int)st->scroll + L->visible) st->scroll = (float)(st->index - L->visible + 1);
    }
    keep_plan_visible(st, L);
}

static void plan_start(App *app) {
    Game *g = app->game;
    if (!g->plan.n) {
        utf8_snprintf(g->note, sizeof g->note, "%s", _("Add at least one scenario to the plan first."));
        return;
    }
    g->setup.n_plan = g->plan.n;
    memcpy(g->setup.plan, g->plan.items, (size_t)g->plan.n * sizeof g->plan.items[0]);
    g->setup.facilitated = true;
    for (int p = 0; p < 2; p++) snprintf(g->setup.names[p], sizeof g->setup.names[p], "%s", app->settings.names[p]);
    /* A facilitated session keeps nothing: the names must not reach a later settings save. */
    memset(app->settings.names, 0, sizeof app->settings.names);
    g->setup.seed = app->seed++;
    g->timer = TIMER_IDLE;
    if (game_start(g))
        nav_follow(app);
    else
        notice_add(app, "%s", g->note);
}

static void plan_button(App *app, PlanState *st, int b) {
    Game *g = app->game;
    char stamp[32], date[64];
    switch (b) {
    case PB_BACK: nav_go(app, PLACE_SETUP); break;
    case PB_OPEN: planner_open_saved(app, st); break;
    case PB_SAVE:
        if (!g->plan.n)
            utf8_snprintf(g->note, sizeof g->note, "%s", _("The plan is empty: nothing to save."));
        else {
            game_stamp(stamp, sizeof stamp, date, sizeof date);
            game_save_plan(g, stamp, date);
        }
        break;
    case PB_START: plan_start(app); break;
    default: break;
    }
}

/* ---- input -------------------------------------------------------------------------------- */

/* Up and down move within the filters, the list, the plan and the buttons. */
static void move_vertically(App *app, PlanState *st, bool up) {
    const Game *g = app->game;
    if (up) {
        if ((st->zone == ZONE_LIST || st->zone == ZONE_PLAN) && st->index > 0)
            st->index--;
        else if (st->zone == ZONE_BUTTONS)
            st->zone = ZONE_LIST, st->index = st->list_focus;
        else
            st->zone = ZONE_FILTERS, st->index = 0;
        return;
    }
    if (st->zone == ZONE_FILTERS)
        st->zone = ZONE_LIST, st->index = st->list_focus;
    else if (st->zone == ZONE_LIST && st->index + 1 < st->n_rows)
        st->index++;
    else if (st->zone == ZONE_PLAN && st->index + 1 < g->plan.n)
        st->index++;
    else
        st->zone = ZONE_BUTTONS, st->index = PB_START;
}

/* Left and right move along the filters and the buttons, or between the list and the plan. */
static void move_sideways(App *app, PlanState *st, int dir) {
    if (st->zone == ZONE_FILTERS)
        st->index = (st->index + dir + FILTER_COUNT) % FILTER_COUNT;
    else if (st->zone == ZONE_BUTTONS)
        st->index = (st->index + dir + PB_COUNT) % PB_COUNT;
    else if (st->zone == ZONE_LIST && app->game->plan.n)
        st->list_focus = st->index, st->zone = ZONE_PLAN, st->index = 0;
    else if (st->zone == ZONE_PLAN)
        st->zone = ZONE_LIST, st->index = st->list_focus;
}

static void cycle_filter(App *app, PlanState *st, int f) {
    if (f == FILTER_THEME)
        st->theme = (st->theme + 2) % (CAT_COUNT + 1) - 1;
    else if (f == FILTER_LEVEL)
        st->level = (st->level + 3) % 5 - 2;
    else
        st->hide_notes = !st->hide_notes;
    plan_filter(app, st);
    st->scroll = 0;
}

static void confirm(App *app, PlanState *st) {
    if (st->zone == ZONE_FILTERS)
        cycle_filter(app, st, st->index);
    else if (st->zone == ZONE_LIST && st->index < st->n_rows)
        planner_preview(app, st, st->rows[st->index]);
    else if (st->zone == ZONE_PLAN && st->index < app->game->plan.n)
        planner_preview(app, st, app->game->plan.items[st->index]);
    else if (st->zone == ZONE_BUTTONS)
        plan_button(app, st, st->index);
}

static void command(App *app, PlanState *st, Command c) {
    switch (c) {
    case CMD_UP:
    case CMD_DOWN:
        if (st->zone == ZONE_PLAN) plan_move(app, st, st->index, c == CMD_UP ? -1 : 1);
        break;
    case CMD_REMOVE:
        if (st->zone == ZONE_PLAN) planner_remove(app, st, st->index);
        break;
    case CMD_SAVE: plan_button(app, st, PB_SAVE); break;
    case CMD_OPEN: plan_button(app, st, PB_OPEN); break;
    case CMD_RENAME: planner_rename(app, st, NULL); break;
    default: break;
    }
}

/* A click on a filter (its focus stays where it was), a button, a list row (its preview),
 * a list row's Add, the plan's Rename, or a plan row (its preview) and its tools. */
static void click(App *app, PlanState *st, const PlanLayout *L, int x, int y) {
    Game *g = app->game;
    float S = app->ui.s, fx = (float)x, fy = (float)y;
    int f = look_hit(L->filter, FILTER_COUNT, x, y);
    if (f >= 0) {
        cycle_filter(app, st, f);
        return;
    }
    int b = look_hit(L->button, PB_COUNT, x, y);
    if (b >= 0) {
        st->zone = ZONE_BUTTONS;
        st->index = b;
        plan_button(app, st, b);
        return;
    }
    if (rect_contains(L->rename, fx, fy)) {
        planner_rename(app, st, NULL);
        return;
    }
    if (rect_contains(L->list, fx, fy)) {
        int i = (int)st->scroll + (int)((fy - L->list.y) / L->row_h);
        if (i >= st->n_rows) return;
        st->zone = ZONE_LIST;
        st->index = st->list_focus = i;
        /* The row's Add (or In the plan) toggles; anywhere else on it shows the whole scenario. */
        if (fx > L->list.x + L->list.w - 120 * S)
            planner_toggle(app, st, st->rows[i]);
        else
            planner_preview(app, st, st->rows[i]);
        return;
    }
    if (rect_contains(L->plan, fx, fy) && fy >= L->plan.y + L->plan_head_h) {
        int row = (int)((fy - L->plan.y - L->plan_head_h) / L->plan_row_h), i = st->plan_scroll + row;
        if (row >= L->plan_visible || i >= g->plan.n) return;
        SDL_FRect tools[ROW_TOOLS];
        row_tools(L, row, tools, S);
        int t = look_hit(tools, ROW_TOOLS, x, y);
        st->zone = ZONE_PLAN;
        st->index = i;
        if (t == 0) plan_move(app, st, i, -1);
        if (t == 1) plan_move(app, st, i, 1);
        if (t == 2) planner_remove(app, st, i);
        if (t < 0) planner_preview(app, st, g->plan.items[i]);
    }
}

static void planner_input(App *app, const InputEvent *ev) {
    PlanState *st = app->state;
    if (st->dialog != DIALOG_NONE) {
        planner_dialog_input(app, st, ev);
        return;
    }
    PlanLayout L;
    plan_layout(app, &L);
    switch (ev->kind) {
    case INPUT_UP:
    case INPUT_DOWN: move_vertically(app, st, ev->kind == INPUT_UP); break;
    case INPUT_LEFT:
    case INPUT_RIGHT: move_sideways(app, st, ev->kind == INPUT_RIGHT ? 1 : -1); break;
    case INPUT_CONFIRM: confirm(app, st); break;
    case INPUT_COMMAND: command(app, st, (Command)ev->value); break;
    case INPUT_BACK: nav_go(app, PLACE_SETUP); return;
    case INPUT_QUIT: nav_ask_quit(app); return;
    case INPUT_SCROLL:
        if (rect_contains(L.plan, (float)app->pointer_x, (float)app->pointer_y))
            st->plan_scroll =
                (int)fmaxf(0, fminf((float)(app->game->plan.n - L.plan_visible), (float)(st->plan_scroll - ev->value)));
        else
            st->scroll = fmaxf(0, fminf((float)(st->n_rows - L.visible), st->scroll - (float)ev->value));
        return;
    case INPUT_CLICK: click(app, st, &L, ev->x, ev->y); break;
    default: return;
    }
    if (ev->kind != INPUT_CLICK) keep_visible(st, &L);
    keep_plan_visible(st, &L);
}

/* ---- drawing -------------------------------------------------------------------------------- */

static void draw_list(App *app, const PlanState *st, const PlanLayout *L) {
    const Theme *th = &app->theme;
    const Game *g = app->game;
    float S = app->ui.s;
    SDL_Rect clip = {(int)L->list.x, (int)L->list.y, (int)L->list.w, (int)L->list.h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    int first = (int)st->scroll;
    int lb = text_line_height(app->text, TEXT_BODY_BOLD);
    for (int i = first; i < st->n_rows && i < first + L->visible + 1; i++) {
        PlanItem it = st->rows[i];
        const Scenario *sc = item_scenario(g, it);
        SDL_FRect row = {L->list.x, L->list.y + (float)(i - first) * L->row_h, L->list.w, L->row_h - 6 * S};
        bool focus = st->zone == ZONE_LIST && st->index == i;
        draw_round_rect(&app->draw, row, 12 * S, focus ? th->surface_hover : th->surface);
        if (focus) draw_round_rect_outline(&app->draw, row, 12 * S, 3 * S, th->focus);
        float text_w = row.w - 150 * S;
        SDL_Rect inner = {(int)row.x, (int)row.y, (int)(row.x + 16 * S + text_w) - (int)row.x, (int)row.h}, both;
        if (!SDL_IntersectRect(&inner, &clip, &both)) both = (SDL_Rect){0, 0, 0, 0};
        SDL_RenderSetClipRect(app->renderer, &both);
        text_draw(app->text, TEXT_BODY_BOLD, sc->title, (int)(row.x + 16 * S), (int)(row.y + 6 * S), 0, th->text,
                  TEXT_LEFT);
        char meta[200];
        preview_meta(g->lib.decks[it.deck], sc, true, meta, sizeof meta);
        text_draw(app->text, TEXT_SMALL, meta, (int)(row.x + 16 * S), (int)(row.y + 8 * S + (float)lb), 0, th->text_dim,
                  TEXT_LEFT);
        SDL_RenderSetClipRect(app->renderer, &clip);
        /* Add, or In the plan: a click there toggles it. */
        bool inside = in_plan(g, it);
        SDL_FRect add = {row.x + row.w - 124 * S, row.y + (row.h - 34 * S) * 0.5f, 112 * S, 34 * S};
        draw_round_rect(&app->draw, add, 17 * S, inside ? th->surface_sunk : color_alpha(th->accent, 0.15f));
        text_draw(app->text, TEXT_SMALL, inside ? _("In the plan") : _("+ Add"), (int)(add.x + add.w * 0.5f),
                  (int)(add.y + (add.h - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f), 0,
                  inside ? th->text_dim : th->text, TEXT_CENTER);
    }
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (!st->n_rows)
        text_draw(app->text, TEXT_BODY, _("No scenarios match these filters."), (int)L->list.x, (int)L->list.y,
                  (int)L->list.w, th->text_dim, TEXT_LEFT);
}

static void draw_plan(App *app, const PlanState *st, const PlanLayout *L) {
    const Theme *th = &app->theme;
    const Game *g = app->game;
    float S = app->ui.s;
    SDL_FRect r = L->plan;
    draw_round_rect(&app->draw, r, 16 * S, th->surface);
    SDL_Rect clip = {(int)r.x, (int)r.y, (int)r.w, (int)r.h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    float x = r.x + 18 * S, y = r.y + 12 * S;
    /* The name (or what it will be called), with Rename; then its length in plain words. */
    const char *name = g->plan.name[0] ? g->plan.name : _("Tonight's plan");
    SDL_Rect head = {(int)x, (int)r.y, (int)(r.x + r.w - 12 * S - x), (int)r.h}, head_in;
    if (!SDL_IntersectRect(&head, &clip, &head_in)) head_in = (SDL_Rect){0, 0, 0, 0};
    SDL_RenderSetClipRect(app->renderer, &head_in);
    text_draw(app->text, TEXT_BODY_BOLD, name, (int)x, (int)y, 0, th->text, TEXT_LEFT);
    SDL_RenderSetClipRect(app->renderer, &clip);
    bool hover = app->pointer_active && rect_contains(L->rename, (float)app->pointer_x, (float)app->pointer_y);
    draw_round_rect(&app->draw, L->rename, 10 * S, hover ? th->surface_hover : th->surface_sunk);
    text_draw(app->text, TEXT_SMALL, _("Rename"), (int)(L->rename.x + 8 * S),
              (int)(L->rename.y + (L->rename.h - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f), 0, th->text,
              TEXT_LEFT);
    const char *cap = shortcuts_label(CMD_RENAME);
    draw_keycap(&app->draw, L->rename.x + L->rename.w - 4 * S - keycap_width(&app->draw, 24 * S, cap),
                L->rename.y + 3 * S, 24 * S, cap, 0.9f);
    y += (float)text_line_height(app->text, TEXT_BODY_BOLD) +
         (30 * S - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f;
    StrBuf b;
    strbuf_init(&b);
    if (g->plan.n)
        plan_length_words(g->plan.n, plan_minutes(&g->lib, g->plan.items, g->plan.n), &b);
    else
        strbuf_puts(&b, _("No scenarios yet"));
    text_draw(app->text, TEXT_SMALL, b.data ? b.data : "", (int)x, (int)y, 0, th->text_dim, TEXT_LEFT);
    strbuf_free(&b);
    if (!g->plan.n)
        text_draw(app->text, TEXT_SMALL,
                  _("Empty. Add scenarios from the list: + Add, or Enter to see one whole and add it."), (int)x,
                  (int)(r.y + L->plan_head_h), (int)(r.w - 36 * S), th->text_dim, TEXT_LEFT);
    int lh = text_line_height(app->text, TEXT_SMALL);
    static const char *const TOOLS[ROW_TOOLS] = {"\xE2\x86\x91", "\xE2\x86\x93", "\xC3\x97"}; /* ↑ ↓ × */
    for (int row = 0; row < L->plan_visible && st->plan_scroll + row < g->plan.n; row++) {
        int i = st->plan_scroll + row;
        float ry = r.y + L->plan_head_h + (float)row * L->plan_row_h;
        bool focus = st->zone == ZONE_PLAN && st->index == i;
        SDL_FRect band = {r.x + 8 * S, ry - 2 * S, r.w - 16 * S, L->plan_row_h - 2 * S};
        if (focus) {
            draw_round_rect(&app->draw, band, 8 * S, th->surface_hover);
            draw_round_rect_outline(&app->draw, band, 8 * S, 2 * S, th->focus);
        }
        SDL_FRect tools[ROW_TOOLS];
        row_tools(L, row, tools, S);
        const Scenario *sc = item_scenario(g, g->plan.items[i]);
        char line[220];
        utf8_snprintf(line, sizeof line, _("%d. %s \xC2\xB7 about %d min"), i + 1, sc->title,
                      plan_scenario_minutes(sc));
        SDL_Rect text_clip = {(int)x, (int)ry, (int)(tools[0].x - 6 * S - x), (int)L->plan_row_h}, text_in;
        if (!SDL_IntersectRect(&text_clip, &clip, &text_in)) text_in = (SDL_Rect){0, 0, 0, 0};
        SDL_RenderSetClipRect(app->renderer, &text_in);
        text_draw(app->text, TEXT_SMALL, line, (int)x, (int)(ry + (L->plan_row_h - 8 * S - (float)lh) * 0.5f), 0,
                  th->text, TEXT_LEFT);
        SDL_RenderSetClipRect(app->renderer, &clip);
        for (int k = 0; k < ROW_TOOLS; k++) {
            bool dim = (k == 0 && i == 0) || (k == 1 && i == g->plan.n - 1);
            draw_round_rect(&app->draw, tools[k], 8 * S, th->surface_sunk);
            text_draw(app->text, TEXT_SMALL, TOOLS[k], (int)(tools[k].x + tools[k].w * 0.5f),
                      (int)(tools[k].y + (tools[k].h - (float)lh) * 0.5f), 0,
                      dim ? color_alpha(th->text_dim, 0.4f) : th->text, TEXT_CENTER);
        }
    }
    /* How to reorder from the keyboard, as key caps (with room). */
    if (g->plan.n && !L->compact) {
        const char *hints[] = {shortcuts_label(CMD_UP), NC_("hint", "up"),           shortcuts_label(CMD_DOWN),
                               NC_("hint", "down"),     shortcuts_label(CMD_REMOVE), NC_("hint", "out")};
        float hy = r.y + r.h - 10 * S - 30 * S;
        SDL_RenderSetClipRect(app->renderer, &clip);
        draw_hints_centered(&app->draw, r.x + r.w * 0.5f, hy, hints, 3, 0.85f);
    }
    SDL_RenderSetClipRect(app->renderer, NULL);
}

static void planner_draw(App *app) {
    PlanState *st = app->state;
    const Theme *th = &app->theme;
    const Game *g = app->game;
    PlanLayout L;
    plan_layout(app, &L);
    float S = app->ui.s, W = (float)app->ui.w;
    TextRole title = L.compact ? TEXT_HEADING : TEXT_TITLE;
    text_draw(app->text, title, _("Plan the session"), (int)L.m, (int)L.title_y, 0, th->text, TEXT_LEFT);
    if (L.sub_below)
        text_draw(app->text, TEXT_SMALL, PLANNER_QUIET_LINE, (int)L.m, (int)L.sub_y, (int)(W - 2 * L.m), th->text_dim,
                  TEXT_LEFT);
    else
        text_draw(app->text, TEXT_SMALL, PLANNER_QUIET_LINE, (int)(W - L.m), (int)L.sub_y, 0, th->text_dim, TEXT_RIGHT);
    for (int f = 0; f < FILTER_COUNT; f++) {
        char buf[300];
        filter_label(f, st->theme, st->level, st->hide_notes, buf, sizeof buf);
        labelled_button(app, &L, L.filter[f], buf, CMD_NONE, BUTTON_NORMAL, st->zone == ZONE_FILTERS && st->index == f,
                        1.0f);
    }
    draw_list(app, st, &L);
    draw_plan(app, st, &L);
    for (int b = 0; b < PB_COUNT; b++)
        labelled_button(app, &L, L.button[b], _(BUTTON_LABELS[b]), BUTTON_KEYS[b],
                        b == PB_START ? BUTTON_PRIMARY : BUTTON_NORMAL, st->zone == ZONE_BUTTONS && st->index == b,
                        b == PB_START && !g->plan.n ? 0.5f : 1.0f);
    if (g->note[0])
        text_draw(app->text, TEXT_SMALL, g->note, (int)L.note_x, (int)L.note_y, (int)L.note_w, th->text_dim, TEXT_LEFT);
    (void)S;
    planner_dialog_draw(app, st);
}

static void planner_enter(App *app) {
    PlanState *st = app->state;
    Game *g = app->game;
    st->theme = -1;
    st->level = -1;
    st->hide_notes = g->setup.skip_content_notes;
    st->zone = ZONE_LIST;
    st->index = 0;
    g->note[0] = '\0';
    plan_filter(app, st);
}

const Screen SCREEN_PLANNER = {.name = "planner",
                               .state_size = sizeof(PlanState),
                               .enter = planner_enter,
                               .draw = planner_draw,
                               .input = planner_input};
