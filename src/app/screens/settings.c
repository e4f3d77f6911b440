/* The settings screen: how it looks (text size, theme, contrast, motion, full screen, TV),
 * how it feels (rumble), Read aloud (on, speed, volume), the lock-in countdown, and the
 * keys (their own screen). A list that scrolls to keep the focus in view; saved on every
 * change. */
#include "app/screens/settings.h"

#include "core/i18n.h"
#include "core/util.h"

#include "app/app.h"
#include "app/display.h"
#include "app/lang.h"
#include "app/platform/vfs.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum {
    ROW_LANGUAGE,
    ROW_SIZE,
    ROW_THEME,
    ROW_CONTRAST,
    ROW_MOTION,
    ROW_FULLSCREEN,
    ROW_TV,
    ROW_RUMBLE,
    ROW_SPEECH,
    ROW_RATE,
    ROW_VOLUME,
    ROW_COUNTDOWN,
    ROW_KEYS,
    N_ROWS,
    FOCUS_BACK = N_ROWS,
    FOCUS_FORGET,
    N_FOCUS
};

typedef enum RowKind { KIND_STEPPER, KIND_SEGMENTS, KIND_SWITCH, KIND_OPEN } RowKind;

typedef struct Row {
    const char *label, *help;
    RowKind kind;
} Row;

static const Row ROWS[N_ROWS] = {
    /* TRANSLATORS: each setting's name and, under it, one line on what it does (keep it to one
       line at 1280x720: about 70 characters). */
    [ROW_LANGUAGE] = {N_("Language"), N_("The game's words, and the decks where they are translated."), KIND_STEPPER},
    [ROW_SIZE] = {N_("Text size"), N_("Makes everything on screen bigger or smaller, up to 200%."), KIND_STEPPER},
    [ROW_THEME] = {N_("Theme"), N_("Warm paper, or deep ink for a dim room."), KIND_SEGMENTS},
    [ROW_CONTRAST] = {N_("High contrast"), N_("Black and white with strong edges, in either theme."), KIND_SWITCH},
    [ROW_MOTION] = {N_("Reduced motion"), N_("No sliding or fading: changes happen at once."), KIND_SWITCH},
    [ROW_FULLSCREEN] = {N_("Full screen"), N_("Fill the whole screen (F11 or Alt+Enter work anywhere)."), KIND_SWITCH},
    [ROW_TV] = {N_("TV mode"), N_("A big, TV-safe layout; it comes on when a controller joins."), KIND_SWITCH},
    [ROW_RUMBLE] = {N_("Controller rumble"), N_("A short buzz on your controller when your pick is locked in."),
                    KIND_SWITCH},
    [ROW_SPEECH] = {N_("Read aloud"), N_("Says each screen and card; never a hidden pick. R reads again."),
                    KIND_SWITCH},
    [ROW_RATE] = {N_("Speaking speed"), N_("How fast Read aloud talks."), KIND_STEPPER},
    [ROW_VOLUME] = {N_("Speech volume"), N_("How loud Read aloud talks."), KIND_STEPPER},
    [ROW_COUNTDOWN] = {N_("Lock-in countdown"),
                       N_("Time before the reveal once both are in; off: either of you reveals."), KIND_STEPPER},
    [ROW_KEYS] = {N_("Keys"), N_("Choose the keys for each half of the keyboard."), KIND_OPEN},
};

typedef struct SettingsState {
    int focus;
    int first; /* the first row in view */
} SettingsState;

typedef struct Layout {
    bool roomy; /* descriptions under labels, the big title, the save path */
    float title_y, sub_y, path_y;
    TextRole title_role;
    int first, n_view;      /* the rows in view */
    SDL_FRect rows[N_ROWS]; /* rows out of view have zero size */
    SDL_FRect minus[N_ROWS], plus[N_ROWS], seg[2], toggles[N_ROWS], open;
    SDL_FRect back, forget;
    float text_w;
    bool more_above, more_below;
} Layout;

