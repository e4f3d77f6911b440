/* The window and the renderer, the layout for the output size and the TV layout, and
 * the settings applied to them. */
#include "app/display.h"

#include "core/i18n.h"

#include "app/app.h"
#include "app/game.h"
#include "app/notice.h"
#include "app/platform/gpu.h"

#include <SDL.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

enum { MIN_W = 800, MIN_H = 450 };

/* TV layout: everything this much bigger, inside a margin of this share of each side
 * (the "title-safe" area TVs are guaranteed to show). */
#define TV_SCALE 1.2f
#define TV_MARGIN 0.05f
#define TV_RING 1.5f

void display_fit(App *app) {
    int ow, oh, ww, wh;
    SDL_GetRendererOutputSize(app->renderer, &ow, &oh);
    SDL_GetWindowSize(app->window, &ww, &wh);
    app->display.out_w = ow;
    app->display.out_h = oh;
    app->tv = app->settings.tv_mode || app->display.tv_auto;
    app->view = (SDL_Rect){0, 0, ow, oh};
    if (app->tv) {
        /* Screens lay out in the safe area as if it were the whole window; the
         * background still reaches the edges (screen_draw). */
        int mx = (int)lroundf((float)ow * TV_MARGIN), my = (int)lroundf((float)oh * TV_MARGIN);
        app->view = (SDL_Rect){mx, my, ow - 2 * mx, oh - 2 * my};
    }
    ui_update(&app->ui, app->view.w, app->view.h, app->settings.ui_scale * (app->tv ? TV_SCALE : 1.0f));
    if (app->tv) app->ui.ring = TV_RING; /* focus seen from the sofa */
    /* Big text on a small window: a taller page, at the same scale, that scrolls. */
    Display *dp = &app->display;
    dp->page_h = 0;
    if (!dp->page_barred && (app->ui.lh < DISPLAY_PAGE_MIN_H - 0.5f || dp->page_want > app->ui.h)) {
        dp->page_h = (int)ceilf(DISPLAY_PAGE_MIN_H * app->ui.s);
        if (dp->page_h < app->ui.h) dp->page_h = app->ui.h;
        if (dp->page_h < dp->page_want) dp->page_h = dp->page_want;
        app->ui.h = dp->page_h;
        app->ui.lh = (float)dp->page_h / app->ui.s;
        app->frame.on = true; /* the page follows the focus the frames show */
    }
    if (dp->scroll > dp->page_h - app->view.h) dp->scroll = dp->page_h > app->view.h ? dp->page_h - app->view.h : 0;
    if (!dp->page_h) dp->scroll = 0;
    input_set_sizes(&app->input, ww, wh, ow, oh);
    input_set_origin(&app->input, app->view.x, app->view.y - dp->scroll);
    /* Screen code (input callbacks too) always runs with this viewport set. */
    SDL_RenderSetViewport(app->renderer, &app->view);
    if (app->text) {
        text_set_floor(app->text, app->tv ? display_tv_min_px(oh) : 0);
        text_set_scale(app->text, app->ui.s);
    }
    app_redraw(app);
}

int display_tv_min_px(int out_h) { return (int)ceilf(30.0f * (float)out_h / 1080.0f); }

bool display_paged(const App *app) { return app->display.page_h > 0; }

void display_frame_begin(App *app) {
    Display *dp = &app->display;
    if (!dp->page_h) return;
    if (!dp->page || dp->page_w != app->ui.w || dp->page_tex_h != dp->page_h) {
        if (dp->page) SDL_DestroyTexture(dp->page);
        dp->page =
            SDL_CreateTexture(app->renderer, SDL_PIXELFORMAT_RGBA8888, SDL_TEXTUREACCESS_TARGET, app->ui.w, dp->page_h);
        dp->page_w = app->ui.w;
        dp->page_tex_h = dp->page_h;
        if (!dp->page) SDL_Log("app: no page for big text: %s", SDL_GetError());
    }
    if (dp->page) SDL_SetRenderTarget(app->renderer, dp->page);
    SDL_RenderSetViewport(app->renderer, NULL);
}

