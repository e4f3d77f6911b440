/* The planner a facilitator uses to choose and order a session's scenarios: a list with a
 * preview and filters, and plans saved and opened again (they hold scenario names, never
 * answers). */
#include "app/screens/planner.h"

#include "app/app.h"
#include "app/game.h"
#include "app/notice.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { ZONE_FILTERS, ZONE_LIST, ZONE_PLAN, ZONE_BUTTONS };
enum { FILTER_THEME, FILTER_LEVEL, FILTER_NOTES, FILTER_COUNT };
enum { PB_BACK, PB_OPEN, PB_SAVE, PB_START, PB_COUNT };
enum { MAX_ROWS = 2048, ROW_H = 58 };

typedef struct PlanState {
    int zone, index;
    int theme; /* -1 all, else a Category */
    int level; /* -1 gentle + honest, -2 all, else an Intensity */
    bool hide_notes;
    PlanItem rows[MAX_ROWS];
    int n_rows;
    float scroll;
    bool opening; /* the open-plan list is showing */
    char plans[12][64];
    int n_plans, plan_focus;
} PlanState;

typedef struct PlanLayout {
    SDL_FRect filter[FILTER_COUNT];
    SDL_FRect list, preview, plan;
    SDL_FRect button[PB_COUNT];
    int visible;
} PlanLayout;

static const Scenario *item_scenario(const Game *g, PlanItem it) {
    return &g->lib.decks[it.deck]->scenarios[it.scenario];
}

static void plan_filter(App *app, PlanState *st) {
    const Game *g = app->game;
    st->n_rows = 0;
    for (int d = 0; d < g->lib.n_decks; d++) {
        const Deck *deck = g->lib.decks[d];
        if (st->theme >= 0 && (int)deck->category != st->theme) continue;
        for (int i = 0; i < deck->n_scenarios && st->n_rows < MAX_ROWS; i++) {
            const Scenario *sc = &deck->scenarios[i];
            if (st->level == -1 && sc->intensity == INTENSITY_DEEP) continue;
            if (st->level >= 0 && (int)sc->intensity != st->level) continue;
            if (st->hide_notes && sc->content_note) continue;
            st->rows[st->n_rows++] = (PlanItem){d, i};
        }
    }
    if (st->index >= st->n_rows) st->index = st->n_rows ? st->n_rows - 1 : 0;
}

static void plan_layout(App *app, PlanLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float m = 32 * S, top = 92 * S, fw = 250 * S, fh = 40 * S;
    for (int i = 0; i < FILTER_COUNT; i++) L->filter[i] = (SDL_FRect){m + (float)i * (fw + 10 * S), top, fw, fh};
    float y = top + fh + 16 * S, bh = 54 * S, by = H - 28 * S - bh;
    float lw = (W - 2 * m) * 0.52f;
    L->list = (SDL_FRect){m, y, lw, by - 16 * S - y};
    float rx = m + lw + 20 * S, rw = W - m - rx;
    L->preview = (SDL_FRect){rx, y, rw, L->list.h * 0.48f};
    L->plan = (SDL_FRect){rx, y + L->preview.h + 12 * S, rw, L->list.h - L->preview.h - 12 * S};
    L->visible = (int)(L->list.h / (ROW_H * S));
    float widths[PB_COUNT] = {150 * S, 170 * S, 170 * S, 240 * S};
    float x = W - m;
    for (int i = PB_COUNT - 1; i >= 0; i--) {
        x -= widths[i];
        L->button[i] = (SDL_FRect){x, by, widths[i], bh};
        x -= 12 * S;
    }
}

