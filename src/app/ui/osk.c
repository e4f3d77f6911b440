/* The on-screen keyboard: a grid of letters for typing names with a controller (the arrows,
 * a mouse and real typing work on it too). */
#include "app/ui/osk.h"

#include "core/i18n.h"

#include "app/app.h"

#include "app/ui/glyphs.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { CHAR_ROWS = OSK_ROWS - 1, PAGES = 2 };
enum { SPECIAL_SHIFT, SPECIAL_PAGE, SPECIAL_SPACE, SPECIAL_DELETE, SPECIAL_DONE, SPECIALS };

/* The top row, then two pages of letters: plain, and accented (names are not all ASCII).
 * Only lower case is written down; upper case is worked out (upper_case). */
static const char *const DIGITS[OSK_COLS] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"};
static const char *const LETTERS[PAGES][CHAR_ROWS - 1][OSK_COLS] = {
    {{"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"},
     {"a", "s", "d", "f", "g", "h", "j", "k", "l", "'"},
     {"z", "x", "c", "v", "b", "n", "m", "-", ".", "!"}},
    {{"\xC3\xA0", "\xC3\xA1", "\xC3\xA2", "\xC3\xA4", "\xC3\xA3", "\xC3\xA5", "\xC3\xA6", "\xC3\xA7", "\xC3\xA8",
      "\xC3\xA9"},
     {"\xC3\xAA", "\xC3\xAB", "\xC3\xAC", "\xC3\xAD", "\xC3\xAE", "\xC3\xAF", "\xC3\xB1", "\xC3\xB2", "\xC3\xB3",
      "\xC3\xB4"},
     {"\xC3\xB6", "\xC3\xB5", "\xC3\xB8", "\xC3\xB9", "\xC3\xBA", "\xC3\xBB", "\xC3\xBC", "\xC3\xBD", "\xC5\x93",
      "\xC3\x9F"}},
};

/* The upper case of a key: ASCII letters, Latin-1 letters (U+00E0..U+00FE, less the
 * division sign, are U+0020 below) and œ; ß and the rest stay as they are. */
static const char *upper_case(const char *k, char out[4]) {
    const unsigned char *u = (const unsigned char *)k;
    snprintf(out, 4, "%s", k);
    if (u[0] >= 'a' && u[0] <= 'z' && !u[1])
        out[0] = (char)(u[0] - 32);
    else if (u[0] == 0xC3 && u[1] >= 0xA0 && u[1] <= 0xBE && u[1] != 0xB7)
        out[1] = (char)(u[1] - 0x20);
    else if (u[0] == 0xC5 && u[1] == 0x93)
        out[1] = (char)0x92;
    return out;
}

/* A character key's text on this page and in this case; out holds upper-case forms. */
static const char *char_key(int page, int row, int col, bool upper, char out[4]) {
    const char *k = row == 0 ? DIGITS[col] : LETTERS[page][row - 1][col];
    return upper ? upper_case(k, out) : k;
}

/* TRANSLATORS: the on-screen keyboard's special keys: Shift, accents, Space, Delete, Done. */
static const char *const SPECIAL_LABELS[SPECIALS] = {N_("Shift"), "\xC3\xA0\xC3\xA9", N_("Space"), N_("Delete"),
                                                     N_("Done")};

typedef struct OskState {
    int row, col;
    int page;
    bool shift; /* flips the automatic case for the next letter */
} OskState;

typedef struct OskLayout {
    SDL_FRect panel, field;
    float title_y, count_y;
    SDL_FRect keys[OSK_ROWS][OSK_COLS]; /* the last row: keys[4][2k] for special k */
    float hints_y;
} OskLayout;

bool osk_wanted(const App *app) { return app->tv || app->last_device == DEVICE_GAMEPAD; }

void osk_open(App *app, char *buf, size_t size, int max_chars, const char *title, int player) {
    app->osk = (OskRequest){buf, size, max_chars, player, ""};
    snprintf(app->osk.title, sizeof app->osk.title, "%s", title);
    screen_push(app, &SCREEN_OSK);
}

bool osk_key_position(const char *label, int *row, int *col) {
    for (int k = 0; k < SPECIALS; k++)
        if (!strcmp(label, SPECIAL_LABELS[k])) return *row = CHAR_ROWS, *col = 2 * k, true;
    for (int r = 0; r < CHAR_ROWS; r++)
        for (int c = 0; c < OSK_COLS; c++)
            if (!strcmp(label, char_key(0, r, c, false, NULL))) return *row = r, *col = c, true;
    return false;
}