/* The value a row shows (steppers, the keys button), into out. */
static const char *row_value(const App *app, int row, char *out, size_t n) {
    const Settings *s = &app->settings;
    switch (row) {
    case ROW_LANGUAGE: snprintf(out, n, "%s", lang_autonym(i18n_language())); break;
    case ROW_SIZE: snprintf(out, n, "%d%%", (int)lroundf(s->ui_scale * 100)); break;
    case ROW_RATE:
        if (s->speech_rate == 0)
            utf8_snprintf(out, n, "%s", C_("speed", "Normal"));
        else
            snprintf(out, n, "%s%d", s->speech_rate > 0 ? "+" : "\xE2\x88\x92", abs(s->speech_rate));
        break;
    case ROW_VOLUME: snprintf(out, n, "%d%%", s->speech_volume); break;
    case ROW_COUNTDOWN:
        if (s->countdown_ms == 0)
            utf8_snprintf(out, n, "%s", _("Off"));
        else if (s->countdown_ms % 1000)
            /* TRANSLATORS: seconds, short: "2.5 s" */
            snprintf(out, n, _("%d.%d s"), s->countdown_ms / 1000, s->countdown_ms % 1000 / 100);
        else
            utf8_snprintf(out, n, _("%d s"), s->countdown_ms / 1000);
        break;
    case ROW_KEYS: snprintf(out, n, "%s", _("Change")); break;
    default: out[0] = '\0'; break;
    }
    return out;
}

/* Where the language in use is among those offered (0, English, when it is none of them:
 * the pseudo-locale). */
static int language_index(const char *const *codes, int n) {
    for (int i = 0; i < n; i++)
        if (!strcmp(codes[i], i18n_language())) return i;
    return 0;
}

static bool row_on(const App *app, int row) {
    const Settings *s = &app->settings;
    switch (row) {
    case ROW_CONTRAST: return s->high_contrast;
    case ROW_MOTION: return s->reduced_motion;
    case ROW_FULLSCREEN: return s->fullscreen;
    case ROW_TV: return app->tv; /* the layout in use, which a controller may have turned on */
    case ROW_RUMBLE: return s->rumble;
    case ROW_SPEECH: return s->read_aloud;
    default: return false;
    }
}

/* The widest value a stepper can show, so its buttons do not move as it changes. */
static float value_w(App *app) {
    SDL_Point a = text_measure(app->text, TEXT_BODY_BOLD, _("Normal"), 0, TEXT_LEFT);
    SDL_Point b = text_measure(app->text, TEXT_BODY_BOLD, "200%", 0, TEXT_LEFT);
    int w = a.x > b.x ? a.x : b.x;
    const char *codes[LANG_OFFERED_MAX];
    for (int i = 0, n = lang_offered(codes, LANG_OFFERED_MAX); i < n; i++) {
        int lw = text_measure(app->text, TEXT_BODY_BOLD, lang_autonym(codes[i]), 0, TEXT_LEFT).x;
        if (lw > w) w = lw;
    }
    return (float)w + 16 * app->ui.s;
}