static const char *filter_label(const PlanState *st, int f, char *buf, size_t n) {
    static const char *const LEVELS[] = {"Gentle", "Honest", "Deep"};
    switch (f) {
    case FILTER_THEME:
        snprintf(buf, n, "Theme: %s", st->theme < 0 ? "all" : category_title((Category)st->theme));
        break;
    case FILTER_LEVEL:
        snprintf(buf, n, "Intensity: %s",
                 st->level == -1   ? "gentle + honest"
                 : st->level == -2 ? "all"
                                   : LEVELS[st->level]);
        break;
    default: snprintf(buf, n, "Content notes: %s", st->hide_notes ? "left out" : "shown"); break;
    }
    return buf;
}

static void cycle_filter(App *app, PlanState *st, int f, int dir) {
    if (f == FILTER_THEME)
        st->theme = (st->theme + 1 + dir + CAT_COUNT + 1) % (CAT_COUNT + 1) - 1;
    else if (f == FILTER_LEVEL)
        st->level = (st->level + 2 + dir + 5) % 5 - 2;
    else
        st->hide_notes = !st->hide_notes;
    st->scroll = 0;
    st->index = 0;
    plan_filter(app, st);
}

static void plan_add(App *app, PlanState *st) {
    Game *g = app->game;
    if (st->index >= st->n_rows) return;
    if (g->n_plan >= SESSION_MAX_PLAN) {
        snprintf(g->note, sizeof g->note, "A plan holds at most %d scenarios.", SESSION_MAX_PLAN);
        return;
    }
    PlanItem it = st->rows[st->index];
    for (int i = 0; i < g->n_plan; i++)
        if (g->plan[i].deck == it.deck && g->plan[i].scenario == it.scenario) return; /* already in */
    g->plan[g->n_plan++] = it;
    g->note[0] = '\0';
}

static void plan_remove(App *app, int i) {
    Game *g = app->game;
    if (i < 0 || i >= g->n_plan) return;
    memmove(&g->plan[i], &g->plan[i + 1], (size_t)(g->n_plan - i - 1) * sizeof g->plan[0]);
    g->n_plan--;
}

static void plan_start(App *app) {
    Game *g = app->game;
    if (!g->n_plan) {
        snprintf(g->note, sizeof g->note, "Add at least one scenario to the plan first.");
        return;
    }
    g->setup.n_plan = g->n_plan;
    memcpy(g->setup.plan, g->plan, (size_t)g->n_plan * sizeof g->plan[0]);
    g->setup.facilitated = true;
    for (int p = 0; p < 2; p++) snprintf(g->setup.names[p], sizeof g->setup.names[p], "%s", app->settings.names[p]);
    /* A facilitated session keeps nothing: the names must not reach a later settings save. */
    memset(app->settings.names, 0, sizeof app->settings.names);
    g->setup.seed = app->seed++;
    g->timer_on = false;
    if (game_start(g))
        nav_follow(app);
    else
        notice_add(app, "%s", g->note);
}

static void plan_button(App *app, PlanState *st, int b) {
    Game *g = app->game;
    char s[32];
    switch (b) {
    case PB_BACK: nav_go(app, PLACE_SETUP); break;
    case PB_OPEN:
        st->n_plans = game_list_plans(st->plans, 12);
        st->plan_focus = 0;
        st->opening = true;
        if (!st->n_plans) {
            st->opening = false;
            snprintf(g->note, sizeof g->note, "No saved plans yet.");
        }
        break;
    case PB_SAVE:
        if (!g->n_plan)
            snprintf(g->note, sizeof g->note, "The plan is empty: nothing to save.");
        else {
            game_stamp(s, sizeof s, NULL, 0);
            game_save_plan(g, s);
        }
        break;
    case PB_START: plan_start(app); break;
    default: break;
    }
}

static void keep_visible(PlanState *st, const PlanLayout *L) {
    if (st->index < (int)st->scroll) st->scroll = (float)st->index;
    if (st->index >= (int)st->scroll + L->visible) st->scroll = (float)(st->index - L->visible + 1);
}

/* The open-plan list over the planner: arrows, Enter or a click open one; anything
 * else closes it. */
