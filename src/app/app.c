/* The main loop: window and renderer, the screen stack, timing, recording, replay and screenshots. */
#define _XOPEN_SOURCE 700

#include "app/app.h"

#include "app/game.h"
#include "app/ui/look.h"
#include "app/screens/play.h"
#include "app/platform/terminal.h"
#include "app/platform/replay.h"
#include "app/screen.h"
#include "app/platform/shot.h"
#include "app/platform/vfs.h"

#include <SDL.h>
#include <SDL_image.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum {
    STACK_MAX = 6,
    PENDING_MAX = 8,
    FRAME_MS = 16,        /* animation frame pacing when there is no vsync */
    IDLE_WAKE_MS = 1000,  /* nothing animates: sleep in SDL_WaitEventTimeout this long */
    FADE_MS = 220,        /* a new screen fades in */
    SETTLE_MAX_MS = 3000, /* end of replay: let animations finish, but not forever */
    MIN_W = 800,
    MIN_H = 450,
    HOOK_WAKE_MS = 10, /* with a test's frame hook: wake often, the test drives the pace */
    TOAST_MS = 3200,   /* how long a toast stays */
    TOAST_FADE_MS = 400,
};

/* TV layout: everything this much bigger, inside a margin of this share of each side
 * (the "title-safe" area TVs are guaranteed to show). */
#define TV_SCALE 1.2f
#define TV_MARGIN 0.05f
#define TV_RING 1.5f

typedef enum PendingOp { OP_SWITCH, OP_PUSH, OP_POP } PendingOp;

typedef struct Pending {
    PendingOp op;
    const Screen *screen;
} Pending;

struct AppPrivate {
    const AppOptions *opt;
    const Screen *stack[STACK_MAX];
    void *states[STACK_MAX];
    uint32_t since[STACK_MAX]; /* when each was entered */
    int depth;
    Pending pending[PENDING_MAX];
    int n_pending;

    bool quit;
    int exit_code;
    bool dirty;     /* something changed: draw a frame */
    bool animating; /* a screen or the fade wants frames */
    bool fading;
    uint32_t fade_since;
    bool vsync;
    bool text_input;
    bool can_save_settings;
    bool shown; /* the window is created hidden and shown after the first frame */

    bool shot_pending;
    char shot_name[64];
    Shot shot;

    Recorder rec;
    bool recording;
    Replay replay;
    int announced_w, announced_h; /* the size the last INPUT_RESIZE told the screens */
    int out_w, out_h;             /* the renderer's output, in pixels */
    bool tv_auto;                 /* a controller took a seat: TV layout until turned off */
};

static void maybe_shot(App *app, bool force);

/* Points app->state and app->screen_since at stack entry i (or at nothing). */
static void use_layer(App *app, int i) {
    struct AppPrivate *p = app->priv;
    app->state = (i >= 0 && i < p->depth) ? p->states[i] : NULL;
    app->screen_since = (i >= 0 && i < p->depth) ? p->since[i] : app->now;
}

/* ---- Screens ---- */

void app_switch(App *app, const Screen *s) {
    struct AppPrivate *p = app->priv;
    if (p->n_pending < PENDING_MAX) p->pending[p->n_pending++] = (Pending){OP_SWITCH, s};
}

void app_push(App *app, const Screen *s) {
    struct AppPrivate *p = app->priv;
    if (p->n_pending < PENDING_MAX) p->pending[p->n_pending++] = (Pending){OP_PUSH, s};
}

void app_pop(App *app) {
    struct AppPrivate *p = app->priv;
    if (p->n_pending < PENDING_MAX) p->pending[p->n_pending++] = (Pending){OP_POP, NULL};
}

const Screen *app_top(const App *app) {
    const struct AppPrivate *p = app->priv;
    return p->depth > 0 ? p->stack[p->depth - 1] : NULL;
}

const Screen *app_below(const App *app) {
    const struct AppPrivate *p = app->priv;
    return p->depth > 1 ? p->stack[p->depth - 2] : NULL;
}

void app_quit(App *app, int code) {
    app->priv->quit = true;
    app->priv->exit_code = code;
}

void app_ask_quit(App *app) {
    if (app_top(app) == &SCREEN_QUIT)
        app_quit(app, 0);
    else
        app_push(app, &SCREEN_QUIT);
}

void app_redraw(App *app) { app->priv->dirty = true; }

void app_request_shot(App *app, const char *name) {
    struct AppPrivate *p = app->priv;
    if (!shot_enabled(&p->shot)) return;
    if (p->shot_pending) maybe_shot(app, true); /* do not lose the one already waiting */
    p->shot_pending = true;
    snprintf(p->shot_name, sizeof p->shot_name, "%s", name);
    p->dirty = true;
}