static void place_controls(App *app, Layout *L, int i) {
    float S = app->ui.s, pad = 18 * S;
    SDL_FRect r = L->rows[i];
    if (r.w <= 0) return;
    float b = fminf(44 * S, r.h - 8 * S), vw = value_w(app);
    int lb = text_line_height(app->text, TEXT_BODY_BOLD);
    switch (ROWS[i].kind) {
    case KIND_STEPPER:
        L->plus[i] = (SDL_FRect){r.x + r.w - pad - b, r.y + (r.h - b) * 0.5f, b, b};
        L->minus[i] = (SDL_FRect){L->plus[i].x - vw - b, L->plus[i].y, b, b};
        break;
    case KIND_SEGMENTS: {
        SDL_Point lw = text_measure(app->text, TEXT_BODY_BOLD, _("Light"), 0, TEXT_LEFT);
        float sw = fmaxf(96 * S, (float)lw.x + 36 * S), sh = fmaxf(42 * S, (float)lb + 12 * S);
        L->seg[1] = (SDL_FRect){r.x + r.w - pad - sw, r.y + (r.h - sh) * 0.5f, sw, sh};
        L->seg[0] = (SDL_FRect){L->seg[1].x - sw, L->seg[1].y, sw, sh};
        break;
    }
    case KIND_SWITCH: {
        float tw = 64 * S, th = 34 * S;
        L->toggles[i] = (SDL_FRect){r.x + r.w - pad - tw, r.y + (r.h - th) * 0.5f, tw, th};
        break;
    }
    case KIND_OPEN: {
        SDL_Point cz = text_measure(app->text, TEXT_BODY_BOLD, _("Change"), 0, TEXT_LEFT);
        float w = (float)cz.x + 48 * S, h = fmaxf(44 * S, (float)lb + 14 * S);
        L->open = (SDL_FRect){r.x + r.w - pad - w, r.y + (r.h - h) * 0.5f, w, h};
        break;
    }
    }
}

static void layout(App *app, const SettingsState *st, Layout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    Text *tx = app->text;
    memset(L, 0, sizeof *L);
    float margin = 24 * S;
    int lb = text_line_height(tx, TEXT_BODY_BOLD), ls = text_line_height(tx, TEXT_SMALL);
    float bh = fmaxf(50 * S, (float)lb + 18 * S);
    float rw = fminf(820 * S, W - 2 * margin);
    L->text_w = rw - 36 * S - 2 * 44 * S - value_w(app) - 16 * S;
    /* The tallest name and description, wrapped as drawn: a language whose words run long
     * gets taller rows (or, when six no longer fit, no descriptions). */
    float label_h = (float)lb, help_h = (float)ls;
    for (int i = 0; i < N_ROWS; i++) {
        label_h =
            fmaxf(label_h, (float)text_measure(tx, TEXT_BODY_BOLD, _(ROWS[i].label), (int)L->text_w, TEXT_LEFT).y);
        help_h = fmaxf(help_h, (float)text_measure(tx, TEXT_SMALL, _(ROWS[i].help), (int)L->text_w, TEXT_LEFT).y);
    }
    /* Roomy (descriptions, the save path) when at least six rows fit with them. */
    for (int v = 0; v < 2; v++) {
        L->roomy = v == 0;
        L->title_role = L->roomy ? TEXT_TITLE : TEXT_HEADING;
        float y = L->roomy ? margin : margin * 0.5f;
        L->title_y = y;
        y += (float)text_line_height(tx, L->title_role);
        L->sub_y = y;
        if (L->roomy) y += (float)ls;
        y += 14 * S;
        float bottom = H - margin - bh - 12 * S - (L->roomy ? (float)ls + 10 * S : 0);
        float row_h = fmaxf((L->roomy ? 64 : 50) * S, label_h + (L->roomy ? help_h : 0) + 16 * S), gap = 8 * S;
        int fit = (int)((bottom - y + gap) / (row_h + gap));
        if (fit >= 6 || v == 1) {
            if (fit < 1) fit = 1;
            L->n_view = fit < N_ROWS ? fit : N_ROWS;
            int first = L->first = look_list_first(st->first, st->focus, N_ROWS, L->n_view);
            float rx = (W - rw) * 0.5f;
            for (int i = first; i < first + L->n_view; i++) {
                L->rows[i] = (SDL_FRect){rx, y, rw, row_h};
                y += row_h + gap;
            }
            L->more_above = first > 0;
            L->more_below = first + L->n_view < N_ROWS;
            y = fmaxf(y, bottom) + 12 * S - gap;
            float bw = fminf(280 * S, (W - 2 * margin - 16 * S) * 0.5f);
            L->back = (SDL_FRect){W * 0.5f - bw - 8 * S, y, bw, bh};
            L->forget = (SDL_FRect){W * 0.5f + 8 * S, y, bw, bh};
            L->path_y = y + bh + 10 * S;
            break;
        }
    }
    for (int i = 0; i < N_ROWS; i++) place_controls(app, L, i);
}