static void opening_input(App *app, PlanState *st, const PlanLayout *L, const InputEvent *ev) {
    Game *g = app->game;
    float S = app->ui.s;
    switch (ev->kind) {
    case INPUT_UP: st->plan_focus = (st->plan_focus + st->n_plans - 1) % st->n_plans; break;
    case INPUT_DOWN: st->plan_focus = (st->plan_focus + 1) % st->n_plans; break;
    case INPUT_CONFIRM:
        game_open_plan(g, st->plans[st->plan_focus]);
        st->opening = false;
        break;
    case INPUT_CLICK: {
        float y0 = L->list.y + 50 * S;
        int i = (int)(((float)ev->y - y0) / (44 * S));
        if (i >= 0 && i < st->n_plans && (float)ev->y >= y0 && rect_contains(L->list, (float)ev->x, (float)ev->y))
            game_open_plan(g, st->plans[i]);
        st->opening = false;
        break;
    }
    case INPUT_BACK: st->opening = false; break;
    default: break;
    }
}

/* Up and down move within the filters, the list, the plan and the buttons. */
static void move_vertically(App *app, PlanState *st, bool up) {
    const Game *g = app->game;
    if (up) {
        if (st->zone == ZONE_LIST && st->index > 0)
            st->index--;
        else if (st->zone == ZONE_PLAN && st->index > 0)
            st->index--;
        else if (st->zone == ZONE_BUTTONS)
            st->zone = ZONE_LIST, st->index = 0;
        else
            st->zone = ZONE_FILTERS, st->index = 0;
        return;
    }
    if (st->zone == ZONE_FILTERS)
        st->zone = ZONE_LIST, st->index = 0;
    else if (st->zone == ZONE_LIST && st->index + 1 < st->n_rows)
        st->index++;
    else if (st->zone == ZONE_PLAN && st->index + 1 < g->n_plan)
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
    else if (st->zone == ZONE_LIST && app->game->n_plan)
        st->zone = ZONE_PLAN, st->index = 0;
    else if (st->zone == ZONE_PLAN)
        st->zone = ZONE_LIST, st->index = 0;
}

static void confirm(App *app, PlanState *st) {
    Game *g = app->game;
    if (st->zone == ZONE_FILTERS)
        cycle_filter(app, st, st->index, 1);
    else if (st->zone == ZONE_LIST)
        plan_add(app, st);
    else if (st->zone == ZONE_PLAN) {
        plan_remove(app, st->index);
        if (st->index >= g->n_plan) st->index = g->n_plan ? g->n_plan - 1 : 0;
        if (!g->n_plan) st->zone = ZONE_LIST, st->index = 0;
    } else
        plan_button(app, st, st->index);
}

/* A click on a filter, a button, a row of the list (once to preview, again to add) or a
 * scenario in the plan (to take it out). */
static void click(App *app, PlanState *st, const PlanLayout *L, int x, int y) {
    Game *g = app->game;
    float S = app->ui.s, fx = (float)x, fy = (float)y;
    for (int f = 0; f < FILTER_COUNT; f++)
        if (rect_contains(L->filter[f], fx, fy)) {
            st->zone = ZONE_FILTERS;
            st->index = f;
            cycle_filter(app, st, f, 1);
            return;
        }
    int b = look_hit(L->button, PB_COUNT, x, y);
    if (b >= 0) {
        st->zone = ZONE_BUTTONS;
        st->index = b;
        plan_button(app, st, b);
        return;
    }
    if (rect_contains(L->list, fx, fy)) {
        int i = (int)st->scroll + (int)((fy - L->list.y) / (ROW_H * S));
        if (i < st->n_rows) {
            /* A click on the focused row adds it; on another row it shows its preview. */
            if (st->zone == ZONE_LIST && st->index == i) plan_add(app, st);
            st->zone = ZONE_LIST;
            st->index = i;
        }
        return;
    }
    if (rect_contains(L->plan, fx, fy)) {
        int i = (int)((fy - L->plan.y - 40 * S) / (30 * S));
        if (i >= 0 && i < g->n_plan) plan_remove(app, i);
    }
    if (st->zone == ZONE_LIST) keep_visible(st, L);
}

