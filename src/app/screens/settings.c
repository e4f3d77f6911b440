/* The settings screen: text size, theme, reduced motion, full screen, TV mode, rumble. Saved on
 * every change. */
#include "app/screens/settings.h"

#include "app/app.h"
#include "app/display.h"
#include "app/platform/vfs.h"
#include "app/screens/nav.h"
#include "app/ui/look.h"

#include <math.h>
#include <stdio.h>

enum {
    ROW_SIZE,
    ROW_THEME,
    ROW_MOTION,
    ROW_FULLSCREEN,
    ROW_TV,
    ROW_RUMBLE,
    N_ROWS,
    FOCUS_BACK = N_ROWS,
    FOCUS_FORGET,
    N_FOCUS
};

typedef struct SettingsState {
    int focus;
} SettingsState;

typedef struct Layout {
    bool roomy; /* descriptions under labels, the big title, the save path */
    float title_y, sub_y, path_y;
    TextRole title_role;
    SDL_FRect rows[N_ROWS];
    SDL_FRect minus, plus, seg[2], toggles[N_ROWS], back, forget;
    float text_w;
} Layout;

static const char *const ROW_LABELS[N_ROWS] = {"Text size",   "Theme",   "Reduced motion",
                                               "Full screen", "TV mode", "Controller rumble"};
static const char *const ROW_HELP[N_ROWS] = {
    "Makes everything on screen bigger or smaller.",
    "Warm paper, or deep ink for a dim room.",
    "No sliding or fading: changes happen at once.",
    "Fill the whole screen (F11 or Alt+Enter work anywhere).",
    "A big, TV-safe layout; it comes on when a controller joins.",
    "A short buzz on your controller when your pick is locked in.",
};

static void layout(App *app, Layout *L) {
    float S = app->ui.s, W = (float)app->ui.w, H = (float)app->ui.h;
    Text *tx = app->text;
    float margin = 24 * S;
    for (int v = 0; v < 2; v++) {
        L->roomy = v == 0;
        L->title_role = L->roomy ? TEXT_TITLE : TEXT_HEADING;
        float row_h = (L->roomy ? 68 : 54) * S, gap = 8 * S, bh = (L->roomy ? 52 : 46) * S;
        float y = L->roomy ? margin : margin * 0.5f;
        L->title_y = y;
        y += (float)text_line_height(tx, L->title_role);
        L->sub_y = y;
        if (L->roomy) y += (float)text_line_height(tx, TEXT_SMALL);
        y += 20 * S;
        float rw = fminf(760 * S, W - 2 * margin), rx = (W - rw) * 0.5f;
        for (int i = 0; i < N_ROWS; i++) {
            L->rows[i] = (SDL_FRect){rx, y, rw, row_h};
            y += row_h + gap;
        }
        y += 12 * S;
        L->back = (SDL_FRect){W * 0.5f - 240 * S - 8 * S, y, 240 * S, bh};
        L->forget = (SDL_FRect){W * 0.5f + 8 * S, y, 240 * S, bh};
        y += bh;
        L->path_y = y + 16 * S;
        float need = y + margin + (L->roomy ? (float)text_line_height(tx, TEXT_SMALL) + 16 * S : 0);
        if (need <= H || v == 1) {
            /* Centre the whole block in what is left over. */
            float dy = fmaxf(0, (H - need) * 0.4f);
            L->title_y += dy;
            L->sub_y += dy;
            for (int i = 0; i < N_ROWS; i++) L->rows[i].y += dy;
            L->back.y += dy;
            L->forget.y += dy;
            L->path_y += dy;
            break;
        }
    }
    /* Controls sit at the right end of each row. */
    float pad = 20 * S;
    SDL_FRect r = L->rows[ROW_SIZE];
    float b = 44 * S, vw = 92 * S;
    L->plus = (SDL_FRect){r.x + r.w - pad - b, r.y + (r.h - b) * 0.5f, b, b};
    L->minus = (SDL_FRect){L->plus.x - vw - b, L->plus.y, b, b};
    r = L->rows[ROW_THEME];
    float sw = 96 * S, sh = 42 * S;
    L->seg[1] = (SDL_FRect){r.x + r.w - pad - sw, r.y + (r.h - sh) * 0.5f, sw, sh};
    L->seg[0] = (SDL_FRect){L->seg[1].x - sw, L->seg[1].y, sw, sh};
    for (int i = ROW_MOTION; i < N_ROWS; i++) {
        r = L->rows[i];
        float tw = 64 * S, th = 34 * S;
        L->toggles[i] = (SDL_FRect){r.x + r.w - pad - tw, r.y + (r.h - th) * 0.5f, tw, th};
    }
    L->text_w = L->minus.x - (r.x + pad) - 16 * S;
}

