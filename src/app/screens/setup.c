/* Session setup: names, markers, languages, how to play, what to play. */
#include "app/screens/setup.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/display.h"
#include "app/game.h"
#include "app/notice.h"
#include "app/platform/vfs.h"
#include "app/screens/langrow.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"
#include "app/ui/osk.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum {
    ROW_NAME1,
    ROW_NAME2,
    ROW_LANGS,
    ROW_MODE,
    ROW_GUESS,
    ROW_LENGTH,
    ROW_LEADS,
    ROW_SELECTION,
    ROW_THEMES,
    ROW_INTENSITY,
    ROW_NOTES,
    ROW_BUTTONS,
    ROW_COUNT
};
enum { BTN_BACK, BTN_START };
enum { NAME_CHARS = 20, MAX_LENGTH = 20 };

typedef struct SetupState {
    int row, col;    /* focus: row and the item within it */
    int editing;     /* -1, or the player whose name is being typed */
    bool seg_moved;  /* on a two-way row, an arrow chose since the row got focus (Enter keeps it) */
    uint32_t cut_at; /* when typing last went past the name's length (0: never) */
} SetupState;

typedef struct SetupLayout {
    bool compact; /* a short screen (big text, the TV layout): no column headings, closer rows */
    float left_x, right_x, col_w, title_y, head_y;
    SDL_FRect row[ROW_COUNT]; /* the control area of each row */
    float label_y[ROW_COUNT];
    SDL_FRect name[2], marker[2], lang[2];
    SDL_FRect seg[ROW_COUNT][2]; /* two-way choices */
    SDL_FRect chip[CAT_COUNT];
    SDL_FRect level[INTENSITY_COUNT];
    SDL_FRect minus, plus;
    SDL_FRect button[2];
} SetupLayout;

static const char *const ROW_LABELS[ROW_COUNT] = {N_("Player 1"),
                                                  N_("Player 2"),
                                                  N_("Languages"),
                                                  N_("How you play"),
                                                  N_("Guess mode"),
                                                  N_("Length"),
                                                  N_("Who leads"),
                                                  N_("Selection"),
                                                  N_("Themes"),
                                                  N_("Intensity"),
                                                  N_("Scenarios with content notes"),
                                                  ""};
static const char *const SEG_TEXT[ROW_COUNT][2] = {
    [ROW_MODE] = {N_("Side by side"), N_("Take turns")},           [ROW_GUESS] = {N_("Off"), N_("Guess each other")},
    [ROW_SELECTION] = {N_("Mixed"), N_("First evening")},          [ROW_NOTES] = {N_("Include"), N_("Leave out")},
    [ROW_LEADS] = {N_("Just the two of us"), N_("A facilitator")},
};