static void change(App *app, int row, int dir) {
    Settings *s = &app->settings;
    switch (row) {
    case ROW_LANGUAGE: {
        const char *codes[LANG_OFFERED_MAX];
        int n = lang_offered(codes, LANG_OFFERED_MAX), at = language_index(codes, n);
        int next = dir == 0 ? (at + 1) % n : at + (dir > 0 ? 1 : -1);
        if (next < 0 || next >= n || next == at) return;
        snprintf(s->language, sizeof s->language, "%s", codes[next]);
        lang_apply(app, codes[next]);
        break;
    }
    case ROW_SIZE: {
        float next = settings_scale_step(s->ui_scale, dir);
        if (dir > 0 && next == s->ui_scale) next = SETTINGS_SCALE_MIN; /* Enter cycles round */
        if (next == s->ui_scale) return;
        s->ui_scale = next;
        break;
    }
    case ROW_THEME:
        if (dir == 0)
            s->dark = !s->dark;
        else if (s->dark == (dir > 0))
            return;
        else
            s->dark = dir > 0;
        break;
    case ROW_FULLSCREEN:
        if (dir != 0 && s->fullscreen == (dir > 0)) return;
        display_toggle_fullscreen(app); /* saves too */
        return;
    case ROW_TV:
        if (dir != 0 && app->tv == (dir > 0)) return;
        display_set_tv(app, !app->tv); /* saves too */
        return;
    case ROW_CONTRAST:
    case ROW_MOTION:
    case ROW_RUMBLE:
    case ROW_SPEECH: {
        bool *b = row == ROW_CONTRAST ? &s->high_contrast
                  : row == ROW_MOTION ? &s->reduced_motion
                  : row == ROW_RUMBLE ? &s->rumble
                                      : &s->read_aloud;
        if (dir != 0 && *b == (dir > 0)) return;
        *b = !*b;
        break;
    }
    case ROW_RATE: {
        int next = s->speech_rate + (dir >= 0 ? 10 : -10);
        if (dir == 0 && next > 100) next = -100;
        if (next < -100 || next > 100) return;
        s->speech_rate = next;
        break;
    }
    case ROW_VOLUME: {
        int next = s->speech_volume + (dir >= 0 ? 10 : -10);
        if (dir == 0 && next > 100) next = 10;
        if (next < 10 || next > 100) return;
        s->speech_volume = next;
        break;
    }
    case ROW_COUNTDOWN: {
        int next = settings_countdown_step(s->countdown_ms, dir >= 0 ? 1 : -1);
        if (dir == 0 && next == s->countdown_ms) next = 0;
        if (next == s->countdown_ms) return;
        s->countdown_ms = next;
        break;
    }
    case ROW_KEYS: nav_go(app, PLACE_KEYS); return;
    default: return;
    }
    display_settings_changed(app);
}

static int hit(const Layout *L, int x, int y) {
    if (rect_contains(L->back, (float)x, (float)y)) return FOCUS_BACK;
    if (rect_contains(L->forget, (float)x, (float)y)) return FOCUS_FORGET;
    return look_hit(L->rows, N_ROWS, x, y);
}

static void click_row(App *app, const Layout *L, int h, float x, float y) {
    if (ROWS[h].kind == KIND_STEPPER) {
        if (rect_contains(L->minus[h], x, y))
            change(app, h, -1);
        else if (rect_contains(L->plus[h], x, y))
            change(app, h, 1);
    } else if (ROWS[h].kind == KIND_SEGMENTS) {
        change(app, h, rect_contains(L->seg[0], x, y) ? -1 : rect_contains(L->seg[1], x, y) ? 1 : 0);
    } else {
        change(app, h, 0); /* a switch row: anywhere on it flips it */
    }
}

