/* Controller button glyphs, drawn per family: Xbox letters, PlayStation shapes, Nintendo letters.
 * The PlayStation shapes are drawn as strokes (draw_mark), never taken from a font: fonts
 * rarely have them, and they must look the same on every machine. */
#include "app/ui/glyphs.h"

#include "core/i18n.h"

#include "app/screens/play.h"

#include "app/app.h"

#include <math.h>
#include <string.h>

/* Buttons marked with an icon rather than a word. */
typedef enum Icon { ICON_NONE, ICON_MENU, ICON_VIEW, ICON_CREATE } Icon;

/* ---- names ------------------------------------------------------------------------------ */

GlyphSet glyphs_set(PadType t) {
    switch (t) {
    case PAD_XBOX360:
    case PAD_XBOXONE: return GLYPHS_XBOX;
    case PAD_PS3:
    case PAD_PS4:
    case PAD_PS5: return GLYPHS_PLAYSTATION;
    case PAD_SWITCH: return GLYPHS_NINTENDO;
    default: return GLYPHS_GENERIC;
    }
}

PadGlyph glyphs_answer(int value) {
    static const PadGlyph ORDER[4] = {GLYPH_SOUTH, GLYPH_EAST, GLYPH_WEST, GLYPH_NORTH};
    return value >= 1 && value <= 4 ? ORDER[value - 1] : GLYPH_SOUTH;
}

PadGlyph glyphs_yes(PadType t) { return pads_yes_is_right(t) ? GLYPH_EAST : GLYPH_SOUTH; }
PadGlyph glyphs_no(PadType t) { return pads_yes_is_right(t) ? GLYPH_SOUTH : GLYPH_EAST; }

const char *glyphs_name(PadType t, PadGlyph g) {
    static const char *const FACE[4][4] = {
        /* TRANSLATORS: a controller's four face buttons where we cannot tell their letters. */
        [GLYPHS_GENERIC] = {N_("bottom button"), N_("right button"), N_("left button"), N_("top button")},
        [GLYPHS_XBOX] = {"A", "B", "X", "Y"},
        /* TRANSLATORS: the PlayStation face buttons, as Sony names them in your language. */
        [GLYPHS_PLAYSTATION] = {NC_("PlayStation", "Cross"), NC_("PlayStation", "Circle"), NC_("PlayStation", "Square"),
                                NC_("PlayStation", "Triangle")},
        /* Nintendo prints B at the bottom, A on the right, Y on the left, X on top. */
        [GLYPHS_NINTENDO] = {"B", "A", "Y", "X"},
    };
    GlyphSet set = glyphs_set(t);
    if (g <= GLYPH_NORTH)
        return set == GLYPHS_PLAYSTATION ? C_("PlayStation", FACE[set][g])
               : set == GLYPHS_GENERIC   ? _(FACE[set][g])
                                         : FACE[set][g];
    switch (g) {
    case GLYPH_LB: return set == GLYPHS_PLAYSTATION ? "L1" : set == GLYPHS_NINTENDO ? "L" : "LB";
    case GLYPH_RB: return set == GLYPHS_PLAYSTATION ? "R1" : set == GLYPHS_NINTENDO ? "R" : "RB";
    case GLYPH_START:
        switch (t) {
        case PAD_XBOXONE: return "Menu";
        case PAD_PS4:
        case PAD_PS5: return "Options";
        case PAD_SWITCH: return "+";
        default: return "Start";
        }
    case GLYPH_BACK:
        switch (t) {
        case PAD_XBOXONE: return "View";
        case PAD_PS4: return "Share";
        case PAD_PS5: return "Create";
        case PAD_PS3: return "Select";
        case PAD_SWITCH: return "\xE2\x88\x92"; /* minus sign */
        default: return t == PAD_XBOX360 ? "Back" : "Select";
        }
    case GLYPH_RSTICK: return set == GLYPHS_PLAYSTATION ? "R3" : "RS";
    case GLYPH_DPAD: return "D-pad";
    default: return "";
    }
}

/* ---- drawing ------------------------------------------------------------------------------ */