/* ---- editing -------------------------------------------------------------------------- */

static size_t utf8_chars(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Names start each word with a capital, the way people write them. */
static bool upper_now(const App *app, const OskState *st) {
    const char *b = app->osk.buf;
    size_t len = b ? strlen(b) : 0;
    bool auto_caps = len == 0 || b[len - 1] == ' ' || b[len - 1] == '-';
    return auto_caps != st->shift;
}

static void insert(App *app, const char *text) {
    OskRequest *o = &app->osk;
    if (!o->buf) return;
    /* Printable text only: names show on every screen and in saved summaries. */
    for (const unsigned char *c = (const unsigned char *)text; *c; c++)
        if (*c < 0x20 || *c == 0x7F) return;
    size_t len = strlen(o->buf), add = strlen(text);
    if (add == 0 || len + add >= o->size || utf8_chars(o->buf) + utf8_chars(text) > (size_t)o->max_chars) return;
    if (!strcmp(text, " ") && (len == 0 || o->buf[len - 1] == ' ')) return; /* no leading or double spaces */
    memcpy(o->buf + len, text, add + 1);
}

static void delete_last(App *app) {
    char *b = app->osk.buf;
    if (!b) return;
    size_t len = strlen(b);
    while (len > 0 && ((unsigned char)b[len - 1] & 0xC0) == 0x80) len--;
    if (len > 0) len--;
    b[len] = '\0';
}

static void done(App *app) {
    /* A name that ends in a space would show oddly everywhere. */
    char *b = app->osk.buf;
    size_t len = b ? strlen(b) : 0;
    while (len > 0 && b[len - 1] == ' ') b[--len] = '\0';
    screen_pop(app);
}

static void press(App *app, OskState *st, int row, int col) {
    if (row < CHAR_ROWS) {
        char up[4];
        insert(app, char_key(st->page, row, col, upper_now(app, st), up));
        st->shift = false;
        return;
    }
    switch (col / 2) {
    case SPECIAL_SHIFT: st->shift = !st->shift; break;
    case SPECIAL_PAGE: st->page = 1 - st->page; break;
    case SPECIAL_SPACE: insert(app, " "); break;
    case SPECIAL_DELETE: delete_last(app); break;
    default: done(app); break;
    }
}

/* ---- layout and drawing ----------------------------------------------------------------- */

static void layout(App *app, OskLayout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    float pad = 28 * S, gap = 10 * S;
    float pw = fminf(W - 60 * S, 980 * S);
    float kw = (pw - 2 * pad - gap * (OSK_COLS - 1)) / OSK_COLS;
    float kh = fminf(kw * 0.78f, 66 * S);
    float title_h = (float)text_line_height(app->text, TEXT_HEADING);
    float field_h = (float)text_line_height(app->text, TEXT_TITLE) + 24 * S;
    float hints_h = 32 * S;
    float ph =
        pad + title_h + 14 * S + field_h + 24 * S + OSK_ROWS * kh + (OSK_ROWS - 1) * gap + 22 * S + hints_h + pad;
    if (ph > H - 20 * S) {
        /* A short window: smaller keys rather than keys off the screen. */
        kh = fmaxf(24 * S, kh - (ph - (H - 20 * S)) / OSK_ROWS);
        ph = pad + title_h + 14 * S + field_h + 24 * S + OSK_ROWS * kh + (OSK_ROWS - 1) * gap + 22 * S + hints_h + pad;
    }
    L->panel = (SDL_FRect){(W - pw) * 0.5f, fmaxf(10 * S, (H - ph) * 0.5f), pw, ph};
    float y = L->panel.y + pad;
    L->title_y = y;
    y += title_h + 14 * S;
    L->field = (SDL_FRect){L->panel.x + pad, y, pw - 2 * pad, field_h};
    L->count_y = y + (field_h - (float)text_line_height(app->text, TEXT_SMALL)) * 0.5f;
    y += field_h + 24 * S;
    for (int r = 0; r < OSK_ROWS; r++) {
        for (int c = 0; c < OSK_COLS; c++) {
            float x = L->panel.x + pad + (float)c * (kw + gap);
            bool wide = r == CHAR_ROWS;
            L->keys[r][c] = (SDL_FRect){x, y, wide ? 2 * kw + gap : kw, kh};
        }
        y += kh + gap;
    }
    L->hints_y = y - gap + 22 * S;
}

SDL_FRect osk_key_rect(App *app, int row, int col) {
    OskLayout L;
    layout(app, &L);
    if (row < 0 || row >= OSK_ROWS || col < 0 || col >= OSK_COLS) return (SDL_FRect){0, 0, 0, 0};
    return L.keys[row][row == CHAR_ROWS ? col - col % 2 : col];
}

static const char *key_label(const App *app, const OskState *st, int row, int col, char up[4]) {
    if (row == CHAR_ROWS) {
        if (col / 2 == SPECIAL_PAGE) return st->page ? "abc" : SPECIAL_LABELS[SPECIAL_PAGE];
        return _(SPECIAL_LABELS[col / 2]);
    }
    return char_key(st->page, row, col, upper_now(app, st), up);
}

static void draw_key(App *app, const OskState *st, const OskLayout *L, int row, int col) {
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s;
    SDL_FRect r = L->keys[row][col];
    bool focus = st->row == row && (row == CHAR_ROWS ? st->col / 2 == col / 2 : st->col == col);
    bool is_done = row == CHAR_ROWS && col / 2 == SPECIAL_DONE;
    bool lit = row == CHAR_ROWS && ((col / 2 == SPECIAL_SHIFT && st->shift) || (col / 2 == SPECIAL_PAGE && st->page));
    SDL_Color fill = is_done ? th->accent : focus ? th->surface_hover : lit ? th->surface_hover : th->surface_sunk;
    SDL_Color fg = is_done ? th->text_on_accent : th->text;
    draw_round_rect(d, r, 12 * S, fill);
    if (focus) draw_focus_ring(d, r, 12 * S, 1.0f);
    if (lit) draw_round_rect_outline(d, r, 12 * S, 2 * S, th->accent);
    TextRole role = row == CHAR_ROWS ? TEXT_BODY_BOLD : r.h >= 50 * S ? TEXT_HEADING : TEXT_BODY_BOLD;
    int lh = text_line_height(app->text, role);
    char up[4];
    text_draw(app->text, role, key_label(app, st, row, col, up), (int)(r.x + r.w * 0.5f),
              (int)(r.y + (r.h - (float)lh) * 0.5f), 0, fg, TEXT_CENTER);
}

static void osk_draw(App *app) {
    OskState *st = app->state;
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    OskLayout L;
    layout(app, &L);
    draw_rect(d, (SDL_FRect){0, 0, W, H}, color_alpha(th->bg, 0.9f));
    draw_shadow(d, L.panel, 26 * S, 20 * S, th->shadow);
    draw_round_rect(d, L.panel, 26 * S, th->surface);

    /* Whose name: their marker, then the title. */
    const OskRequest *o = &app->osk;
    float tx = L.panel.x + 28 * S;
    int hh = text_line_height(app->text, TEXT_HEADING);
    if (o->player >= 0) {
        draw_shape(d, look_player_shape(app, o->player), tx + 12 * S, L.title_y + (float)hh * 0.5f, 12 * S, 0,
                   look_player_color(app, o->player));
        tx += 36 * S;
    }
    text_draw(app->text, TEXT_HEADING, o->title, (int)tx, (int)L.title_y, 0, th->text, TEXT_LEFT);

    SDL_Color edge = o->player >= 0 ? look_player_color(app, o->player) : th->accent;
    draw_round_rect(d, L.field, 16 * S, th->bg);
    draw_round_rect_outline(d, L.field, 16 * S, 3 * S, edge);
    int th_title = text_line_height(app->text, TEXT_TITLE);
    float ty = L.field.y + (L.field.h - (float)th_title) * 0.5f;
    const char *text = o->buf ? o->buf : "";
    SDL_Point sz = {0, 0};
    if (text[0])
        sz = text_draw(app->text, TEXT_TITLE, text, (int)(L.field.x + 22 * S), (int)ty, 0, th->text, TEXT_LEFT);
    /* A steady caret: a blinking one would keep the loop awake for nothing. */
    draw_rect(d, (SDL_FRect){L.field.x + 24 * S + (float)sz.x, L.field.y + 14 * S, 3 * S, L.field.h - 28 * S}, edge);
    char count[32];
    snprintf(count, sizeof count, "%zu / %d", utf8_chars(text), o->max_chars);
    text_draw(app->text, TEXT_SMALL, count, (int)(L.field.x + L.field.w - 20 * S), (int)L.count_y, 0, th->text_dim,
              TEXT_RIGHT);

    for (int r = 0; r < OSK_ROWS; r++)
        for (int c = 0; c < OSK_COLS; c += r == CHAR_ROWS ? 2 : 1) draw_key(app, st, &L, r, c);

    static const char *const labels[] = {NC_("hint", "type"), NC_("hint", "delete"), NC_("hint", "space"),
                                         NC_("hint", "done")};
    /* The glyphs of whoever is typing: their seat's controller when it has one. */
    PadType t = PAD_GENERIC;
    bool pad = o->player >= 0 && app->pads.seat[o->player].state == SEAT_PAD;
    if (pad)
        t = app->pads.seat[o->player].type;
    else
        pad = glyphs_hint_type(app, &t);
    if (pad) {
        PadGlyph g[4] = {glyphs_yes(t), GLYPH_WEST, GLYPH_NORTH, GLYPH_START};
        glyphs_draw_hints(d, t, W * 0.5f, L.hints_y, g, labels, 4, 0.9f);
    } else {
        static const char *const items[] = {"\xE2\x86\x90\xE2\x86\x92", "move", "Backspace", "delete", "Enter", "done"};
        draw_hints_centered(d, W * 0.5f, L.hints_y, items, 3, 1.0f);
    }
}

/* ---- input ------------------------------------------------------------------------------ */

static void move(OskState *st, int dr, int dc) {
    if (dr) {
        st->row = (st->row + dr + OSK_ROWS) % OSK_ROWS;
        if (st->row == CHAR_ROWS) st->col -= st->col % 2; /* onto the wide key above or below */
        return;
    }
    int step = st->row == CHAR_ROWS ? 2 : 1;
    st->col = (st->col + dc * step + OSK_COLS) % OSK_COLS;
}

static bool hit(const OskLayout *L, int x, int y, int *row, int *col) {
    for (int r = 0; r < OSK_ROWS; r++)
        for (int c = 0; c < OSK_COLS; c += r == CHAR_ROWS ? 2 : 1)
            if (rect_contains(L->keys[r][c], (float)x, (float)y)) return *row = r, *col = c, true;
    return false;
}

static void osk_input(App *app, const InputEvent *ev) {
    OskState *st = app->state;
    OskLayout L;
    layout(app, &L);
    int r, c;
    switch (ev->kind) {
    case INPUT_UP: move(st, -1, 0); break;
    case INPUT_DOWN: move(st, 1, 0); break;
    case INPUT_LEFT: move(st, 0, -1); break;
    case INPUT_RIGHT: move(st, 0, 1); break;
    case INPUT_CONFIRM:
        /* A controller's "yes" types the key in focus; Enter on a keyboard (which types
         * for itself) is done. */
        if (ev->device == DEVICE_GAMEPAD)
            press(app, st, st->row, st->col);
        else
            done(app);
        break;
    case INPUT_BACKSPACE: delete_last(app); break;
    case INPUT_TEXT: insert(app, ev->text); break;
    case INPUT_BREAK:
    case INPUT_BACK: done(app); break;
    case INPUT_POINTER_MOVE:
        if (hit(&L, ev->x, ev->y, &r, &c)) st->row = r, st->col = c;
        break;
    case INPUT_CLICK:
        if (hit(&L, ev->x, ev->y, &r, &c)) {
            st->row = r;
            st->col = c;
            press(app, st, r, c);
        }
        break;
    default: break;
    }
}

static void osk_enter(App *app) {
    OskState *st = app->state;
    st->row = OSK_START_ROW;
    st->col = OSK_START_COL;
    /* Real typing goes into the name too. */
    input_set_text_mode(&app->input, true);
}

static void osk_leave(App *app) { input_set_text_mode(&app->input, false); }

const Screen SCREEN_OSK = {.name = "keyboard",
                           .state_size = sizeof(OskState),
                           .overlay = true,
                           .enter = osk_enter,
                           .leave = osk_leave,
                           .draw = osk_draw,
                           .input = osk_input};