static void layout(App *app, SetupLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    memset(L, 0, sizeof *L);
    float margin = fmaxf(40 * S, (W - 1200 * S) * 0.5f);
    float gap = 48 * S;
    L->col_w = (W - 2 * margin - gap) * 0.5f;
    L->left_x = margin;
    L->right_x = margin + L->col_w + gap;
    L->title_y = 20 * S;
    L->head_y = L->title_y + (float)text_line_height(app->text, TEXT_TITLE) + 4 * S;
    float label_h = (float)text_line_height(app->text, TEXT_SMALL) + 4 * S;
    float rh = 44 * S, rgap = 10 * S;
    float y0 = L->head_y + (float)text_line_height(app->text, TEXT_HEADING) + 6 * S;
    /* The left column's rows must end above the line over the buttons: on a short screen
     * the column headings go and its rows close up (the right one has fewer rows). */
    float rows_end = H - 40 * S - 56 * S - 36 * S, left_rh = rh;
    int n_left = ROW_LEADS - ROW_NAME1 + 1;
    L->compact = y0 + (float)n_left * (label_h + rh + rgap) > rows_end;
    if (L->compact) {
        y0 = L->head_y + 2 * S;
        rgap = 6 * S;
        left_rh = fmaxf(34 * S, fminf(rh, (rows_end - y0) / (float)n_left - label_h - rgap));
    }
    float y = y0;
    /* Too narrow for two columns (big text, a long language): one column on a taller
     * page that scrolls (display.h), the themes two to a row. */
    /* A theme's name over its count: as tall as the two lines (the TV's text floor). */
    float chip_h =
        fmaxf(rh, (float)(text_line_height(app->text, TEXT_BODY_BOLD) + text_line_height(app->text, TEXT_SMALL)));
    int wide_chip_rows = (CAT_COUNT + 3) / 4;
    float right_h =
        4 * (label_h + rgap) + 3 * rh + chip_h * (float)wide_chip_rows + 10 * S * (float)(wide_chip_rows - 1);
    /* Against the window, not a page it asked for: the choice must not flip once it grows. */
    float window_end = (float)app->view.h - 40 * S - 56 * S - 36 * S;
    bool narrow = W < 1000 * S || y0 + right_h > fminf(rows_end, window_end);
    float rows_y = 0;
    if (narrow) {
        L->compact = true;
        L->col_w = W - 2 * margin;
        L->right_x = L->left_x;
        y = L->head_y + 2 * S;
        rgap = 10 * S; /* the same whatever the page's height, so the page settles at once */
        left_rh = rh = fmaxf(rh, (float)text_line_height(app->text, TEXT_BODY_BOLD) + 8 * S);
    }
    for (int r = ROW_NAME1; r <= ROW_LEADS; r++) {
        if (r == ROW_LEADS && app->tv) break; /* the TV's setup leaves out the facilitator (a mouse's job) */
        if (r == ROW_LANGS && !langrow_shown(app)) continue; /* nothing to choose */
        L->label_y[r] = y;
        L->row[r] = (SDL_FRect){L->left_x, y + label_h, L->col_w, left_rh};
        y += label_h + left_rh + rgap;
    }
    if (!narrow) y = y0;
    for (int r = ROW_SELECTION; r <= ROW_NOTES; r++) {
        L->label_y[r] = y;
        int chip_rows = (CAT_COUNT + (narrow ? 1 : 3)) / (narrow ? 2 : 4); /* every theme has its place */
        float h = r == ROW_THEMES ? chip_h * (float)chip_rows + 10 * S * (float)(chip_rows - 1) : rh;
        L->row[r] = (SDL_FRect){L->right_x, y + label_h, L->col_w, h};
        y += label_h + h + rgap;
    }
    rows_y = y;
    for (int p = 0; p < 2; p++) {
        SDL_FRect r = L->row[ROW_NAME1 + p];
        L->marker[p] = (SDL_FRect){r.x + r.w - 150 * S, r.y, 150 * S, r.h};
        L->name[p] = (SDL_FRect){r.x, r.y, r.w - 150 * S - 12 * S, r.h};
    }
    if (L->row[ROW_LANGS].w > 0) langrow_rects(app, L->row[ROW_LANGS], L->lang);
    for (int r = 0; r < ROW_COUNT; r++) {
        if (!SEG_TEXT[r][0]) continue;
        SDL_FRect a = L->row[r];
        L->seg[r][0] = (SDL_FRect){a.x, a.y, a.w * 0.5f - 4 * S, a.h};
        L->seg[r][1] = (SDL_FRect){a.x + a.w * 0.5f + 4 * S, a.y, a.w * 0.5f - 4 * S, a.h};
    }
    SDL_FRect t = L->row[ROW_THEMES];
    int per_row = narrow ? 2 : 4;
    float cw = (t.w - (float)(per_row - 1) * 8 * S) / (float)per_row, ch = chip_h;
    for (int c = 0; c < CAT_COUNT; c++)
        L->chip[c] =
            (SDL_FRect){t.x + (float)(c % per_row) * (cw + 8 * S), t.y + (float)(c / per_row) * (ch + 10 * S), cw, ch};
    SDL_FRect in = L->row[ROW_INTENSITY];
    float iw = (in.w - 2 * 8 * S) / 3;
    for (int i = 0; i < INTENSITY_COUNT; i++) L->level[i] = (SDL_FRect){in.x + (float)i * (iw + 8 * S), in.y, iw, in.h};
    SDL_FRect len = L->row[ROW_LENGTH];
    L->minus = (SDL_FRect){len.x, len.y, len.h, len.h};
    L->plus = (SDL_FRect){len.x + len.w - len.h, len.y, len.h, len.h};
    float bw = 240 * S, bh = 56 * S, by = H - 40 * S - bh;
    if (narrow) {
        /* Under the last row, with room for the line saying what matches. */
        by = rows_y + (float)text_line_height(app->text, TEXT_SMALL) + 24 * S;
        display_need_height(app, by + bh + 40 * S);
    }
    L->button[BTN_BACK] = (SDL_FRect){W * 0.5f - bw - 8 * S, by, bw, bh};
    L->button[BTN_START] = (SDL_FRect){W * 0.5f + 8 * S, by, bw, bh};
    L->row[ROW_BUTTONS] = (SDL_FRect){L->button[0].x, by, 2 * bw + 16 * S, bh};
}