void app_text_input(App *app, bool on) {
    if (app->priv->text_input == on) return;
    app->priv->text_input = on;
    if (on)
        SDL_StartTextInput();
    else
        SDL_StopTextInput();
    input_set_text_mode(&app->input, on);
}

void app_notice(App *app, const char *fmt, ...) {
    char msg[APP_NOTICE_LEN];
    va_list ap;
    va_start(ap, fmt);
    utf8_vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    SDL_Log("notice: %s", msg);
    /* The first ones usually explain the rest; the log has them all. */
    if (app->n_notices == APP_NOTICE_MAX)
        snprintf(app->notices[APP_NOTICE_MAX - 1], APP_NOTICE_LEN, "%s",
                 "There are more notices than fit here: the terminal output (the log) lists them all.");
    else
        snprintf(app->notices[app->n_notices++], APP_NOTICE_LEN, "%s", msg);
    app->priv->dirty = true;
}

void app_toast(App *app, const char *msg) {
    snprintf(app->toast, sizeof app->toast, "%s", msg);
    app->toast_since = app->now;
    app->priv->dirty = true;
}

static bool toast_showing(const App *app) { return app->toast[0] && app->now - app->toast_since < TOAST_MS; }

static void draw_toast(App *app) {
    if (!toast_showing(app)) return;
    const Theme *th = &app->theme;
    float S = app->ui.s, W = (float)app->ui.w;
    uint32_t age = app->now - app->toast_since;
    float a = age + TOAST_FADE_MS > TOAST_MS ? (float)(TOAST_MS - age) / TOAST_FADE_MS : 1.0f;
    if (app->settings.reduced_motion) a = 1.0f;
    /* At the top, where no screen keeps anything that matters while a toast is up. */
    SDL_Point sz = text_measure(app->text, TEXT_BODY_BOLD, app->toast, 0, TEXT_CENTER);
    if ((float)sz.x > W * 0.7f) sz = text_measure(app->text, TEXT_BODY_BOLD, app->toast, (int)(W * 0.7f), TEXT_CENTER);
    SDL_FRect r = {(W - (float)sz.x) * 0.5f - 28 * S, 16 * S, (float)sz.x + 56 * S, (float)sz.y + 30 * S};
    draw_shadow(&app->draw, r, r.h * 0.3f, 12 * S, color_alpha(th->shadow, a));
    draw_round_rect(&app->draw, r, fminf(r.h * 0.5f, 28 * S), color_alpha(th->text, 0.94f * a));
    text_draw(app->text, TEXT_BODY_BOLD, app->toast, (int)(W * 0.5f), (int)(r.y + 15 * S), (int)(W * 0.7f),
              color_alpha(th->bg, a), TEXT_CENTER);
}

void app_notice_dismiss(App *app) {
    if (app->n_notices == 0) return;
    memmove(app->notices[0], app->notices[1], sizeof app->notices[0] * (APP_NOTICE_MAX - 1));
    app->n_notices--;
    app->priv->dirty = true;
}

float app_anim(const App *app, uint32_t since, uint32_t dur) {
    if (app->settings.reduced_motion || dur == 0) return 1.0f;
    uint32_t el = app->now - since;
    return el >= dur ? 1.0f : (float)el / (float)dur;
}

float app_ease(float t) {
    if (t <= 0) return 0;
    if (t >= 1) return 1;
    float u = 1 - t;
    return 1 - u * u * u;
}

int app_hit(const SDL_FRect *rects, int n, int x, int y) {
    for (int i = 0; i < n; i++)
        if (rect_contains(rects[i], (float)x, (float)y)) return i;
    return -1;
}

static void screen_enter(App *app, const Screen *s) {
    struct AppPrivate *p = app->priv;
    if (p->depth == STACK_MAX) {
        SDL_Log("app: too many screens on the stack; %s not shown", s->name);
        return;
    }
    void *st = s->state_size ? calloc(1, s->state_size) : NULL;
    if (s->state_size && !st) {
        SDL_Log("app: out of memory entering %s", s->name);
        return;
    }
    p->stack[p->depth] = s;
    p->states[p->depth] = st;
    p->since[p->depth] = app->now;
    p->depth++;
    use_layer(app, p->depth - 1);
    if (s->enter) s->enter(app);
    p->shot_pending = true;
    snprintf(p->shot_name, sizeof p->shot_name, "%s", s->name);
    p->dirty = true;
}