void display_frame_end(App *app) {
    Display *dp = &app->display;
    if (!dp->page_h || !dp->page) return;
    SDL_SetRenderTarget(app->renderer, NULL);
    SDL_RenderSetViewport(app->renderer, &app->view);
    int vh = app->view.h;
    draw_vignette(&app->draw);
    SDL_Rect src = {0, dp->scroll, app->ui.w, vh}, dst = {0, 0, app->ui.w, vh};
    SDL_RenderCopy(app->renderer, dp->page, &src, &dst);
    /* A thin bar at the right edge says where on the page the window is. */
    float S = app->ui.s, frac = (float)vh / (float)dp->page_h;
    float bar_h = (float)vh * frac, bar_y = (float)dp->scroll * frac;
    SDL_FRect bar = {(float)app->ui.w - 8 * S, bar_y + 2 * S, 5 * S, bar_h - 4 * S};
    draw_round_rect(&app->draw, bar, 2.5f * S, color_alpha(app->theme.text_dim, 0.6f));
}

void display_need_height(App *app, float px) {
    int want = (int)ceilf(px);
    if (want > app->ui.h && want > app->display.page_want) app->display.page_want = want;
}

bool display_settle_page(App *app) {
    if (app->display.page_want <= app->ui.h) return false;
    display_fit(app);
    return true;
}

void display_forget_page(App *app) {
    Display *dp = &app->display;
    bool wanted = dp->page_want > 0;
    dp->page_want = 0;
    if (dp->scroll) {
        dp->scroll = 0;
        input_set_origin(&app->input, app->view.x, app->view.y);
    }
    if (wanted) display_fit(app);
}

bool display_page_for_screen(App *app) {
    /* The top screen decides: a dialog over the card (the menu, a break) may need the
     * page, and the card under it is laid out on the page too while it shows. */
    const Screen *top = screen_top(app);
    bool barred = top && top->fits_window;
    if (barred == app->display.page_barred) return false;
    app->display.page_barred = barred;
    app->display.page_want = 0;
    app->display.scroll = 0;
    display_fit(app);
    return true;
}

bool display_scroll_by(App *app, int dy) {
    Display *dp = &app->display;
    if (!dp->page_h) return false;
    int max = dp->page_h - app->view.h, to = dp->scroll + dy;
    if (to > max) to = max;
    if (to < 0) to = 0;
    if (to == dp->scroll) return false;
    dp->scroll = to;
    input_set_origin(&app->input, app->view.x, app->view.y - dp->scroll);
    app_redraw(app);
    return true;
}

bool display_show(App *app, SDL_Rect r) {
    Display *dp = &app->display;
    if (!dp->page_h) return false;
    int m = (int)(16 * app->ui.s), vh = app->view.h;
    if (r.y - m < dp->scroll || r.h + 2 * m > vh) return display_scroll_by(app, r.y - m - dp->scroll);
    if (r.y + r.h + m > dp->scroll + vh) return display_scroll_by(app, r.y + r.h + m - dp->scroll - vh);
    return false;
}

void display_seat_taken(App *app) {
    if (app->display.tv_auto) return;
    app->display.tv_auto = true;
    if (!app->tv) display_fit(app);
}

void display_set_tv(App *app, bool on) {
    app->settings.tv_mode = on;
    if (!on) app->display.tv_auto = false;
    display_settings_changed(app);
}

void display_settings_changed(App *app) {
    theme_get(&app->theme, app->settings.dark, app->settings.high_contrast);
    app->pads.rumble = app->settings.rumble;
    voice_settings_changed(app);
    input_set_keys(&app->settings.keys);
    /* Sessions started from now on count down this long (a running one keeps its own). */
    if (app->game) app->game->setup.countdown_ms = app->settings.countdown_ms;
    display_fit(app);
    if (!app->display.can_save_settings) return;
    char err[300];
    if (!settings_save(&app->settings, err, sizeof err)) notice_add(app, _("Could not save your settings: %s"), err);
}