/* How many items a row has for left/right focus. */
static int row_items(int row) {
    switch (row) {
    case ROW_THEMES: return CAT_COUNT;
    case ROW_LANGS: return 2;
    case ROW_INTENSITY: return INTENSITY_COUNT;
    case ROW_BUTTONS: return 2;
    default: return 1;
    }
}

static bool seg_value(const App *app, int row) {
    const SessionSetup *st = &app->game->setup;
    switch (row) {
    case ROW_MODE: return st->mode == MODE_TAKE_TURNS;
    case ROW_GUESS: return st->guess;
    case ROW_SELECTION: return st->starter_only;
    case ROW_NOTES: return st->skip_content_notes;
    case ROW_LEADS: return st->facilitated;
    default: return false;
    }
}

static void seg_set(App *app, int row, bool v) {
    SessionSetup *st = &app->game->setup;
    switch (row) {
    case ROW_MODE: st->mode = v ? MODE_TAKE_TURNS : MODE_SIDE_BY_SIDE; break;
    case ROW_GUESS: st->guess = v; break;
    case ROW_SELECTION: st->starter_only = v; break;
    case ROW_NOTES: st->skip_content_notes = v; break;
    case ROW_LEADS: st->facilitated = v; break;
    default: break;
    }
}

/* Steps a player's marker to the next colour and shape pair that the other player does not use. */
static void cycle_marker(App *app, int p, int dir) {
    Settings *s = &app->settings;
    int combos = THEME_PLAYER_COLORS * SHAPE_COUNT;
    int cur = s->colors[p] * SHAPE_COUNT + s->shapes[p];
    for (int k = 1; k <= combos; k++) {
        int n = ((cur + dir * k) % combos + combos) % combos;
        int col = n / SHAPE_COUNT, shape = n % SHAPE_COUNT;
        if (col != s->colors[1 - p] && shape != s->shapes[1 - p]) {
            s->colors[p] = col;
            s->shapes[p] = shape;
            return;
        }
    }
}

static int total_available(const App *app) {
    int n = 0;
    for (int c = 0; c < CAT_COUNT; c++)
        if (app->game->setup.categories[c]) n += game_available(app->game, (Category)c);
    return n;
}

/* A name field with focus takes typing at once (keyboards; a controller gets the
 * on-screen keyboard instead), so text input is on whenever one has focus. */
static void follow_focus(App *app, SetupState *st) {
    bool name = (st->row == ROW_NAME1 || st->row == ROW_NAME2) && !osk_wanted(app);
    input_set_text_mode(&app->input, name || st->editing >= 0);
    st->seg_moved = false;
}

static void stop_editing(App *app, SetupState *st) {
    if (st->editing >= 0) {
        st->editing = -1;
        follow_focus(app, st);
    }
}

static void start(App *app) {
    Game *g = app->game;
    if (g->setup.facilitated) {
        /* The facilitator chooses the scenarios; names are not kept on disk. */
        nav_go(app, PLACE_PLANNER);
        return;
    }
    g->setup.n_plan = 0;
    for (int p = 0; p < 2; p++) snprintf(g->setup.names[p], sizeof g->setup.names[p], "%s", app->settings.names[p]);
    g->setup.seed = app->seed++;
    if (game_start(g)) {
        display_settings_changed(app); /* keeps the names and markers for next time */
        nav_follow(app);
    } else {
        notice_add(app, "%s", g->note);
        notice_toast(app, g->note); /* shown here, where the name can be fixed */
    }
}