static void screen_leave(App *app) {
    struct AppPrivate *p = app->priv;
    if (p->depth == 0) return;
    int i = p->depth - 1;
    use_layer(app, i);
    if (p->stack[i]->leave) p->stack[i]->leave(app);
    free(p->states[i]);
    p->depth--;
    use_layer(app, p->depth - 1);
    p->dirty = true;
}

static void tick(App *app, uint32_t dt);

static void process_pending(App *app) {
    struct AppPrivate *p = app->priv;
    if (p->n_pending == 0) return;
    maybe_shot(app, true); /* the screen being left or covered gets its picture first */
    /* Ops queued by enter/leave run in the same pass. */
    for (int i = 0; i < p->n_pending && i < 32; i++) {
        PendingOp op = p->pending[i].op;
        const Screen *s = p->pending[i].screen;
        if (op == OP_SWITCH) {
            while (p->depth) screen_leave(app);
            app_text_input(app, false);
            screen_enter(app, s);
            if (!app->settings.reduced_motion) {
                p->fading = true;
                p->fade_since = app->now;
            }
        } else if (op == OP_PUSH) {
            app_text_input(app, false);
            screen_enter(app, s);
        } else if (p->depth > 1) {
            screen_leave(app);
        }
    }
    p->n_pending = 0;
    use_layer(app, p->depth - 1);
    tick(app, 0); /* whether the new screen animates decides when its screenshot is due */
}

/* ---- Settings, sizes, fullscreen ---- */

static void apply_size(App *app) {
    int ow, oh, ww, wh;
    SDL_GetRendererOutputSize(app->renderer, &ow, &oh);
    SDL_GetWindowSize(app->window, &ww, &wh);
    app->priv->out_w = ow;
    app->priv->out_h = oh;
    app->tv = app->settings.tv_mode || app->priv->tv_auto;
    app->view = (SDL_Rect){0, 0, ow, oh};
    if (app->tv) {
        /* Screens lay out in the safe area as if it were the whole window; the
         * background still reaches the edges (draw_frame). */
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
    app->priv->dirty = true;
}

void app_set_tv(App *app, bool on) {
    app->settings.tv_mode = on;
    if (!on) app->priv->tv_auto = false;
    app_settings_changed(app);
}

void app_settings_changed(App *app) {
    theme_get(&app->theme, app->settings.dark);
    app->pads.rumble = app->settings.rumble;
    apply_size(app);
    if (!app->priv->can_save_settings) return;
    char err[300];
    if (!settings_save(&app->settings, err, sizeof err)) app_notice(app, "Could not save your settings: %s", err);
}

void app_toggle_fullscreen(App *app) {
    app->settings.fullscreen = !app->settings.fullscreen;
    /* In a replay the recorded resize events carry the size; the real window stays put. */
    if (!app->replaying &&
        SDL_SetWindowFullscreen(app->window, app->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) != 0) {
        SDL_Log("app: fullscreen: %s", SDL_GetError());
        app->settings.fullscreen = !app->settings.fullscreen;
        return;
    }
    app_settings_changed(app);
}

/* ---- Window and renderer ---- */

#ifdef _WIN32
#define GA_GLAPI __stdcall
#else
#define GA_GLAPI
#endif
typedef const unsigned char *(GA_GLAPI *GlGetStringFn)(unsigned int);

/* Whether an OpenGL renderer is really Mesa's CPU rasterizer in disguise: it costs
 * ~110 MB and is slower than SDL's own software renderer. */
static bool gl_is_software(SDL_Renderer *r) {
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(r, &info) != 0 || strncmp(info.name, "opengl", 6) != 0) return false;
    void *sym = SDL_GL_GetProcAddress("glGetString");
    if (!sym) return false;
    GlGetStringFn get;
    memcpy(&get, &sym, sizeof get); /* object to function pointer, without the pedantic warning */
    const char *name = (const char *)get(0x1F01 /* GL_RENDERER */);
    if (!name) return false;
    SDL_Log("app: OpenGL renderer: %s", name);
    return strstr(name, "llvmpipe") || strstr(name, "softpipe") || strstr(name, "Software Rasterizer") ||
           strstr(name, "SWR");
}

/* No GPU device node means Mesa would rasterize on the CPU anyway: skip straight to
 * the software renderer instead of paying for a GL context first. */
static bool gpu_likely(void) {
#ifdef __linux__
    return access("/dev/dri", F_OK) == 0 || access("/dev/nvidiactl", F_OK) == 0;
#else
    return true;
#endif
}