static void planner_input(App *app, const InputEvent *ev) {
    PlanState *st = app->state;
    PlanLayout L;
    plan_layout(app, &L);
    if (st->opening) {
        opening_input(app, st, &L, ev);
        return;
    }
    switch (ev->kind) {
    case INPUT_UP:
    case INPUT_DOWN: move_vertically(app, st, ev->kind == INPUT_UP); break;
    case INPUT_LEFT:
    case INPUT_RIGHT: move_sideways(app, st, ev->kind == INPUT_RIGHT ? 1 : -1); break;
    case INPUT_CONFIRM: confirm(app, st); break;
    case INPUT_BACK: nav_go(app, PLACE_SETUP); return;
    case INPUT_QUIT: nav_ask_quit(app); return;
    case INPUT_SCROLL:
        st->scroll = fmaxf(0, fminf((float)(st->n_rows - L.visible), st->scroll - (float)ev->value));
        break;
    case INPUT_CLICK: click(app, st, &L, ev->x, ev->y); return;
    default: break;
    }
    if (st->zone == ZONE_LIST) keep_visible(st, &L);
}

static void draw_preview(App *app, const PlanState *st, const PlanLayout *L) {
    const Theme *th = &app->theme;
    const Game *g = app->game;
    float S = app->ui.s;
    SDL_FRect r = L->preview;
    draw_round_rect(&app->draw, r, 16 * S, th->surface);
    float x = r.x + 18 * S, w = r.w - 36 * S, y = r.y + 14 * S;
    if (st->zone != ZONE_LIST || st->index >= st->n_rows) {
        text_draw(app->text, TEXT_BODY,
                  "Move through the list to preview a scenario. Enter or a second click adds it to the plan.", (int)x,
                  (int)y, (int)w, th->text_dim, TEXT_LEFT);
        return;
    }
    PlanItem it = st->rows[st->index];
    const Scenario *sc = item_scenario(g, it);
    y += (float)text_draw(app->text, TEXT_BODY_BOLD, sc->title, (int)x, (int)y, (int)w, th->text, TEXT_LEFT).y + 4 * S;
    char meta[160];
    static const char *const LEVELS[] = {"gentle", "honest", "deep"};
    snprintf(meta, sizeof meta, "%s · %s · %d card%s%s", category_title(g->lib.decks[it.deck]->category),
             LEVELS[sc->intensity], sc->n_cards, sc->n_cards == 1 ? "" : "s", sc->ladder ? " · a ladder" : "");
    y += (float)text_draw(app->text, TEXT_SMALL, meta, (int)x, (int)y, (int)w, th->text_dim, TEXT_LEFT).y + 8 * S;
    if (sc->content_note) {
        char note[300];
        snprintf(note, sizeof note, "Content note: %s", sc->content_note);
        y += (float)text_draw(app->text, TEXT_SMALL, note, (int)x, (int)y, (int)w, th->text, TEXT_LEFT).y + 8 * S;
    }
    const Card *first = &sc->cards[sc->start];
    text_draw(app->text, TEXT_SMALL, first->text, (int)x, (int)y, (int)w, th->text_dim, TEXT_LEFT);
}