static void activate(App *app, SetupState *st, int row, int col) {
    SessionSetup *su = &app->game->setup;
    switch (row) {
    case ROW_NAME1:
    case ROW_NAME2:
        if (osk_wanted(app)) {
            /* From a controller (or across the room): the on-screen keyboard. */
            int p = row - ROW_NAME1;
            char title[200];
            utf8_snprintf(title, sizeof title, _("Player %d's name"), p + 1);
            osk_open(app, app->settings.names[p], sizeof app->settings.names[p], NAME_CHARS, title, p);
            break;
        }
        st->editing = row - ROW_NAME1;
        input_set_text_mode(&app->input, true);
        break;
    case ROW_THEMES: su->categories[col] = !su->categories[col]; break;
    case ROW_LANGS: langrow_cycle(app, col, 1); break;
    case ROW_INTENSITY: su->intensities[col] = !su->intensities[col]; break;
    case ROW_LENGTH: break;
    case ROW_BUTTONS:
        if (col == BTN_BACK)
            nav_go(app, PLACE_TITLE);
        else
            start(app);
        break;
    default:
        /* Enter flips a two-way row, unless an arrow just chose: then it keeps that choice. */
        if (SEG_TEXT[row][0] && !st->seg_moved) seg_set(app, row, !seg_value(app, row));
        st->seg_moved = true;
        break;
    }
}

static void change(App *app, SetupState *st, int dir) {
    SessionSetup *su = &app->game->setup;
    int row = st->row;
    if (row == ROW_NAME1 || row == ROW_NAME2)
        cycle_marker(app, row - ROW_NAME1, dir);
    else if (row == ROW_LENGTH)
        su->length = su->length + dir < 1 ? 1 : su->length + dir > MAX_LENGTH ? MAX_LENGTH : su->length + dir;
    else if (SEG_TEXT[row][0]) {
        seg_set(app, row, dir > 0);
        st->seg_moved = true;
    } else {
        st->col = (st->col + dir + row_items(row)) % row_items(row);
    }
}

static void type_text(App *app, SetupState *st, const InputEvent *ev) {
    char *name = app->settings.names[st->editing];
    size_t len = strlen(name);
    if (ev->kind == INPUT_BACKSPACE) {
        while (len > 0 && ((unsigned char)name[len - 1] & 0xC0) == 0x80) len--;
        if (len > 0) len--;
        name[len] = '\0';
        return;
    }
    size_t add = strlen(ev->text);
    size_t chars = 0;
    for (size_t i = 0; i < len; i++) chars += ((unsigned char)name[i] & 0xC0) != 0x80;
    /* Printable text only: names show on every screen and in saved summaries. */
    for (size_t i = 0; i < add; i++)
        if ((unsigned char)ev->text[i] < 0x20 || ev->text[i] == 0x7f) return;
    /* As many whole characters as fit; the rest is cut, and the field says so. */
    size_t take = 0;
    for (size_t i = 0; i < add; i++) {
        bool starts = ((unsigned char)ev->text[i] & 0xC0) != 0x80;
        if (starts && chars == NAME_CHARS) break;
        if (len + i + 1 >= SETTINGS_NAME_MAX) break;
        chars += starts;
        take = i + 1;
    }
    while (take < add && ((unsigned char)ev->text[take] & 0xC0) == 0x80 && take > 0) take--; /* whole characters */
    memcpy(name + len, ev->text, take);
    name[len + take] = '\0';
    if (take < add) st->cut_at = app->now ? app->now : 1; /* said under the field: nothing vanishes silently */
}

static bool hit_row(const SetupLayout *L, int x, int y, int *row, int *col) {
    float fx = (float)x, fy = (float)y;
    for (int p = 0; p < 2; p++) {
        if (rect_contains(L->name[p], fx, fy)) return *row = ROW_NAME1 + p, *col = 0, true;
        if (rect_contains(L->marker[p], fx, fy)) return *row = ROW_NAME1 + p, *col = 1, true;
        if (rect_contains(L->lang[p], fx, fy)) return *row = ROW_LANGS, *col = p, true;
    }
    for (int r = 0; r < ROW_COUNT; r++)
        for (int k = 0; k < 2; k++)
            if (SEG_TEXT[r][0] && rect_contains(L->seg[r][k], fx, fy)) return *row = r, *col = k, true;
    for (int c = 0; c < CAT_COUNT; c++)
        if (rect_contains(L->chip[c], fx, fy)) return *row = ROW_THEMES, *col = c, true;
    for (int i = 0; i < INTENSITY_COUNT; i++)
        if (rect_contains(L->level[i], fx, fy)) return *row = ROW_INTENSITY, *col = i, true;
    if (rect_contains(L->minus, fx, fy)) return *row = ROW_LENGTH, *col = 0, true;
    if (rect_contains(L->plus, fx, fy)) return *row = ROW_LENGTH, *col = 1, true;
    for (int b = 0; b < 2; b++)
        if (rect_contains(L->button[b], fx, fy)) return *row = ROW_BUTTONS, *col = b, true;
    return false;
}