static void settings_input(App *app, const InputEvent *ev) {
    SettingsState *st = app->state;
    Layout L;
    layout(app, st, &L);
    float x = (float)ev->x, y = (float)ev->y;
    switch (ev->kind) {
    case INPUT_UP: st->focus = (st->focus + N_FOCUS - 1) % N_FOCUS; break;
    case INPUT_DOWN: st->focus = (st->focus + 1) % N_FOCUS; break;
    case INPUT_LEFT:
    case INPUT_RIGHT:
        if (st->focus < N_ROWS && ROWS[st->focus].kind != KIND_OPEN)
            change(app, st->focus, ev->kind == INPUT_LEFT ? -1 : 1);
        break;
    case INPUT_CONFIRM:
        if (st->focus == FOCUS_BACK)
            nav_go(app, PLACE_TITLE);
        else if (st->focus == FOCUS_FORGET)
            nav_open(app, PLACE_FORGET);
        else
            change(app, st->focus, ROWS[st->focus].kind == KIND_STEPPER ? 1 : 0);
        break;
    case INPUT_BACK: nav_go(app, PLACE_TITLE); break;
    case INPUT_SCROLL:
        st->first = L.first;
        look_list_scroll(&st->first, &st->focus, N_ROWS, L.n_view, ev->value);
        return;
    case INPUT_POINTER_MOVE: {
        int h = hit(&L, ev->x, ev->y);
        if (h >= 0) st->focus = h;
        break;
    }
    case INPUT_CLICK: {
        int h = hit(&L, ev->x, ev->y);
        if (h < 0) break;
        st->focus = h;
        if (h == FOCUS_BACK)
            nav_go(app, PLACE_TITLE);
        else if (h == FOCUS_FORGET)
            nav_open(app, PLACE_FORGET);
        else
            click_row(app, &L, h, x, y);
        break;
    }
    default: break;
    }
    /* Keep the focus in view. */
    layout(app, st, &L);
    st->first = L.first;
}

static void draw_round_button(App *app, SDL_FRect r, const char *label, bool enabled) {
    const Theme *th = &app->theme;
    draw_circle(&app->draw, r.x + r.w * 0.5f, r.y + r.h * 0.5f, r.w * 0.5f,
                enabled ? th->surface_sunk : color_alpha(th->surface_sunk, 0.5f));
    if (th->high)
        draw_circle_outline(&app->draw, r.x + r.w * 0.5f, r.y + r.h * 0.5f, r.w * 0.5f, app->ui.s * 2, th->border);
    int lh = text_line_height(app->text, TEXT_BODY_BOLD);
    text_draw(app->text, TEXT_BODY_BOLD, label, (int)(r.x + r.w * 0.5f), (int)(r.y + (r.h - (float)lh) * 0.5f), 0,
              enabled ? th->text : color_alpha(th->text_dim, 0.5f), TEXT_CENTER);
}

static void draw_switch(App *app, SDL_FRect r, bool on) {
    const Theme *th = &app->theme;
    draw_round_rect(&app->draw, r, r.h * 0.5f, on ? th->accent : th->surface_sunk);
    if (!on || th->high)
        draw_round_rect_outline(&app->draw, r, r.h * 0.5f, app->ui.s * (th->high ? 2 : 1.5f), th->border);
    float kr = r.h * 0.5f - app->ui.s * 4;
    float kx = on ? r.x + r.w - r.h * 0.5f : r.x + r.h * 0.5f;
    draw_circle(&app->draw, kx, r.y + r.h * 0.5f, kr, on ? th->text_on_accent : th->text_dim);
    /* Read aloud says what the switch shows. */
    if (app->draw.log) framelog_note(app->draw.log, r, on ? "on" : "off");
}

