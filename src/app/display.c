/* The window and the renderer, the layout for the output size and the TV layout, and
 * the settings applied to them. */
#include "app/display.h"

#include "app/app.h"
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
    input_set_sizes(&app->input, ww, wh, ow, oh);
    input_set_origin(&app->input, app->view.x, app->view.y);
    /* Screen code (input callbacks too) always runs with this viewport set. */
    SDL_RenderSetViewport(app->renderer, &app->view);
    if (app->text) text_set_scale(app->text, app->ui.s);
    app_redraw(app);
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
    theme_get(&app->theme, app->settings.dark);
    app->pads.rumble = app->settings.rumble;
    display_fit(app);
    if (!app->display.can_save_settings) return;
    char err[300];
    if (!settings_save(&app->settings, err, sizeof err)) notice_add(app, "Could not save your settings: %s", err);
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
    theme_get(&light, false);
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
    if (app->renderer) SDL_DestroyRenderer(app->renderer);
    if (app->window) SDL_DestroyWindow(app->window);
    app->renderer = NULL;
    app->window = NULL;
}