static void click(App *app, SetupState *st, const SetupLayout *L, int x, int y) {
    int row, col;
    if (!hit_row(L, x, y, &row, &col)) {
        stop_editing(app, st);
        return;
    }
    if (st->editing >= 0 && !(row == ROW_NAME1 + st->editing && col == 0)) stop_editing(app, st);
    st->row = row;
    follow_focus(app, st);
    if (row == ROW_NAME1 || row == ROW_NAME2) {
        if (col == 1)
            cycle_marker(app, row - ROW_NAME1, 1);
        else
            activate(app, st, row, 0);
        st->col = 0;
    } else if (SEG_TEXT[row][0]) {
        seg_set(app, row, col == 1);
    } else if (row == ROW_LENGTH) {
        change(app, st, col == 1 ? 1 : -1);
    } else {
        st->col = col;
        activate(app, st, row, col);
    }
}

static void setup_input(App *app, const InputEvent *ev) {
    SetupState *st = app->state;
    SetupLayout L;
    layout(app, &L);
    if (st->editing < 0 && (ev->kind == INPUT_TEXT || ev->kind == INPUT_BACKSPACE) &&
        (st->row == ROW_NAME1 || st->row == ROW_NAME2)) {
        /* Typing (or deleting) in the focused field starts editing it. */
        st->editing = st->row - ROW_NAME1;
        follow_focus(app, st);
    }
    if (st->editing >= 0) {
        switch (ev->kind) {
        case INPUT_TEXT:
        case INPUT_BACKSPACE: type_text(app, st, ev); return;
        case INPUT_CONFIRM:
        case INPUT_BACK:
        case INPUT_DOWN:
        case INPUT_UP: stop_editing(app, st); break;
        case INPUT_LEFT:
        case INPUT_RIGHT: change(app, st, ev->kind == INPUT_RIGHT ? 1 : -1); return; /* the marker */
        case INPUT_CLICK: click(app, st, &L, ev->x, ev->y); return;
        default: return;
        }
        if (ev->kind != INPUT_DOWN && ev->kind != INPUT_UP) return;
    }
    switch (ev->kind) {
    case INPUT_UP:
    case INPUT_DOWN:
        /* Rows the layout leaves out (the TV's) are passed over. */
        do st->row = (st->row + (ev->kind == INPUT_UP ? ROW_COUNT - 1 : 1)) % ROW_COUNT;
        while (L.row[st->row].w <= 0);
        st->col = st->row == ROW_BUTTONS ? BTN_START : 0;
        follow_focus(app, st);
        break;
    case INPUT_LEFT: change(app, st, -1); break;
    case INPUT_RIGHT: change(app, st, 1); break;
    case INPUT_CONFIRM: activate(app, st, st->row, st->col); break;
    case INPUT_BACK: nav_go(app, PLACE_TITLE); break;
    case INPUT_QUIT: nav_ask_quit(app); break;
    case INPUT_CLICK: click(app, st, &L, ev->x, ev->y); break;
    case INPUT_POINTER_MOVE: {
        int row, col;
        if (hit_row(&L, ev->x, ev->y, &row, &col) && st->editing < 0 && row != st->row) {
            st->row = row;
            st->col = (row == ROW_NAME1 || row == ROW_NAME2 || SEG_TEXT[row][0] || row == ROW_LENGTH) ? 0 : col;
            follow_focus(app, st);
        } else if (hit_row(&L, ev->x, ev->y, &row, &col) && st->editing < 0 &&
                   (row == ROW_THEMES || row == ROW_LANGS)) {
            st->col = col;
        }
        break;
    }
    default: break;
    }
}