/* A setting's row: its name, when there is room what it does, and its control. */
static void draw_row(App *app, const Layout *L, int i, bool focus) {
    const Theme *th = &app->theme;
    const Settings *s = &app->settings;
    float S = app->ui.s;
    SDL_FRect r = L->rows[i];
    if (r.w <= 0) return;
    float radius = 16 * S;
    draw_shadow(&app->draw, r, radius, 8 * S, th->shadow);
    draw_round_rect(&app->draw, r, radius, focus ? th->surface_hover : th->surface);
    if (th->high) draw_round_rect_outline(&app->draw, r, radius, 1.5f * S, th->border);
    if (focus) draw_focus_ring(&app->draw, r, radius, 1.0f);
    float pad = 18 * S;
    int lb = text_line_height(app->text, TEXT_BODY_BOLD);
    float lh = (float)text_measure(app->text, TEXT_BODY_BOLD, _(ROWS[i].label), (int)L->text_w, TEXT_LEFT).y;
    float hh = L->roomy ? (float)text_measure(app->text, TEXT_SMALL, _(ROWS[i].help), (int)L->text_w, TEXT_LEFT).y : 0;
    float ty = r.y + (r.h - lh - hh) * 0.5f;
    text_draw(app->text, TEXT_BODY_BOLD, _(ROWS[i].label), (int)(r.x + pad), (int)ty, (int)L->text_w, th->text,
              TEXT_LEFT);
    if (L->roomy)
        text_draw(app->text, TEXT_SMALL, _(ROWS[i].help), (int)(r.x + pad), (int)(ty + lh), (int)L->text_w,
                  th->text_dim, TEXT_LEFT);
    char v[96];
    row_value(app, i, v, sizeof v);
    switch (ROWS[i].kind) {
    case KIND_STEPPER: {
        const char *codes[LANG_OFFERED_MAX];
        int n_lang = lang_offered(codes, LANG_OFFERED_MAX), at = language_index(codes, n_lang);
        bool low = i == ROW_LANGUAGE ? at > 0
                   : i == ROW_SIZE   ? s->ui_scale > SETTINGS_SCALE_MIN + 0.001f
                   : i == ROW_RATE   ? s->speech_rate > -100
                   : i == ROW_VOLUME ? s->speech_volume > 10
                                     : s->countdown_ms > 0;
        bool high = i == ROW_LANGUAGE ? at < n_lang - 1
                    : i == ROW_SIZE   ? s->ui_scale < SETTINGS_SCALE_MAX - 0.001f
                    : i == ROW_RATE   ? s->speech_rate < 100
                    : i == ROW_VOLUME ? s->speech_volume < 100
                                      : s->countdown_ms < 10000;
        draw_round_button(app, L->minus[i], "\xE2\x88\x92", low);
        draw_round_button(app, L->plus[i], "+", high);
        text_draw(app->text, TEXT_BODY_BOLD, v, (int)((L->minus[i].x + L->minus[i].w + L->plus[i].x) * 0.5f),
                  (int)(L->minus[i].y + (L->minus[i].h - (float)lb) * 0.5f), 0, th->text, TEXT_CENTER);
        break;
    }
    case KIND_SEGMENTS: {
        SDL_FRect both = {L->seg[0].x, L->seg[0].y, L->seg[0].w * 2, L->seg[0].h};
        draw_round_rect(&app->draw, both, both.h * 0.5f, th->surface_sunk);
        static const char *const themes[2] = {N_("Light"), N_("Dark")};
        for (int k = 0; k < 2; k++) {
            bool on = s->dark == (k == 1);
            SDL_FRect seg = L->seg[k];
            if (on) {
                SDL_FRect in = {seg.x + 3 * S, seg.y + 3 * S, seg.w - 6 * S, seg.h - 6 * S};
                draw_round_rect(&app->draw, in, in.h * 0.5f, th->accent);
            }
            text_draw(app->text, TEXT_BODY_BOLD, _(themes[k]), (int)(seg.x + seg.w * 0.5f),
                      (int)(seg.y + (seg.h - (float)lb) * 0.5f), 0, on ? th->text_on_accent : th->text_dim,
                      TEXT_CENTER);
        }
        if (app->draw.log) framelog_note(app->draw.log, both, s->dark ? "dark chosen" : "light chosen");
        break;
    }
    case KIND_SWITCH: draw_switch(app, L->toggles[i], row_on(app, i)); break;
    case KIND_OPEN: draw_button(&app->draw, L->open, v, BUTTON_NORMAL, false, 1.0f); break;
    }
}