static bool create_display(App *app, int w, int h, bool fullscreen, char *err, size_t n) {
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_HIDDEN |
                   (fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    const char *drv = SDL_GetCurrentVideoDriver();
    const char *want = SDL_GetHint(SDL_HINT_RENDER_DRIVER);
    bool software_only = (drv && (!strcmp(drv, "dummy") || !strcmp(drv, "offscreen"))) ||
                         (want && !strcmp(want, "software")) || !gpu_likely();
    if (!software_only) {
        app->window = SDL_CreateWindow("Gray Area", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
        if (app->window) {
            app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
            if (app->renderer && gl_is_software(app->renderer)) {
                SDL_DestroyRenderer(app->renderer);
                app->renderer = NULL;
            }
            if (!app->renderer) {
                SDL_DestroyWindow(app->window);
                app->window = NULL;
            }
        }
    }
    if (!app->renderer) {
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
    }
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(app->renderer, &info) == 0) {
        /* The software renderer may claim vsync, but its window updates do not wait. */
        app->priv->vsync = (info.flags & SDL_RENDERER_PRESENTVSYNC) && !(info.flags & SDL_RENDERER_SOFTWARE);
        SDL_Log("app: renderer %s%s", info.name, app->priv->vsync ? " (vsync)" : "");
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
    return true;
}

/* ---- Frames ---- */

static void draw_frame(App *app) {
    struct AppPrivate *p = app->priv;
    draw_vignette(&app->draw); /* the whole output, TV margins included */
    int first = p->depth - 1;
    while (first > 0 && p->stack[first]->overlay) first--;
    for (int i = first < 0 ? 0 : first; i < p->depth; i++) {
        use_layer(app, i);
        p->stack[i]->draw(app);
    }
    use_layer(app, p->depth - 1);
    if (p->fading) {
        float t = app_ease(app_anim(app, p->fade_since, FADE_MS));
        SDL_FRect all = {0, 0, (float)app->ui.w, (float)app->ui.h};
        draw_rect(&app->draw, all, color_alpha(app->theme.bg, 1.0f - t));
    }
    draw_toast(app);
}

static void tick(App *app, uint32_t dt) {
    struct AppPrivate *p = app->priv;
    bool was = p->animating;
    bool anim = false;
    if (p->depth) {
        const Screen *top = p->stack[p->depth - 1];
        use_layer(app, p->depth - 1);
        if (top->tick) anim = top->tick(app, dt);
    }
    if (p->fading && app_anim(app, p->fade_since, FADE_MS) >= 1.0f) p->fading = false;
    p->animating = anim || p->fading || toast_showing(app);
    /* One more frame after the last animated one, so the final state is on screen. */
    if (was || p->animating) p->dirty = true;
}

static void take_shot(App *app, const char *suffix) {
    struct AppPrivate *p = app->priv;
    char name[96], err[300];
    snprintf(name, sizeof name, "%s%s", p->shot_name, suffix);
    /* The whole output, TV margins included. */
    SDL_RenderSetViewport(app->renderer, NULL);
    if (!shot_save(&p->shot, app->renderer, name, err, sizeof err)) SDL_Log("%s", err);
    SDL_RenderSetViewport(app->renderer, &app->view);
}

/* The pending screenshot of a new screen is taken once it has settled (its entry
 * animation is over), or right before it is left or an input reaches it, whichever
 * comes first. All three happen at the same logical times live and in a replay, so
 * both runs save the same pictures. */
static void maybe_shot(App *app, bool force) {
    struct AppPrivate *p = app->priv;
    if (!p->shot_pending) return;
    if (!shot_enabled(&p->shot)) {
        p->shot_pending = false;
        return;
    }
    if (p->animating && !force) return;
    /* A forced picture (input arrived first) shows the screen as it settles, not a
     * frame of its fade-in: drawing reads the clock but changes nothing. */
    uint32_t now = app->now, toast_since = app->toast_since;
    if (p->animating) {
        app->now += SETTLE_MAX_MS;
        app->toast_since += SETTLE_MAX_MS; /* a toast is shown as it is now, not gone */
    }
    draw_frame(app);
    app->now = now;
    app->toast_since = toast_since;
    take_shot(app, "");
    p->shot_pending = false;
}

static void present(App *app) {
    struct AppPrivate *p = app->priv;
    draw_frame(app);
    if (p->shot_pending && !p->animating) {
        if (shot_enabled(&p->shot)) take_shot(app, "");
        p->shot_pending = false;
    }
    SDL_RenderPresent(app->renderer);
    if (!p->shown) {
        SDL_ShowWindow(app->window);
        p->shown = true;
    }
    p->dirty = false;
}

/* ---- Controllers ---- */

static bool session_running(const App *app) {
    const Session *s = app->game ? app->game->session : NULL;
    return s && s->phase != PHASE_SUMMARY;
}

/* Whether s is on the stack, or about to be pushed. */
static bool on_stack(const App *app, const Screen *s) {
    const struct AppPrivate *p = app->priv;
    for (int i = 0; i < p->depth; i++)
        if (p->stack[i] == s) return true;
    for (int i = 0; i < p->n_pending; i++)
        if (p->pending[i].op != OP_POP && p->pending[i].screen == s) return true;
    return false;
}

/* What an answer can change, to tell whether a pad's press locked something in. */
typedef struct PickState {
    int phase, round, n_records, pick[2];
    bool locked[2];
} PickState;

static PickState pick_state(const App *app) {
    PickState ps = {0, 0, 0, {0, 0}, {false, false}};
    const Session *s = app->game ? app->game->session : NULL;
    if (!s) return ps;
    ps.phase = (int)s->phase;
    ps.round = s->round;
    ps.n_records = s->n_records;
    for (int i = 0; i < 2; i++) {
        ps.pick[i] = s->pick[i];
        ps.locked[i] = session_locked(s, i);
    }
    return ps;
}

/* A seat changed: the layout, the toast and the join overlay follow. */
static void pads_changed(App *app, const InputEvent *ev) {
    struct AppPrivate *p = app->priv;
    pads_apply(&app->pads, ev);
    switch ((PadChange)ev->value) {
    case PAD_JOINED:
    case PAD_BACK:
        /* Someone picked up a controller: they are probably across the room. */
        if (!p->tv_auto) {
            p->tv_auto = true;
            if (!app->tv) apply_size(app);
        }
        break;
    case PAD_REFUSED: app_toast(app, "Two players are already seated."); break;
    case PAD_KNOCK:
        if (!on_stack(app, &SCREEN_JOIN_OVER) && !on_stack(app, &SCREEN_RECONNECT)) app_push(app, &SCREEN_JOIN_OVER);
        break;
    default: break;
    }
}

/* The reconnect screen shows while a seat waits for its controller during a session,
 * whatever else is showing, and goes once no seat waits. */
static void follow_pads(App *app) {
    bool lost = pads_any_lost(&app->pads) && session_running(app);
    if (lost && !on_stack(app, &SCREEN_RECONNECT)) app_push(app, &SCREEN_RECONNECT);
    if (!lost && app_top(app) == &SCREEN_RECONNECT && app->priv->n_pending == 0) app_pop(app);
    SDL_Color colors[PADS_SEATS] = {look_player_color(app, 0), look_player_color(app, 1)};
    pads_set_colors(&app->pads, colors);
}

static void dispatch(App *app, const InputEvent *in) {
    struct AppPrivate *p = app->priv;
    InputEvent e = *in;
    const InputEvent *ev = &e;
    const Screen *top = app_top(app);
    /* A pad's face buttons answer only on a card being answered; elsewhere they are
     * menu buttons (input.h). Decided here, before recording, so a replay gets the
     * meaning that applied. */
    if (e.device == DEVICE_GAMEPAD && e.kind != INPUT_PAD && !(top && top->answers)) {
        if (e.menu_kind == INPUT_NONE) return;
        if (e.kind != e.menu_kind) e.value = 0;
        e.kind = e.menu_kind;
    }
    /* The picture of the current screen is taken before input can change what it shows
     * (a screen may draw game state that this very event moves on). */
    maybe_shot(app, true);
    if (p->recording) recorder_write(&p->rec, app->now, ev);
    p->dirty = true;
    app->last_device = e.device;
    if (e.kind == INPUT_PAD) {
        pads_changed(app, ev);
        /* Only the screens about seats care which controller came or went. */
        if (top == &SCREEN_JOIN || top == &SCREEN_JOIN_OVER || top == &SCREEN_RECONNECT) {
            use_layer(app, p->depth - 1);
            top->input(app, ev);
        }
        process_pending(app);
        follow_pads(app);
        process_pending(app);
        return;
    }
    bool answering = e.device == DEVICE_GAMEPAD && e.player >= 0 && top && top->answers;
    PickState before = pick_state(app);
    switch (ev->kind) {
    case INPUT_FULLSCREEN: app_toggle_fullscreen(app); return;
    case INPUT_QUIT: app_ask_quit(app); return;
    case INPUT_RESIZE:
        if (app->replaying) {
            SDL_SetWindowSize(app->window, ev->x, ev->y);
            apply_size(app);
        }
        break;
    case INPUT_POINTER_MOVE:
    case INPUT_PRESS:
    case INPUT_CLICK:
        app->pointer_x = ev->x;
        app->pointer_y = ev->y;
        app->pointer_active = true;
        break;
    case INPUT_SCROLL: break;
    default: app->pointer_active = false; break;
    }
    if (p->depth) {
        use_layer(app, p->depth - 1);
        p->stack[p->depth - 1]->input(app, ev);
    }
    if (answering) {
        /* A short buzz says "locked in" without anyone looking at the screen. */
        PickState after = pick_state(app);
        int pl = e.player;
        bool moved_on =
            after.phase != before.phase || after.round != before.round || after.n_records != before.n_records;
        bool locked = after.locked[pl] && (!before.locked[pl] || after.pick[pl] != before.pick[pl]);
        if (moved_on || locked) pads_rumble(&app->pads, pl);
    }
    process_pending(app);
    follow_pads(app);
    process_pending(app);
}

/* Window housekeeping that is not input; returns true when ev was one of these. */
static bool window_event(App *app, const SDL_Event *ev) {
    if (ev->type == SDL_RENDER_TARGETS_RESET || ev->type == SDL_RENDER_DEVICE_RESET) {
        text_flush(app->text);
        draw_cache_flush(app->draw.cache);
        SDL_RenderSetViewport(app->renderer, &app->view);
        app->priv->dirty = true;
        return true;
    }
    if (ev->type == SDL_QUIT) {
        /* A signal or the session logging out (closing the window is
         * SDL_WINDOWEVENT_CLOSE, see input.c): no time to ask. */
        app_quit(app, 0);
        return true;
    }
    if (ev->type != SDL_WINDOWEVENT) return false;
    switch (ev->window.event) {
    case SDL_WINDOWEVENT_CLOSE: return false; /* input: asks before quitting */
    case SDL_WINDOWEVENT_SIZE_CHANGED:
    case SDL_WINDOWEVENT_DISPLAY_CHANGED:
        if (!app->replaying) {
            struct AppPrivate *p = app->priv;
            apply_size(app);
            /* Compared with what was announced, not with the layout: a fullscreen
             * toggle may have applied the new size already. */
            if (p->out_w != p->announced_w || p->out_h != p->announced_h) {
                p->announced_w = p->out_w;
                p->announced_h = p->out_h;
                InputEvent r;
                memset(&r, 0, sizeof r);
                r.kind = INPUT_RESIZE;
                r.player = -1;
                r.device = DEVICE_WINDOW;
                r.x = p->out_w;
                r.y = p->out_h;
                dispatch(app, &r);
            }
        }
        break;
    default: app->priv->dirty = true; break; /* exposed, focus and friends: redraw */
    }
    return true;
}

static void handle_sdl_event(App *app, const SDL_Event *ev) {
    if (window_event(app, ev)) return;
    if (app->replaying) {
        /* Real input is ignored during a replay, except closing the window. */
        if (ev->type == SDL_WINDOWEVENT && ev->window.event == SDL_WINDOWEVENT_CLOSE) app_quit(app, 0);
        return;
    }
    InputEvent ie;
    if (input_translate(&app->input, ev, &ie)) {
        dispatch(app, &ie);
        return;
    }
    /* What a controller's press means depends on what is showing. */
    const Screen *top = app_top(app);
    app->pads.joining = top == &SCREEN_JOIN || top == &SCREEN_JOIN_OVER ? JOIN_ANY
                        : top == &SCREEN_RECONNECT                      ? JOIN_LOST
                                                                        : JOIN_NONE;
    app->pads.in_session = session_running(app);
    if (pads_translate(&app->pads, ev, &ie)) dispatch(app, &ie);
}

static void run_live(App *app) {
    struct AppPrivate *p = app->priv;
    Uint64 start = SDL_GetTicks64(), last_frame = 0;
    while (!p->quit) {
        if (p->opt->frame_hook) p->opt->frame_hook(app, p->opt->hook_ctx);
        process_pending(app);
        if (p->quit) break;
        Uint64 real = SDL_GetTicks64() - start;
        int timeout;
        if (p->dirty)
            timeout = 0;
        else if (p->animating)
            timeout = p->vsync || real - last_frame >= FRAME_MS ? 0 : (int)(FRAME_MS - (real - last_frame));
        else
            timeout = p->opt->frame_hook ? HOOK_WAKE_MS : IDLE_WAKE_MS;
        /* Controllers are read here, not by SDL (pads.h); an open one sets the pace. */
        int pads_ms = pads_update(&app->pads);
        if (pads_ms > 0 && timeout > pads_ms) timeout = pads_ms;
        SDL_Event ev;
        int have = timeout > 0 ? SDL_WaitEventTimeout(&ev, timeout) : SDL_PollEvent(&ev);
        uint32_t now = (uint32_t)(SDL_GetTicks64() - start);
        uint32_t dt = now - app->now;
        app->now = now;
        /* Time first, then the input stamped with it: a replay does the same. */
        tick(app, dt);
        for (; have && !p->quit; have = SDL_PollEvent(&ev)) handle_sdl_event(app, &ev);
        if (p->quit) break;
        if (p->dirty || p->animating) {
            present(app);
            last_frame = SDL_GetTicks64() - start;
        }
    }
}

static void advance(App *app, uint32_t dt) {
    app->now += dt;
    tick(app, dt);
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) handle_sdl_event(app, &ev);
    maybe_shot(app, false);
}

static void run_replay(App *app) {
    struct AppPrivate *p = app->priv;
    Replay *rp = &p->replay;
    while (!p->quit) {
        process_pending(app);
        if (p->quit) break;
        const ReplayItem *it = replay_peek(rp);
        if (!it) break;
        if (app->now < it->t) {
            /* As fast as possible, but in frame-sized steps while something animates,
             * so time-based animations see steps like those of live play. */
            uint32_t gap = it->t - app->now;
            advance(app, p->animating && gap > FRAME_MS ? FRAME_MS : gap);
            continue;
        }
        /* Layouts are fresh before every event, as after a frame in live play. */
        if (p->dirty) present(app);
        InputEvent ev = it->ev;
        replay_pop(rp);
        dispatch(app, &ev);
        /* An input may start an animation (a countdown): time then moves in frames. */
        process_pending(app);
        tick(app, 0);
    }
    if (p->quit && p->exit_code != 0) return;
    /* The end: let the last screen settle, then a final picture and a clean exit. */
    process_pending(app);
    for (uint32_t waited = 0; p->animating && waited < SETTLE_MAX_MS; waited += FRAME_MS) advance(app, FRAME_MS);
    maybe_shot(app, true);
    draw_frame(app);
    if (shot_enabled(&p->shot)) {
        snprintf(p->shot_name, sizeof p->shot_name, "%s", app_top(app) ? app_top(app)->name : "none");
        take_shot(app, "-end");
    }
    SDL_RenderPresent(app->renderer);
    app_quit(app, 0);
}

/* ---- Start and finish ---- */

static uint64_t fresh_seed(void) {
    uint64_t s = (uint64_t)time(NULL) ^ (SDL_GetPerformanceCounter() * 0x9E3779B97F4A7C15ull);
    return s ? s : 1;
}

static void fatal(const char *msg, bool show_box) {
    terminal_error("%s", msg);
    if (show_box) SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Gray Area", msg, NULL);
}

static void shutdown_app(App *app) {
    struct AppPrivate *p = app->priv;
    while (p->depth) screen_leave(app);
    app_text_input(app, false);
    if (app->game) {
        game_free(app->game);
        free(app->game);
    }
    text_destroy(app->text);
    draw_cache_destroy(app->draw.cache);
    pads_quit(&app->pads);
    if (app->renderer) SDL_DestroyRenderer(app->renderer);
    if (app->window) SDL_DestroyWindow(app->window);
    replay_free(&p->replay);
    vfs_shutdown();
    IMG_Quit();
    SDL_Quit();
}

int app_run(const AppOptions *opt) {
    struct AppPrivate priv;
    App app;
    memset(&priv, 0, sizeof priv);
    memset(&app, 0, sizeof app);
    app.priv = &priv;
    priv.opt = opt;
    app.pointer_x = app.pointer_y = -1;
    char err[600];

    /* A bad replay is the caller's mistake: say so before any window appears. */
    if (opt->replay_path) {
        if (!replay_load(&priv.replay, opt->replay_path, err, sizeof err)) {
            terminal_error("%s", err);
            return 2;
        }
        app.replaying = true;
    }
    if (!shot_init(&priv.shot, opt->screenshot_dir, err, sizeof err)) {
        terminal_error("%s", err);
        return 2;
    }
    /* Closing the window asks first (SDL_WINDOWEVENT_CLOSE); SDL_QUIT then only
     * comes from signals and logging out, which quit at once. */
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        snprintf(err, sizeof err, "cannot start SDL: %s", SDL_GetError());
        fatal(err, false);
        return 1;
    }
    if (!vfs_init(NULL, opt->data_dir, opt->decks_dir, err, sizeof err)) {
        fatal(err, true);
        SDL_Quit();
        return 1;
    }

    char notice[APP_NOTICE_LEN] = "";
    if (app.replaying) {
        /* The replay's settings, not this machine's: layout decides where clicks land. */
        settings_defaults(&app.settings);
        app.settings.ui_scale = priv.replay.head.ui_scale;
        app.settings.dark = priv.replay.head.dark;
        app.settings.reduced_motion = priv.replay.head.reduced_motion;
        app.settings.tv_mode = priv.replay.head.tv_mode;
    } else {
        settings_load(&app.settings, notice, sizeof notice);
    }
    /* Controllers: their mappings come from the data folder, so after vfs_init. */
    char pad_notice[APP_NOTICE_LEN] = "";
    pads_init(&app.pads, pad_notice, sizeof pad_notice);
    app.pads.rumble = app.settings.rumble;
    /* A replay never overwrites your own settings; with --data-dir (tests) it may. */
    priv.can_save_settings = !app.replaying || opt->data_dir;
    theme_get(&app.theme, app.settings.dark);
    input_init(&app.input);

    int w = opt->width ? opt->width : 1280, h = opt->height ? opt->height : 720;
    bool fullscreen = opt->fullscreen || (!opt->windowed && app.settings.fullscreen);
    if (app.replaying) {
        w = priv.replay.head.w;
        h = priv.replay.head.h;
        fullscreen = false;
    }
    app.settings.fullscreen = fullscreen;
    if (!create_display(&app, w, h, fullscreen, err, sizeof err)) {
        fatal(err, true);
        shutdown_app(&app);
        return 1;
    }
    SDL_StopTextInput(); /* SDL starts with text input on; we want it only in text fields */
    if (shot_enabled(&priv.shot) && !(IMG_Init(IMG_INIT_PNG) & IMG_INIT_PNG))
        SDL_Log("app: PNG support: %s", IMG_GetError());
    apply_size(&app);
    app.text = text_create(app.renderer, app.ui.s, err, sizeof err);
    if (!app.text) {
        fatal(err, true);
        shutdown_app(&app);
        return 1;
    }
    app.draw = (Draw){app.renderer, app.text, &app.theme, &app.ui, draw_cache_create(app.renderer)};
    if (!app.draw.cache) {
        fatal("out of memory", false);
        shutdown_app(&app);
        return 1;
    }

    if (app.replaying) {
        app.seed = priv.replay.head.seed;
        if (opt->has_seed && opt->seed != app.seed)
            SDL_Log("app: --seed ignored: the replay was recorded with seed %llu", (unsigned long long)app.seed);
    } else {
        app.seed = opt->has_seed ? opt->seed : fresh_seed();
    }
    /* Notices change the title's layout: a replay that recorded them shows those. */
    bool own_notices = !(app.replaying && priv.replay.head.has_notices);
    if (own_notices) {
        for (int i = 0; i < vfs_notice_count(); i++) app_notice(&app, "%s", vfs_notice(i));
        if (notice[0]) app_notice(&app, "%s", notice);
        if (pad_notice[0]) app_notice(&app, "%s", pad_notice);
    }
    app.game = calloc(1, sizeof *app.game);
    if (!app.game) {
        fatal("out of memory", false);
        shutdown_app(&app);
        return 1;
    }
    game_init(app.game);
    app.game->setup.seed = app.seed;
    if (own_notices) {
        for (int i = 0; i < app.game->notices.count; i++) app_notice(&app, "%s", app.game->notices.items[i]);
    } else {
        for (int i = 0; i < priv.replay.head.n_notices; i++) app_notice(&app, "%s", priv.replay.head.notices[i]);
    }

    if (opt->record_path) {
        ReplayHeader head;
        memset(&head, 0, sizeof head);
        head.seed = app.seed;
        head.w = priv.out_w;
        head.h = priv.out_h;
        head.ui_scale = app.settings.ui_scale;
        head.dark = app.settings.dark;
        head.reduced_motion = app.settings.reduced_motion;
        head.tv_mode = app.settings.tv_mode;
        head.has_notices = true;
        head.n_notices = app.n_notices < REPLAY_NOTICE_MAX ? app.n_notices : REPLAY_NOTICE_MAX;
        for (int i = 0; i < head.n_notices; i++)
            snprintf(head.notices[i], sizeof head.notices[i], "%s", app.notices[i]);
        if (!recorder_open(&priv.rec, opt->record_path, &head, err, sizeof err)) {
            fatal(err, false);
            shutdown_app(&app);
            return 2;
        }
        priv.recording = true;
    }
    priv.announced_w = priv.out_w;
    priv.announced_h = priv.out_h;

    app_switch(&app, &SCREEN_TITLE);
    play_offer_resume(&app);
    if (app.replaying)
        run_replay(&app);
    else
        run_live(&app);

    int code = priv.exit_code;
    if (priv.recording && !recorder_close(&priv.rec, err, sizeof err)) {
        terminal_error("%s", err);
        if (code == 0) code = 1;
    }
    shutdown_app(&app);
    return code;
}