static void change(App *app, int row, int dir) {
    Settings *s = &app->settings;
    switch (row) {
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
    case ROW_MOTION:
        if (dir != 0 && s->reduced_motion == (dir > 0)) return;
        s->reduced_motion = !s->reduced_motion;
        break;
    case ROW_FULLSCREEN:
        if (dir != 0 && s->fullscreen == (dir > 0)) return;
        display_toggle_fullscreen(app); /* saves too */
        return;
    case ROW_TV:
        /* The switch shows the layout in use, which a controller may have turned on. */
        if (dir != 0 && app->tv == (dir > 0)) return;
        display_set_tv(app, !app->tv); /* saves too */
        return;
    case ROW_RUMBLE:
        if (dir != 0 && s->rumble == (dir > 0)) return;
        s->rumble = !s->rumble;
        break;
    default: return;
    }
    display_settings_changed(app);
}

static int hit(const Layout *L, int x, int y) {
    if (rect_contains(L->back, (float)x, (float)y)) return FOCUS_BACK;
    if (rect_contains(L->forget, (float)x, (float)y)) return FOCUS_FORGET;
    return look_hit(L->rows, N_ROWS, x, y);
}

static void settings_input(App *app, const InputEvent *ev) {
    SettingsState *st = app->state;
    Layout L;
    layout(app, &L);
    float x = (float)ev->x, y = (float)ev->y;
    switch (ev->kind) {
    case INPUT_UP: st->focus = (st->focus + N_FOCUS - 1) % N_FOCUS; break;
    case INPUT_DOWN: st->focus = (st->focus + 1) % N_FOCUS; break;
    case INPUT_LEFT:
    case INPUT_RIGHT:
        if (st->focus < N_ROWS) change(app, st->focus, ev->kind == INPUT_LEFT ? -1 : 1);
        break;
    case INPUT_CONFIRM:
        if (st->focus == FOCUS_BACK)
            nav_go(app, PLACE_TITLE);
        else if (st->focus == FOCUS_FORGET)
            nav_open(app, PLACE_FORGET);
        else
            change(app, st->focus, st->focus == ROW_SIZE ? 1 : 0);
        break;
    case INPUT_BACK: nav_go(app, PLACE_TITLE); break;
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
        else if (h == ROW_SIZE) {
            if (rect_contains(L.minus, x, y))
                change(app, ROW_SIZE, -1);
            else if (rect_contains(L.plus, x, y))
                change(app, ROW_SIZE, 1);
        } else if (h == ROW_THEME) {
            if (rect_contains(L.seg[0], x, y))
                change(app, ROW_THEME, -1);
            else if (rect_contains(L.seg[1], x, y))
                change(app, ROW_THEME, 1);
            else
                change(app, ROW_THEME, 0);
        } else {
            change(app, h, 0); /* a switch row: anywhere on it flips it */
        }
        break;
    }
    default: break;
    }
}

static void draw_round_button(App *app, SDL_FRect r, const char *label, bool enabled) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    draw_circle(&app->draw, r.x + r.w * 0.5f, r.y + r.h * 0.5f, r.w * 0.5f,
                enabled ? th->surface_sunk : color_alpha(th->surface_sunk, 0.5f));
    int lh = text_line_height(app->text, TEXT_HEADING);
    text_draw(app->text, TEXT_HEADING, label, (int)(r.x + r.w * 0.5f), (int)(r.y + (r.h - (float)lh) * 0.5f - S), 0,
              enabled ? th->text : color_alpha(th->text_dim, 0.5f), TEXT_CENTER);
}

static void draw_switch(App *app, SDL_FRect r, bool on) {
    const Theme *th = &app->theme;
    draw_round_rect(&app->draw, r, r.h * 0.5f, on ? th->accent : th->surface_sunk);
    if (!on) draw_round_rect_outline(&app->draw, r, r.h * 0.5f, app->ui.s * 1.5f, th->border);
    float kr = r.h * 0.5f - app->ui.s * 4;
    float kx = on ? r.x + r.w - r.h * 0.5f : r.x + r.h * 0.5f;
    draw_circle(&app->draw, kx, r.y + r.h * 0.5f, kr, on ? th->text_on_accent : th->text_dim);
}