/* ---- drawing ------------------------------------------------------------------------ */

static void chip(App *app, SDL_FRect r, const char *label, const char *detail, bool on, bool focus, bool enabled) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    SDL_Color bg = on ? th->accent : th->surface;
    SDL_Color fg = on ? th->text_on_accent : th->text;
    if (!enabled) {
        bg = color_alpha(bg, 0.45f);
        fg = color_alpha(fg, 0.6f);
    }
    draw_round_rect(&app->draw, r, 14 * S, bg);
    if (!on) draw_round_rect_outline(&app->draw, r, 14 * S, 1.5f * S, th->border);
    /* Long names drop to the small size rather than wrap into the line below; one that is
     * still too long (a language with long words) ends in an ellipsis, as does its detail. */
    int room = (int)(r.w - 16 * S);
    TextRole role = text_measure(app->text, TEXT_BODY_BOLD, label, 0, TEXT_LEFT).x > room ? TEXT_SMALL : TEXT_BODY_BOLD;
    char cut[200], cut_detail[120];
    text_fit(app->text, role, label, room, cut, sizeof cut);
    label = cut;
    if (detail) {
        text_fit(app->text, TEXT_SMALL, detail, room, cut_detail, sizeof cut_detail);
        detail = cut_detail;
    }
    float lh = (float)text_line_height(app->text, role);
    if (detail) {
        float sh = (float)text_line_height(app->text, TEXT_SMALL);
        float top = r.y + (r.h - lh - sh + 6 * S) * 0.5f;
        text_draw(app->text, role, label, (int)(r.x + r.w * 0.5f), (int)top, 0, fg, TEXT_CENTER);
        text_draw(app->text, TEXT_SMALL, detail, (int)(r.x + r.w * 0.5f), (int)(top + lh - 4 * S), 0,
                  color_alpha(fg, 0.8f), TEXT_CENTER);
    } else {
        text_draw(app->text, role, label, (int)(r.x + r.w * 0.5f), (int)(r.y + (r.h - lh) * 0.5f), 0, fg, TEXT_CENTER);
    }
    if (focus) draw_focus_ring(&app->draw, r, 14 * S, 1.0f);
}