static void draw_plan(App *app, const PlanState *st, const PlanLayout *L) {
    const Theme *th = &app->theme;
    const Game *g = app->game;
    float S = app->ui.s;
    SDL_FRect r = L->plan;
    draw_round_rect(&app->draw, r, 16 * S, th->surface);
    char head[64];
    snprintf(head, sizeof head, "Tonight's plan (%d)", g->n_plan);
    text_draw(app->text, TEXT_BODY_BOLD, head, (int)(r.x + 18 * S), (int)(r.y + 10 * S), 0, th->text, TEXT_LEFT);
    int fit = (int)((r.h - 44 * S) / (30 * S));
    for (int i = 0; i < g->n_plan && i < fit; i++) {
        float y = r.y + 40 * S + (float)i * 30 * S;
        char line[200];
        snprintf(line, sizeof line, "%d. %s", i + 1, item_scenario(g, g->plan[i])->title);
        bool focus = st->zone == ZONE_PLAN && st->index == i;
        if (focus)
            draw_round_rect(&app->draw, (SDL_FRect){r.x + 8 * S, y - 2 * S, r.w - 16 * S, 28 * S}, 8 * S,
                            th->surface_hover);
        text_draw(app->text, TEXT_SMALL, line, (int)(r.x + 18 * S), (int)y, (int)(r.w - 70 * S), th->text, TEXT_LEFT);
        text_draw(app->text, TEXT_SMALL, "\xC3\x97", (int)(r.x + r.w - 24 * S), (int)y, 0, th->text_dim, TEXT_RIGHT);
    }
    if (g->n_plan > fit) {
        char more[48];
        snprintf(more, sizeof more, "and %d more", g->n_plan - fit);
        text_draw(app->text, TEXT_SMALL, more, (int)(r.x + 18 * S), (int)(r.y + r.h - 26 * S), 0, th->text_dim,
                  TEXT_LEFT);
    }
    if (!g->n_plan)
        text_draw(app->text, TEXT_SMALL, "Empty. Add scenarios from the list; click one here to take it out.",
                  (int)(r.x + 18 * S), (int)(r.y + 44 * S), (int)(r.w - 36 * S), th->text_dim, TEXT_LEFT);
}

/* The scenarios the filters let through, clipped to the list's box. */
static void draw_list(App *app, const PlanState *st, const PlanLayout *L) {
    const Theme *th = &app->theme;
    const Game *g = app->game;
    float S = app->ui.s;
    SDL_Rect clip = {(int)L->list.x, (int)L->list.y, (int)L->list.w, (int)L->list.h};
    SDL_RenderSetClipRect(app->renderer, &clip);
    int first = (int)st->scroll;
    for (int i = first; i < st->n_rows && i < first + L->visible + 1; i++) {
        const Scenario *sc = item_scenario(g, st->rows[i]);
        SDL_FRect row = {L->list.x, L->list.y + (float)(i - first) * ROW_H * S, L->list.w, (ROW_H - 6) * S};
        bool in_plan = false;
        for (int k = 0; k < g->n_plan; k++)
            if (g->plan[k].deck == st->rows[i].deck && g->plan[k].scenario == st->rows[i].scenario) in_plan = true;
        bool focus = st->zone == ZONE_LIST && st->index == i;
        draw_round_rect(&app->draw, row, 12 * S, focus ? th->surface_hover : th->surface);
        if (focus) draw_round_rect_outline(&app->draw, row, 12 * S, 3 * S, th->focus);
        text_draw(app->text, TEXT_BODY_BOLD, sc->title, (int)(row.x + 16 * S), (int)(row.y + 4 * S),
                  (int)(row.w - 140 * S), th->text, TEXT_LEFT);
        char meta[120];
        static const char *const LEVELS[] = {"gentle", "honest", "deep"};
        snprintf(meta, sizeof meta, "%s · %s%s", category_title(g->lib.decks[st->rows[i].deck]->category),
                 LEVELS[sc->intensity], sc->content_note ? " · content note" : "");
        text_draw(app->text, TEXT_SMALL, meta, (int)(row.x + 16 * S), (int)(row.y + 28 * S), 0, th->text_dim,
                  TEXT_LEFT);
        text_draw(app->text, TEXT_SMALL, in_plan ? "in the plan" : "", (int)(row.x + row.w - 16 * S),
                  (int)(row.y + 16 * S), 0, th->text_dim, TEXT_RIGHT);
    }
    SDL_RenderSetClipRect(app->renderer, NULL);
}