static void settings_draw(App *app) {
    SettingsState *st = app->state;
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    Layout L;
    layout(app, st, &L);
    float S = app->ui.s, W = (float)app->ui.w;
    text_draw(app->text, L.title_role, _("Settings"), (int)(W * 0.5f), (int)L.title_y, 0, th->text, TEXT_CENTER);
    if (L.roomy)
        text_draw(app->text, TEXT_SMALL, _("Changes are saved as you make them."), (int)(W * 0.5f), (int)L.sub_y, 0,
                  th->text_dim, TEXT_CENTER);
    for (int i = 0; i < N_ROWS; i++) draw_row(app, &L, i, st->focus == i);
    /* More rows above or below: a small arrow at the list's edge. */
    SDL_FRect top = L.rows[L.first], last = L.rows[L.first + L.n_view - 1];
    if (L.more_above)
        text_draw(app->text, TEXT_SMALL, "\xE2\x86\x91", (int)(top.x + top.w + 14 * S), (int)top.y, 0, th->text_dim,
                  TEXT_CENTER);
    if (L.more_below)
        text_draw(app->text, TEXT_SMALL, "\xE2\x86\x93", (int)(last.x + last.w + 14 * S),
                  (int)(last.y + last.h - 24 * S), 0, th->text_dim, TEXT_CENTER);
    draw_button(d, L.back, _("Back"), BUTTON_NORMAL, st->focus == FOCUS_BACK, 1.0f);
    draw_button(d, L.forget, _("Forget everything"), BUTTON_QUIET, st->focus == FOCUS_FORGET, 1.0f);
    if (L.roomy) {
        char path[VFS_PATH_MAX], line[VFS_PATH_MAX + 32];
        if (vfs_data_path("settings.ini", path, sizeof path)) {
            utf8_snprintf(line, sizeof line, _("Saved in %s"), path);
            text_draw(app->text, TEXT_SMALL, line, (int)(W * 0.5f), (int)L.path_y, (int)(W - 48 * S), th->text_dim,
                      TEXT_CENTER);
        }
    }
}

/* Read aloud: the focused setting, its value and what it does. */
static void settings_voice(App *app, VoiceText *v) {
    const SettingsState *st = app->state;
    utf8_snprintf(v->title, sizeof v->title, "%s", _("Settings."));
    utf8_snprintf(v->body, sizeof v->body, "%s",
                  _("Changes are saved as you make them. Up and down move; left and right change."));
    if (st->focus == FOCUS_BACK) {
        utf8_snprintf(v->focus, sizeof v->focus, "%s", _("Back."));
    } else if (st->focus == FOCUS_FORGET) {
        utf8_snprintf(v->focus, sizeof v->focus, "%s", _("Forget everything."));
    } else {
        char val[96];
        const Row *r = &ROWS[st->focus];
        if (r->kind == KIND_SWITCH)
            utf8_snprintf(val, sizeof val, "%s", row_on(app, st->focus) ? C_("switch", "on") : C_("switch", "off"));
        else if (r->kind == KIND_SEGMENTS)
            utf8_snprintf(val, sizeof val, "%s", app->settings.dark ? C_("theme", "dark") : C_("theme", "light"));
        else
            row_value(app, st->focus, val, sizeof val);
        utf8_snprintf(v->focus, sizeof v->focus, "%s: %s. %s", _(r->label), val, _(r->help));
    }
}

const Screen SCREEN_SETTINGS = {
    .name = "settings",
    .state_size = sizeof(SettingsState),
    .draw = settings_draw,
    .input = settings_input,
    .voice = settings_voice,
};