/* A player's name field (with its caret while typing) and their marker beside it. */
static void draw_player(App *app, const SetupState *st, const SetupLayout *L, int p) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    bool focus = st->row == ROW_NAME1 + p;
    bool editing = st->editing == p;
    SDL_FRect n = L->name[p];
    draw_round_rect(&app->draw, n, 14 * S, editing ? th->surface_hover : th->surface);
    draw_round_rect_outline(&app->draw, n, 14 * S, (editing ? 3.0f : 1.5f) * S,
                            editing ? look_player_color(app, p) : th->border);
    const char *name = app->settings.names[p];
    float ty = n.y + (n.h - (float)text_line_height(app->text, TEXT_BODY)) * 0.5f;
    SDL_Point sz = {0, 0};
    /* Room left of the count shown while typing: a wide name never runs past the field. */
    float room = n.w - 18 * S - (editing ? 86 * S : 18 * S);
    if (name[0] && editing) {
        /* While typing, the end of the name (where the caret is) stays in view. */
        sz = text_measure(app->text, TEXT_BODY, name, 0, TEXT_LEFT);
        float shift = fmaxf(0, (float)sz.x - room);
        SDL_Rect clip = {(int)(n.x + 12 * S), (int)n.y, (int)(room + 8 * S), (int)n.h};
        SDL_RenderSetClipRect(app->renderer, &clip);
        text_draw(app->text, TEXT_BODY, name, (int)(n.x + 18 * S - shift), (int)ty, 0, th->text, TEXT_LEFT);
        SDL_RenderSetClipRect(app->renderer, NULL);
        sz.x = (int)fminf((float)sz.x, room);
    } else if (name[0]) {
        char fitted[SETTINGS_NAME_MAX * 2];
        text_fit(app->text, TEXT_BODY, name, (int)room, fitted, sizeof fitted);
        sz = text_draw(app->text, TEXT_BODY, fitted, (int)(n.x + 18 * S), (int)ty, 0, th->text, TEXT_LEFT);
    } else if (!editing) {
        const char *hint = p == 0 ? _("Type a name (or leave as Player 1)") : _("Type a name (or leave as Player 2)");
        /* One line only: a narrow field gets the short form. */
        if ((float)text_measure(app->text, TEXT_BODY, hint, 0, TEXT_LEFT).x > n.w - 30 * S) hint = _("Type a name");
        text_draw(app->text, TEXT_BODY, hint, (int)(n.x + 18 * S), (int)ty, (int)(n.w - 30 * S), th->text_dim,
                  TEXT_LEFT);
    }
    /* The caret blinks, slowly, unless motion is reduced: then it stays. */
    if (editing && ((app->now / 530) % 2 == 0 || app->replaying || app->settings.reduced_motion))
        draw_rect(&app->draw, (SDL_FRect){n.x + 20 * S + (float)sz.x, n.y + 12 * S, 2 * S, n.h - 24 * S}, th->text);
    if (focus && !editing) draw_focus_ring(&app->draw, n, 14 * S, 1.0f);
    if (editing) {
        /* How much room is left, and a plain word when typing went past it. */
        size_t chars = utf8_length(name, strlen(name));
        char count[96];
        snprintf(count, sizeof count, "%zu / %d", chars, NAME_CHARS);
        bool full = chars >= NAME_CHARS;
        text_draw(app->text, TEXT_SMALL, count, (int)(n.x + n.w - 12 * S),
                  (int)(n.y + (n.h - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f), 0,
                  full ? th->text : th->text_dim, TEXT_RIGHT);
        if (st->cut_at && app->now - st->cut_at < 4000) {
            char cut[64];
            utf8_snprintf(cut, sizeof cut, _("Names stop at %d characters"), NAME_CHARS);
            /* On the label's line, right-aligned: nothing below the field moves. */
            text_draw(app->text, TEXT_SMALL, cut, (int)(n.x + n.w), (int)L->label_y[ROW_NAME1 + p], 0, th->text,
                      TEXT_RIGHT);
        }
    }
    SDL_FRect m = L->marker[p];
    draw_round_rect(&app->draw, m, 14 * S, th->surface);
    draw_shape(&app->draw, look_player_shape(app, p), m.x + m.w * 0.5f, m.y + m.h * 0.5f, 14 * S, 0,
               look_player_color(app, p));
    text_draw(app->text, TEXT_BODY_BOLD, "\xE2\x80\xB9", (int)(m.x + 18 * S), (int)(m.y + 10 * S), 0, th->text_dim,
              TEXT_CENTER);
    text_draw(app->text, TEXT_BODY_BOLD, "\xE2\x80\xBA", (int)(m.x + m.w - 18 * S), (int)(m.y + 10 * S), 0,
              th->text_dim, TEXT_CENTER);
}

/* What to play: the two-way rows, the themes with their counts, the intensities, the length. */
static void draw_choices(App *app, const SetupState *st, const SetupLayout *L) {
    const Theme *th = &app->theme;
    const SessionSetup *su = &app->game->setup;
    float S = app->ui.s;
    for (int r = 0; r < ROW_COUNT; r++) {
        if (!SEG_TEXT[r][0] || L->row[r].w <= 0) continue;
        bool v = seg_value(app, r);
        for (int k = 0; k < 2; k++) chip(app, L->seg[r][k], _(SEG_TEXT[r][k]), NULL, v == (k == 1), false, true);
        if (st->row == r) draw_focus_ring(&app->draw, L->row[r], 14 * S, 1.0f);
    }
    for (int c = 0; c < CAT_COUNT; c++) {
        char detail[96];
        int n = game_available(app->game, (Category)c);
        utf8_snprintf(detail, sizeof detail, P_("%d scenario", "%d scenarios", n), n);
        chip(app, L->chip[c], category_title((Category)c), detail, su->categories[c],
             st->row == ROW_THEMES && st->col == c, n > 0);
    }
    for (int i = 0; i < INTENSITY_COUNT; i++)
        chip(app, L->level[i], intensity_title((Intensity)i), NULL, su->intensities[i],
             st->row == ROW_INTENSITY && st->col == i, true);
    SDL_FRect len = L->row[ROW_LENGTH];
    draw_round_rect(&app->draw, len, 14 * S, th->surface);
    draw_button(&app->draw, L->minus, "\xE2\x88\x92", BUTTON_QUIET, false, 1.0f);
    draw_button(&app->draw, L->plus, "+", BUTTON_QUIET, false, 1.0f);
    char lbuf[96];
    utf8_snprintf(lbuf, sizeof lbuf, P_("%d scenario", "%d scenarios", su->length), su->length);
    text_draw(app->text, TEXT_BODY_BOLD, lbuf, (int)(len.x + len.w * 0.5f),
              (int)(len.y + (len.h - (float)text_line_height(app->text, TEXT_BODY_BOLD)) * 0.5f), 0, th->text,
              TEXT_CENTER);
    if (st->row == ROW_LENGTH) draw_focus_ring(&app->draw, len, 14 * S, 1.0f);
}