/* The saved plans to open, over the list. */
static void draw_opening(App *app, const PlanState *st, const PlanLayout *L) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    SDL_FRect box = {L->list.x, L->list.y, L->list.w, 60 * S + 44 * S * (float)st->n_plans};
    draw_shadow(&app->draw, box, 16 * S, 14 * S, th->shadow);
    draw_round_rect(&app->draw, box, 16 * S, th->surface);
    text_draw(app->text, TEXT_BODY_BOLD, "Open a saved plan", (int)(box.x + 18 * S), (int)(box.y + 12 * S), 0, th->text,
              TEXT_LEFT);
    for (int i = 0; i < st->n_plans; i++) {
        SDL_FRect row = {box.x + 10 * S, box.y + 50 * S + 44 * S * (float)i, box.w - 20 * S, 40 * S};
        if (i == st->plan_focus) draw_round_rect(&app->draw, row, 10 * S, th->surface_hover);
        text_draw(app->text, TEXT_BODY, st->plans[i], (int)(row.x + 10 * S), (int)(row.y + 6 * S), 0, th->text,
                  TEXT_LEFT);
    }
}

static void planner_draw(App *app) {
    PlanState *st = app->state;
    const Theme *th = &app->theme;
    const Game *g = app->game;
    PlanLayout L;
    plan_layout(app, &L);
    float S = app->ui.s, W = (float)app->ui.w;
    text_draw(app->text, TEXT_TITLE, "Plan the session", (int)(32 * S), (int)(20 * S), 0, th->text, TEXT_LEFT);
    text_draw(app->text, TEXT_SMALL, "Facilitated: nothing is saved unless you export it.", (int)(W - 32 * S),
              (int)(40 * S), 0, th->text_dim, TEXT_RIGHT);
    for (int f = 0; f < FILTER_COUNT; f++) {
        char buf[96];
        draw_button(&app->draw, L.filter[f], filter_label(st, f, buf, sizeof buf), BUTTON_NORMAL,
                    st->zone == ZONE_FILTERS && st->index == f, 1.0f);
    }
    draw_list(app, st, &L);
    if (!st->n_rows)
        text_draw(app->text, TEXT_BODY, "No scenarios match these filters.", (int)L.list.x, (int)L.list.y, 0,
                  th->text_dim, TEXT_LEFT);
    draw_preview(app, st, &L);
    draw_plan(app, st, &L);
    static const char *const LABELS[PB_COUNT] = {"Back", "Open plan", "Save plan", "Start session"};
    for (int b = 0; b < PB_COUNT; b++)
        draw_button(&app->draw, L.button[b], LABELS[b], b == PB_START ? BUTTON_PRIMARY : BUTTON_NORMAL,
                    st->zone == ZONE_BUTTONS && st->index == b, b == PB_START && !g->n_plan ? 0.5f : 1.0f);
    if (g->note[0])
        text_draw(app->text, TEXT_SMALL, g->note, (int)(32 * S), (int)(L.button[0].y + 16 * S),
                  (int)(L.button[0].x - 48 * S), th->text_dim, TEXT_LEFT);
    if (st->opening) draw_opening(app, st, &L);
}

static void planner_enter(App *app) {
    PlanState *st = app->state;
    Game *g = app->game;
    st->theme = -1;
    st->level = -1;
    st->hide_notes = g->setup.skip_content_notes;
    st->zone = ZONE_LIST;
    g->note[0] = '\0';
    plan_filter(app, st);
}

const Screen SCREEN_PLANNER = {.name = "planner",
                               .state_size = sizeof(PlanState),
                               .enter = planner_enter,
                               .draw = planner_draw,
                               .input = planner_input};