void display_toggle_fullscreen(App *app) {
    app->settings.fullscreen = !app->settings.fullscreen;
    /* In a replay the recorded resize events carry the size; the real window stays put. */
    if (!app->replaying &&
        SDL_SetWindowFullscreen(app->window, app->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) != 0) {
        SDL_Log("app: fullscreen: %s", SDL_GetError());
        app->settings.fullscreen = !app->settings.fullscreen;
        return;
    }
    display_settings_changed(app);
}

/* ---- Window and renderer ---- */

/* The dummy and offscreen drivers, a software renderer asked for, or no GPU at all. */
static bool software_only(void) {
    const char *drv = SDL_GetCurrentVideoDriver();
    const char *want = SDL_GetHint(SDL_HINT_RENDER_DRIVER);
    return (drv && (!strcmp(drv, "dummy") || !strcmp(drv, "offscreen"))) || (want && !strcmp(want, "software")) ||
           !gpu_likely();
}

/* A GPU renderer with vsync, unless it turns out to be a CPU rasterizer; leaves
 * app->renderer NULL when there is none worth having. */
static void open_accelerated(App *app, int w, int h, Uint32 flags) {
    app->window = SDL_CreateWindow("Gray Area", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!app->window) return;
    app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (app->renderer && gpu_renderer_is_cpu(app->renderer)) {
        SDL_DestroyRenderer(app->renderer);
        app->renderer = NULL;
    }
    if (!app->renderer) {
        SDL_DestroyWindow(app->window);
        app->window = NULL;
    }
}

static bool open_software(App *app, int w, int h, Uint32 flags, char *err, size_t n) {
    /* Must be set before the window exists: without it SDL 2.26 gives the software
     * renderer's window surface to Mesa's OpenGL (+110 MB, slower frames). */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    app->window = SDL_CreateWindow("Gray Area", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!app->window) {
        snprintf(err, n, "cannot open a window: %s", SDL_GetError());
        return false;
    }
    app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_SOFTWARE);
    if (!app->renderer) {
        snprintf(err, n, "cannot draw in the window: %s", SDL_GetError());
        return false;
    }
    app->software = true;
    return true;
}

/* Vsync, a minimum size, the icon and blending. */
static void finish_window(App *app) {
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(app->renderer, &info) == 0) {
        /* The software renderer may claim vsync, but its window updates do not wait. */
        app->display.vsync = (info.flags & SDL_RENDERER_PRESENTVSYNC) && !(info.flags & SDL_RENDERER_SOFTWARE);
        SDL_Log("app: renderer %s%s", info.name, app->display.vsync ? " (vsync)" : "");
    }
    SDL_SetWindowMinimumSize(app->window, MIN_W, MIN_H);
    Theme light;
    theme_get(&light, false, false);
    SDL_Surface *icon = draw_logo_surface(&light, 64);
    if (icon) {
        SDL_SetWindowIcon(app->window, icon);
        SDL_FreeSurface(icon);
    }
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_BLEND);
}

bool display_open(App *app, int w, int h, bool fullscreen, char *err, size_t n) {
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_HIDDEN |
                   (fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    if (!software_only()) open_accelerated(app, w, h, flags);
    if (!app->renderer && !open_software(app, w, h, flags, err, n)) return false;
    finish_window(app);
    return true;
}

void display_close(App *app) {
    if (app->display.page) SDL_DestroyTexture(app->display.page);
    app->display.page = NULL;
    if (app->renderer) SDL_DestroyRenderer(app->renderer);
    if (app->window) SDL_DestroyWindow(app->window);
    app->renderer = NULL;
    app->window = NULL;
}