/* A setting's row: its name and, when there is room, what it does. */
static void draw_row(App *app, const Layout *L, int i, bool focus) {
    const Theme *th = &app->theme;
    float S = app->ui.s;
    SDL_FRect r = L->rows[i];
    float radius = 16 * S;
    draw_shadow(&app->draw, r, radius, 8 * S, th->shadow);
    draw_round_rect(&app->draw, r, radius, focus ? th->surface_hover : th->surface);
    if (focus) draw_focus_ring(&app->draw, r, radius, 1.0f);
    float pad = 20 * S;
    int lb = text_line_height(app->text, TEXT_BODY_BOLD), ls = text_line_height(app->text, TEXT_SMALL);
    float block = (float)lb + (L->roomy ? (float)ls : 0);
    float ty = r.y + (r.h - block) * 0.5f;
    text_draw(app->text, TEXT_BODY_BOLD, ROW_LABELS[i], (int)(r.x + pad), (int)ty, 0, th->text, TEXT_LEFT);
    if (L->roomy)
        text_draw(app->text, TEXT_SMALL, ROW_HELP[i], (int)(r.x + pad), (int)(ty + (float)lb), (int)L->text_w,
                  th->text_dim, TEXT_LEFT);
}

/* The text size (- 100% +) and the theme switch, the chosen half filled. */
static void draw_scale_and_theme(App *app, const Layout *L) {
    const Theme *th = &app->theme;
    const Settings *s = &app->settings;
    float S = app->ui.s;
    char pct[16];
    snprintf(pct, sizeof pct, "%d%%", (int)lroundf(s->ui_scale * 100));
    draw_round_button(app, L->minus, "\xE2\x88\x92", s->ui_scale > SETTINGS_SCALE_MIN + 0.001f);
    draw_round_button(app, L->plus, "+", s->ui_scale < SETTINGS_SCALE_MAX - 0.001f);
    int lb = text_line_height(app->text, TEXT_BODY_BOLD);
    text_draw(app->text, TEXT_BODY_BOLD, pct, (int)((L->minus.x + L->minus.w + L->plus.x) * 0.5f),
              (int)(L->minus.y + (L->minus.h - (float)lb) * 0.5f), 0, th->text, TEXT_CENTER);
    SDL_FRect both = {L->seg[0].x, L->seg[0].y, L->seg[0].w * 2, L->seg[0].h};
    draw_round_rect(&app->draw, both, both.h * 0.5f, th->surface_sunk);
    static const char *const themes[2] = {"Light", "Dark"};
    for (int i = 0; i < 2; i++) {
        bool on = s->dark == (i == 1);
        SDL_FRect seg = L->seg[i];
        if (on) {
            SDL_FRect in = {seg.x + 3 * S, seg.y + 3 * S, seg.w - 6 * S, seg.h - 6 * S};
            draw_round_rect(&app->draw, in, in.h * 0.5f, th->accent);
        }
        text_draw(app->text, TEXT_BODY_BOLD, themes[i], (int)(seg.x + seg.w * 0.5f),
                  (int)(seg.y + (seg.h - (float)lb) * 0.5f), 0, on ? th->text_on_accent : th->text_dim, TEXT_CENTER);
    }
}

static void settings_draw(App *app) {
    SettingsState *st = app->state;
    const Theme *th = &app->theme;
    const Draw *d = &app->draw;
    Layout L;
    layout(app, &L);
    float S = app->ui.s, W = (float)app->ui.w;
    text_draw(app->text, L.title_role, "Settings", (int)(W * 0.5f), (int)L.title_y, 0, th->text, TEXT_CENTER);
    if (L.roomy)
        text_draw(app->text, TEXT_SMALL, "Changes are saved as you make them.", (int)(W * 0.5f), (int)L.sub_y, 0,
                  th->text_dim, TEXT_CENTER);

    for (int i = 0; i < N_ROWS; i++) draw_row(app, &L, i, st->focus == i);
    const Settings *s = &app->settings;
    draw_scale_and_theme(app, &L);
    draw_switch(app, L.toggles[ROW_MOTION], s->reduced_motion);
    draw_switch(app, L.toggles[ROW_FULLSCREEN], s->fullscreen);
    draw_switch(app, L.toggles[ROW_TV], app->tv);
    draw_switch(app, L.toggles[ROW_RUMBLE], s->rumble);

    draw_button(d, L.back, "Back", BUTTON_NORMAL, st->focus == FOCUS_BACK, 1.0f);
    draw_button(d, L.forget, "Forget everything", BUTTON_QUIET, st->focus == FOCUS_FORGET, 1.0f);
    if (L.roomy) {
        char path[VFS_PATH_MAX], line[VFS_PATH_MAX + 32];
        if (vfs_data_path("settings.ini", path, sizeof path)) {
            snprintf(line, sizeof line, "Saved in %s", path);
            text_draw(app->text, TEXT_SMALL, line, (int)(W * 0.5f), (int)L.path_y, (int)(W - 48 * S),
                      color_alpha(th->text_dim, 0.8f), TEXT_CENTER);
        }
    }
}

const Screen SCREEN_SETTINGS = {
    .name = "settings",
    .state_size = sizeof(SettingsState),
    .draw = settings_draw,
    .input = settings_input,
};
