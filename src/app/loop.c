/* The loop, live and replayed: SDL events to input, input to the top screen, time, frames. */
#include "app/loop.h"

#include "app/app.h"
#include "app/display.h"
#include "app/screens/nav.h"
#include "app/screens/seats.h"

#include <SDL.h>
#include <string.h>

enum {
    FRAME_MS = 16, /* animation frame pacing when there is no vsync */
};

/* ---- Input to the screens ---- */

/* A pad's face buttons answer only on a card being answered; elsewhere they are menu
 * buttons (input.h). Decided here, before recording, so a replay gets the meaning that
 * applied. Returns false when the press means nothing here. */
static bool give_meaning(const App *app, InputEvent *e) {
    const Screen *top = screen_top(app);
    if (e->device == DEVICE_GAMEPAD && e->kind != INPUT_PAD && !(top && top->answers)) {
        if (e->menu_kind == INPUT_NONE) return false;
        if (e->kind != e->menu_kind) e->value = 0;
        e->kind = e->menu_kind;
    }
    return true;
}

/* What the app itself does with an input before the screen gets it. Returns false when
 * the input stops here. */
static bool handle_first(App *app, const InputEvent *ev) {
    switch (ev->kind) {
    case INPUT_FULLSCREEN: display_toggle_fullscreen(app); return false;
    case INPUT_QUIT: nav_ask_quit(app); return false;
    case INPUT_RESIZE:
        if (app->replaying) {
            SDL_SetWindowSize(app->window, ev->x, ev->y);
            display_fit(app);
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
    return true;
}

/* Screen changes an input asked for, then the overlays the seats ask for. */
static void settle(App *app) {
    screen_settle(app);
    seats_follow(app);
    screen_settle(app);
}

static void dispatch(App *app, const InputEvent *in) {
    InputEvent e = *in;
    if (!give_meaning(app, &e)) return;
    /* The picture of the current screen is taken before input can change what it shows
     * (a screen may draw game state that this very event moves on). */
    screen_shot_if_due(app, true);
    if (app->loop.recording) recorder_write(&app->loop.rec, app->now, &e);
    app_redraw(app);
    app->last_device = e.device;
    if (e.kind == INPUT_PAD) {
        seats_changed(app, &e);
        settle(app);
        return;
    }
    const Screen *top = screen_top(app);
    bool answering = e.device == DEVICE_GAMEPAD && e.player >= 0 && top && top->answers;
    SeatPicks before = seats_picks(app);
    if (!handle_first(app, &e)) return;
    screen_input(app, &e);
    if (answering) seats_buzz(app, e.player, before);
    settle(app);
}

/* After the window changed size, the screens hear of it once per new size. Compared
 * with what was announced, not with the layout: a fullscreen toggle may have applied
 * the new size already. */
static void announce_size(App *app) {
    Loop *lp = &app->loop;
    display_fit(app);
    if (app->display.out_w == lp->announced_w && app->display.out_h == lp->announced_h) return;
    lp->announced_w = app->display.out_w;
    lp->announced_h = app->display.out_h;
    InputEvent r;
    memset(&r, 0, sizeof r);
    r.kind = INPUT_RESIZE;
    r.player = -1;
    r.device = DEVICE_WINDOW;
    r.x = app->display.out_w;
    r.y = app->display.out_h;
    dispatch(app, &r);
}

/* Window housekeeping that is not input; returns true when ev was one of these. */
static bool window_event(App *app, const SDL_Event *ev) {
    if (ev->type == SDL_RENDER_TARGETS_RESET || ev->type == SDL_RENDER_DEVICE_RESET) {
        text_flush(app->text);
        draw_cache_flush(app->draw.cache);
        SDL_RenderSetViewport(app->renderer, &app->view);
        app_redraw(app);
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
        if (!app->replaying) announce_size(app);
        break;
    default: app_redraw(app); break; /* exposed, focus and friends: redraw */
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
    seats_prepare(app);
    if (pads_translate(&app->pads, ev, &ie)) dispatch(app, &ie);
}

/* ---- Live ---- */

/* How long the loop may sleep waiting for an event: not at all with a frame to draw,
 * until the next frame while animating, until a screen's next tick when one asked
 * (a running timer: once a second), else until an event comes (-1): idle costs nothing. */
static int wait_ms(const App *app, Uint64 real, Uint64 last_frame) {
    int timeout;
    if (app->dirty)
        timeout = 0;
    else if (screen_animating(app))
        timeout = app->display.vsync || real - last_frame >= FRAME_MS ? 0 : (int)(FRAME_MS - (real - last_frame));
    else
        timeout = screen_wake_ms(app) ? (int)screen_wake_ms(app) : -1;
    return timeout;
}

/* A test plays (AppOptions.frame_hook): every pass is LOOP_TEST_STEP_MS of logical time
 * and nothing waits on the clock, so a busy machine changes how long the test takes,
 * never what it sees. As in a replay, frames are drawn before input reaches a changed
 * screen, and screenshots once a screen settles. */
static void loop_scripted(App *app) {
    Loop *lp = &app->loop;
    while (!app->quit) {
        lp->frame_hook(app, lp->hook_ctx);
        screen_settle(app);
        if (app->quit) break;
        pads_update(&app->pads);
        app->now += LOOP_TEST_STEP_MS;
        screen_tick(app, LOOP_TEST_STEP_MS);
        SDL_Event ev;
        while (!app->quit && SDL_PollEvent(&ev)) {
            if (app->dirty) screen_present(app);
            handle_sdl_event(app, &ev);
        }
        screen_shot_if_due(app, false);
    }
}

void loop_live(App *app) {
    if (app->loop.frame_hook) {
        loop_scripted(app);
        return;
    }
    Uint64 start = SDL_GetTicks64(), last_frame = 0;
    while (!app->quit) {
        screen_settle(app);
        if (app->quit) break;
        int timeout = wait_ms(app, SDL_GetTicks64() - start, last_frame);
        /* Controllers are read here, not by SDL (pads.h); an open one sets the pace. */
        int pads_ms = pads_update(&app->pads);
        if (pads_ms > 0 && (timeout < 0 || timeout > pads_ms)) timeout = pads_ms;
        SDL_Event ev;
        int have = timeout != 0 ? SDL_WaitEventTimeout(&ev, timeout) : SDL_PollEvent(&ev);
        uint32_t now = (uint32_t)(SDL_GetTicks64() - start);
        uint32_t dt = now - app->now;
        app->now = now;
        /* Time first, then the input stamped with it: a replay does the same. */
        screen_tick(app, dt);
        for (; have && !app->quit; have = SDL_PollEvent(&ev)) handle_sdl_event(app, &ev);
        if (app->quit) break;
        if (app->dirty || screen_animating(app)) {
            screen_present(app);
            last_frame = SDL_GetTicks64() - start;
        }
    }
}

/* ---- Replayed ---- */

static void advance(App *app, uint32_t dt) {
    app->now += dt;
    screen_tick(app, dt);
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) handle_sdl_event(app, &ev);
    screen_shot_if_due(app, false);
}

void loop_replay(App *app) {
    Replay *rp = &app->loop.replay;
    while (!app->quit) {
        screen_settle(app);
        if (app->quit) break;
        const ReplayItem *it = replay_peek(rp);
        if (!it) break;
        if (app->now < it->t) {
            /* As fast as possible, but in frame-sized steps while something animates,
             * so time-based animations see steps like those of live play. */
            uint32_t gap = it->t - app->now;
            advance(app, screen_animating(app) && gap > FRAME_MS ? FRAME_MS : gap);
            continue;
        }
        /* Layouts are fresh before every event, as after a frame in live play. */
        if (app->dirty) screen_present(app);
        InputEvent ev = it->ev;
        replay_pop(rp);
        dispatch(app, &ev);
        /* An input may start an animation (a countdown): time then moves in frames. */
        screen_settle(app);
        screen_tick(app, 0);
    }
    if (app->quit && app->exit_code != 0) return;
    /* The end: let the last screen settle, then a final picture and a clean exit. */
    screen_settle(app);
    for (uint32_t waited = 0; screen_animating(app) && waited < SCREEN_SETTLE_MAX_MS; waited += FRAME_MS)
        advance(app, FRAME_MS);
    screen_final_shot(app);
    app_quit(app, 0);
}