static SDL_Color hex(unsigned v, float alpha) {
    SDL_Color c = {(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
    return color_alpha(c, alpha);
}

/* Real pads have dark buttons; on the dark theme a light rim keeps them apart from it. */
static SDL_Color body_color(const Draw *d, float alpha) { return hex(d->th->dark ? 0x101217 : 0x2B2D33, alpha); }

static void body_rim(const Draw *d, SDL_FRect r, float radius, float alpha) {
    if (d->th->dark) draw_round_rect_outline(d, r, radius, fmaxf(1, r.h * 0.05f), hex(0x6A7388, alpha));
}

/* The biggest bold text role whose size suits a label px tall. */
static TextRole role_for(const Draw *d, float px) {
    static const TextRole ROLES[] = {TEXT_DISPLAY, TEXT_TITLE, TEXT_HEADING, TEXT_BODY_BOLD, TEXT_KEYCAP};
    for (size_t i = 0; i < sizeof ROLES / sizeof ROLES[0]; i++)
        if ((float)text_font_px(d->text, ROLES[i]) <= px) return ROLES[i];
    return TEXT_KEYCAP;
}

static void centred_text(const Draw *d, const char *s, float cx, float cy, float px, SDL_Color c) {
    TextRole role = role_for(d, px);
    int lh = text_line_height(d->text, role);
    /* Inter's line box has more room below the caps than above: nudge down a little. */
    text_draw(d->text, role, s, (int)lroundf(cx), (int)lroundf(cy - (float)lh * 0.5f + (float)lh * 0.03f), 0, c,
              TEXT_CENTER);
}

static void draw_face(const Draw *d, PadType t, PadGlyph g, float x, float y, float h, float alpha) {
    float cx = x + h * 0.5f, cy = y + h * 0.5f, r = h * 0.5f;
    draw_circle(d, cx, cy, r, body_color(d, alpha));
    if (d->th->dark) draw_circle_outline(d, cx, cy, r, fmaxf(1, h * 0.05f), hex(0x6A7388, alpha));
    switch (glyphs_set(t)) {
    case GLYPHS_XBOX: {
        static const unsigned COLORS[4] = {0x7BC950, 0xF2646A, 0x55A8F7, 0xF6C945};
        centred_text(d, glyphs_name(t, g), cx, cy, h * 0.62f, hex(COLORS[g], alpha));
        break;
    }
    case GLYPHS_PLAYSTATION: {
        static const Mark MARKS[4] = {MARK_CROSS, MARK_RING, MARK_SQUARE, MARK_TRIANGLE};
        static const unsigned COLORS[4] = {0x9CC1F2, 0xF48A8A, 0xEAA6DC, 0x62D9B8};
        draw_mark(d, MARKS[g], cx, cy, h, hex(COLORS[g], alpha));
        break;
    }
    case GLYPHS_NINTENDO: centred_text(d, glyphs_name(t, g), cx, cy, h * 0.62f, hex(0xF2F2F2, alpha)); break;
    default: {
        /* Unknown labels: show where the button is among the four. */
        static const float POS[4][2] = {{0, 1}, {1, 0}, {-1, 0}, {0, -1}};
        for (int i = 0; i < 4; i++) {
            float px = cx + POS[i][0] * h * 0.22f, py = cy + POS[i][1] * h * 0.22f;
            if (i == (int)g)
                draw_circle(d, px, py, h * 0.11f, hex(0xF2F2F2, alpha));
            else
                draw_circle_outline(d, px, py, h * 0.085f, fmaxf(1, h * 0.035f), hex(0x9AA0AC, alpha));
        }
        break;
    }
    }
}

static void draw_dpad(const Draw *d, float x, float y, float h, float alpha) {
    float arm = h * 0.34f, rad = h * 0.08f;
    SDL_Color body = body_color(d, alpha);
    draw_round_rect(d, (SDL_FRect){x + (h - arm) * 0.5f, y, arm, h}, rad, body);
    draw_round_rect(d, (SDL_FRect){x, y + (h - arm) * 0.5f, h, arm}, rad, body);
    draw_circle(d, x + h * 0.5f, y + h * 0.5f, arm * 0.22f, hex(0x9AA0AC, alpha));
}

static Icon icon_of(PadType t, PadGlyph g) {
    if (g == GLYPH_START && (t == PAD_XBOXONE || t == PAD_PS5)) return ICON_MENU;
    if (g == GLYPH_BACK && t == PAD_XBOXONE) return ICON_VIEW;
    if (g == GLYPH_BACK && t == PAD_PS5) return ICON_CREATE;
    return ICON_NONE;
}

/* Menu (three bars, Xbox and DualSense), View (two windows, Xbox) and Create (DualSense). */
static void draw_icon(const Draw *d, Icon icon, float cx, float cy, float h, float alpha) {
    SDL_Color fg = hex(0xF2F2F2, alpha);
    float w = h * 0.42f, t = fmaxf(1.5f, h * 0.07f);
    if (icon == ICON_MENU) {
        for (int i = -1; i <= 1; i++)
            draw_round_rect(d, (SDL_FRect){cx - w * 0.5f, cy + (float)i * h * 0.14f - t * 0.5f, w, t}, t * 0.5f, fg);
    } else if (icon == ICON_VIEW) {
        float s = h * 0.3f;
        draw_round_rect_outline(d, (SDL_FRect){cx - s * 0.75f, cy - s * 0.75f, s, s}, s * 0.15f, t, fg);
        draw_round_rect(d, (SDL_FRect){cx - s * 0.25f, cy - s * 0.25f, s, s}, s * 0.15f, fg);
    } else {
        draw_mark(d, MARK_RAYS, cx, cy, h * 0.8f, fg);
    }
}

static bool round_glyph(PadType t, PadGlyph g) {
    return g <= GLYPH_NORTH || g == GLYPH_DPAD || g == GLYPH_RSTICK || icon_of(t, g) != ICON_NONE ||
           ((g == GLYPH_START || g == GLYPH_BACK) && t == PAD_SWITCH);
}

/* Whether two players' buttons look alike (a hint then shows one glyph for both). */
static bool same_look(PadType a, PadGlyph ga, PadType b, PadGlyph gb) {
    Icon ia = icon_of(a, ga), ib = icon_of(b, gb);
    if (ia != ICON_NONE || ib != ICON_NONE) return ia == ib;
    if (ga <= GLYPH_NORTH || gb <= GLYPH_NORTH) return ga == gb && glyphs_set(a) == glyphs_set(b);
    return !strcmp(glyphs_name(a, ga), glyphs_name(b, gb));
}

float glyphs_width(const Draw *d, PadType t, PadGlyph g, float h) {
    if (round_glyph(t, g)) return h;
    TextRole role = role_for(d, h * 0.5f);
    float w = (float)text_measure(d->text, role, glyphs_name(t, g), 0, TEXT_LEFT).x + h * 0.55f;
    return fmaxf(w, h * 1.3f);
}

float glyphs_draw(const Draw *d, PadType t, PadGlyph g, float x, float y, float h, float alpha) {
    float w = glyphs_width(d, t, g, h);
    if (g <= GLYPH_NORTH) {
        draw_face(d, t, g, x, y, h, alpha);
    } else if (g == GLYPH_DPAD) {
        draw_dpad(d, x, y, h, alpha);
    } else if (round_glyph(t, g)) {
        float cx = x + h * 0.5f, cy = y + h * 0.5f;
        draw_circle(d, cx, cy, h * 0.5f, body_color(d, alpha));
        if (d->th->dark) draw_circle_outline(d, cx, cy, h * 0.5f, fmaxf(1, h * 0.05f), hex(0x6A7388, alpha));
        Icon icon = icon_of(t, g);
        if (icon != ICON_NONE)
            draw_icon(d, icon, cx, cy, h, alpha);
        else
            centred_text(d, glyphs_name(t, g), cx, cy, h * (g == GLYPH_RSTICK ? 0.42f : 0.7f), hex(0xF2F2F2, alpha));
    } else {
        /* Shoulders, Start and Back: a pill with the printed name. */
        SDL_FRect r = {x, y + h * 0.08f, w, h * 0.84f};
        float rad = g == GLYPH_LB || g == GLYPH_RB ? h * 0.22f : r.h * 0.5f;
        draw_round_rect(d, r, rad, body_color(d, alpha));
        body_rim(d, r, rad, alpha);
        centred_text(d, glyphs_name(t, g), x + w * 0.5f, y + h * 0.5f, h * 0.5f, hex(0xF2F2F2, alpha));
    }
    return w;
}

/* Wide enough that the four buttons do not touch, as on the pad. */
#define CLUSTER_W 1.4f

float glyphs_draw_cluster(const Draw *d, PadType t, float x, float y, float h, float alpha) {
    float g = h * 0.44f, w = h * CLUSTER_W, cx = x + w * 0.5f, cy = y + h * 0.5f;
    glyphs_draw(d, t, GLYPH_NORTH, cx - g * 0.5f, y, g, alpha);
    glyphs_draw(d, t, GLYPH_SOUTH, cx - g * 0.5f, y + h - g, g, alpha);
    glyphs_draw(d, t, GLYPH_WEST, x, cy - g * 0.5f, g, alpha);
    glyphs_draw(d, t, GLYPH_EAST, x + w - g, cy - g * 0.5f, g, alpha);
    return w;
}

static float hint_h(const Draw *d) { return ui_px(d->ui, 32); }

/* A hint for one or two controllers: the second glyph (t2 >= 0) shows only when it
 * looks different (two players with different pads: "A ✕  next"). draw false measures. */
static float hint_pair(const Draw *d, PadType t, PadGlyph g, int t2, PadGlyph g2, float x, float y, const char *label,
                       float alpha, bool draw) {
    float h = hint_h(d), gap = ui_px(d->ui, 5);
    bool two = t2 >= 0 && !same_look(t, g, (PadType)t2, g2);
    float w = draw ? glyphs_draw(d, t, g, x, y, h, alpha) : glyphs_width(d, t, g, h);
    if (two)
        w += gap +
             (draw ? glyphs_draw(d, (PadType)t2, g2, x + w + gap, y, h, alpha) : glyphs_width(d, (PadType)t2, g2, h));
    int lh = text_line_height(d->text, TEXT_SMALL);
    label = C_("hint", label); /* the callers pass the English, marked with NC_ */
    SDL_Point sz =
        draw ? text_draw(d->text, TEXT_SMALL, label, (int)lroundf(x + w + ui_px(d->ui, 8)),
                         (int)lroundf(y + (h - (float)lh) * 0.5f), 0, color_alpha(d->th->text_dim, alpha), TEXT_LEFT)
             : text_measure(d->text, TEXT_SMALL, label, 0, TEXT_LEFT);
    return w + ui_px(d->ui, 8) + (float)sz.x;
}

float glyphs_hint_width(const Draw *d, PadType t, PadGlyph g, const char *label) {
    return hint_pair(d, t, g, -1, g, 0, 0, label, 1, false);
}

float glyphs_draw_hint(const Draw *d, PadType t, PadGlyph g, float x, float y, const char *label, float alpha) {
    return hint_pair(d, t, g, -1, g, x, y, label, alpha, true);
}

/* A centred row of hints for t, and for t2 too where its buttons look different. */
static void hints_row(const Draw *d, PadType t, const PadGlyph *glyphs, int t2, const PadGlyph *glyphs2, float cx,
                      float y, const char *const *labels, int n, float alpha) {
    float gap = ui_px(d->ui, 28), total = 0;
    for (int i = 0; i < n; i++)
        total += hint_pair(d, t, glyphs[i], t2, glyphs2[i], 0, 0, labels[i], alpha, false) + (i ? gap : 0);
    float x = cx - total * 0.5f;
    for (int i = 0; i < n; i++) x += hint_pair(d, t, glyphs[i], t2, glyphs2[i], x, y, labels[i], alpha, true) + gap;
}

void glyphs_draw_hints(const Draw *d, PadType t, float cx, float y, const PadGlyph *glyphs, const char *const *labels,
                       int n, float alpha) {
    hints_row(d, t, glyphs, -1, glyphs, cx, y, labels, n, alpha);
}

/* ---- for screens -------------------------------------------------------------------------- */

bool glyphs_hint_type(const App *app, PadType *type) {
    /* Connected controllers first: a lost one cannot press anything. */
    for (int s = 0; s < PADS_SEATS; s++)
        if (app->pads.seat[s].state == SEAT_PAD) return *type = app->pads.seat[s].type, true;
    if (pads_unseated_count(&app->pads, type) > 0) return true;
    for (int s = 0; s < PADS_SEATS; s++)
        if (pads_seated(&app->pads, s, type)) return true;
    return false;
}

/* Four dots placed as the face buttons are, the one for answer value (1 bottom, 2 right,
 * 3 left, 4 top) filled: where to press, whatever the labels say. */
static void position_diamond(const App *app, float cx, float cy, float size, int value, float alpha) {
    const Theme *th = &app->theme;
    float a = size * 0.34f, r = size * 0.15f;
    const float pos[4][2] = {{0, a}, {a, 0}, {-a, 0}, {0, -a}};
    for (int i = 0; i < 4; i++) {
        float x = cx + pos[i][0], y = cy + pos[i][1];
        if (i == value - 1)
            draw_circle(&app->draw, x, y, r * 1.25f, color_alpha(th->text, alpha));
        else
            draw_circle_outline(&app->draw, x, y, r, fmaxf(1.5f, r * 0.35f), color_alpha(th->text_dim, alpha));
    }
}

float glyphs_answer_cap(App *app, int player, int value, const char *key, float x, float y, float h, float alpha,
                        bool draw) {
    PadType t;
    if (pads_seated(&app->pads, player, &t)) {
        /* A round button reads smaller than a key cap of the same height. */
        float g = h * 1.1f, gy = y - (g - h) * 0.5f;
        float w = draw ? glyphs_draw(&app->draw, t, glyphs_answer(value), x, gy, g, alpha)
                       : glyphs_width(&app->draw, t, glyphs_answer(value), g);
        /* From the sofa, beside the button: where it sits on the controller. */
        if (app->tv && value >= 1 && value <= 4) {
            float gap = h * 0.2f, d = h * 1.05f;
            if (draw) position_diamond(app, x + w + gap + d * 0.5f, y + h * 0.5f, d, value, alpha);
            w += gap + d;
        }
        return w;
    }
    return draw ? draw_keycap(&app->draw, x, y, h, key, alpha) : keycap_width(&app->draw, h, key);
}

bool glyphs_player_cluster(App *app, int player, float right, float cy, float h, float alpha) {
    PadType t;
    if (!pads_seated(&app->pads, player, &t)) return false;
    float w = h * CLUSTER_W;
    glyphs_draw_cluster(&app->draw, t, right - w, cy - h * 0.5f, h, alpha);
    return true;
}

/* The controller button for a key named in a game screen's hints; false for none. */
static bool key_glyph(const char *key, PadType t, PadGlyph *g) {
    if (!strcmp(key, "Enter"))
        *g = glyphs_yes(t);
    else if (!strcmp(key, play_key(INPUT_BREAK, -1)))
        *g = GLYPH_START;
    else if (!strcmp(key, "Esc"))
        *g = GLYPH_BACK;
    else if (!strcmp(key, play_pair_keys(INPUT_UNLOCK)))
        *g = GLYPH_LB;
    else if (!strcmp(key, "RB"))
        *g = GLYPH_RB;
    else if (!strcmp(key, play_pair_keys(INPUT_VETO)))
        *g = GLYPH_RSTICK;
    else
        return false;
    return true;
}

/* The buttons for a row of footer hints on the two seats' controllers. */
static bool play_glyphs(App *app, const char *const *items, int n, PadType *t, PadType *t2, PadGlyph *g, PadGlyph *g2,
                        const char **labels) {
    if (n > 4 || !pads_seated(&app->pads, 0, t) || !pads_seated(&app->pads, 1, t2)) return false;
    for (int i = 0; i < n; i++) {
        const char *const *pair = items + 2 * (size_t)i; /* key, then label */
        if (!key_glyph(pair[0], *t, &g[i]) || !key_glyph(pair[0], *t2, &g2[i])) return false;
        labels[i] = pair[1];
    }
    return true;
}

bool glyphs_play_hint_widths(App *app, const char *const *items, int n, float *widths) {
    PadType t, t2;
    PadGlyph g[4], g2[4];
    const char *labels[4];
    if (!play_glyphs(app, items, n, &t, &t2, g, g2, labels)) return false;
    for (int i = 0; i < n; i++) widths[i] = hint_pair(&app->draw, t, g[i], (int)t2, g2[i], 0, 0, labels[i], 1, false);
    return true;
}

bool glyphs_play_hints(App *app, const char *const *items, int n, float cx, float y) {
    PadType t, t2;
    PadGlyph g[4], g2[4];
    const char *labels[4];
    if (!play_glyphs(app, items, n, &t, &t2, g, g2, labels)) return false;
    hints_row(&app->draw, t, g, (int)t2, g2, cx, y, labels, n, 1.0f);
    return true;
}