/* Back and Start, with how many scenarios match and about how long it takes. */
static void draw_buttons(App *app, const SetupState *st, const SetupLayout *L) {
    const SessionSetup *su = &app->game->setup;
    float S = app->ui.s, W = (float)app->ui.w;
    int avail = total_available(app);
    draw_button(&app->draw, L->button[BTN_BACK], _("Back"), BUTTON_NORMAL,
                st->row == ROW_BUTTONS && st->col == BTN_BACK, 1.0f);
    draw_button(&app->draw, L->button[BTN_START], _("Start"), BUTTON_PRIMARY,
                st->row == ROW_BUTTONS && st->col == BTN_START, avail > 0 ? 1.0f : 0.45f);
    char info[160];
    if (avail > 0) /* TRANSLATORS: the first number counts the scenarios; the minutes are always several. */
        snprintf(info, sizeof info,
                 P_("%d scenario matches these choices; about %d minutes.",
                    "%d scenarios match these choices; about %d minutes.", avail),
                 avail, (su->length < avail ? su->length : avail) * 4);
    else
        utf8_snprintf(info, sizeof info, "%s", _("No scenarios match these choices yet: add a theme or an intensity."));
    text_draw(app->text, TEXT_SMALL, info, (int)(W * 0.5f), (int)(L->button[0].y - 30 * S), 0, app->theme.text_dim,
              TEXT_CENTER);
}

static void setup_draw(App *app) {
    SetupState *st = app->state;
    SetupLayout L;
    layout(app, &L);
    const Theme *th = &app->theme;
    float W = (float)app->ui.w;
    text_draw(app->text, TEXT_TITLE, _("Set up tonight"), (int)(W * 0.5f), (int)L.title_y, 0, th->text, TEXT_CENTER);
    if (!L.compact) {
        text_draw(app->text, TEXT_HEADING, _("Who's playing"), (int)L.left_x, (int)L.head_y, 0, th->text, TEXT_LEFT);
        text_draw(app->text, TEXT_HEADING, _("What to play"), (int)L.right_x, (int)L.head_y, 0, th->text, TEXT_LEFT);
    }
    for (int r = 0; r < ROW_BUTTONS; r++)
        if (L.row[r].w > 0)
            text_draw(app->text, TEXT_SMALL, _(ROW_LABELS[r]), (int)L.row[r].x, (int)L.label_y[r], 0, th->text_dim,
                      TEXT_LEFT);
    for (int p = 0; p < 2; p++) draw_player(app, st, &L, p);
    langrow_draw(app, L.lang, st->row == ROW_LANGS ? st->col : -1);
    draw_choices(app, st, &L);
    draw_buttons(app, st, &L);
}

static bool setup_tick(App *app, uint32_t dt) {
    SetupState *st = app->state;
    (void)dt;
    return st->editing >= 0 && !app->settings.reduced_motion; /* the caret blinks */
}

static void setup_enter(App *app) {
    SetupState *st = app->state;
    st->editing = -1;
    st->row = ROW_BUTTONS;
    st->col = BTN_START;
    if (app->settings.colors[0] == app->settings.colors[1] || app->settings.shapes[0] == app->settings.shapes[1])
        cycle_marker(app, 1, 1);
}

static void setup_leave(App *app) { input_set_text_mode(&app->input, false); }

const Screen SCREEN_SETUP = {.name = "setup",
                             .state_size = sizeof(SetupState),
                             .enter = setup_enter,
                             .leave = setup_leave,
                             .draw = setup_draw,
                             .input = setup_input,
                             .tick = setup_tick};
