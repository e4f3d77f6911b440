/* The screen stack: entering and leaving screens, frames drawn from them, the fade into a
 * new one and its screenshot. */
#include "app/screen.h"

#include "app/app.h"
#include "app/notice.h"
#include "app/ui/look.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

enum { FADE_MS = 220 }; /* a new screen fades in */

/* Points app->state and app->screen_since at stack entry i (or at nothing). */
static void use_layer(App *app, int i) {
    ScreenStack *st = &app->screens;
    app->state = (i >= 0 && i < st->depth) ? st->states[i] : NULL;
    app->screen_since = (i >= 0 && i < st->depth) ? st->since[i] : app->now;
}

static void queue(App *app, ScreenOp op, const Screen *s) {
    ScreenStack *st = &app->screens;
    if (st->n_pending < SCREEN_PENDING_MAX) st->pending[st->n_pending++] = (ScreenChange){op, s};
}

void screen_switch(App *app, const Screen *s) { queue(app, SCREEN_OP_SWITCH, s); }
void screen_push(App *app, const Screen *s) { queue(app, SCREEN_OP_PUSH, s); }
void screen_pop(App *app) { queue(app, SCREEN_OP_POP, NULL); }

const Screen *screen_top(const App *app) {
    const ScreenStack *st = &app->screens;
    return st->depth > 0 ? st->stack[st->depth - 1] : NULL;
}

const Screen *screen_below(const App *app) {
    const ScreenStack *st = &app->screens;
    return st->depth > 1 ? st->stack[st->depth - 2] : NULL;
}

bool screen_holds(const App *app, const Screen *s) {
    const ScreenStack *st = &app->screens;
    for (int i = 0; i < st->depth; i++)
        if (st->stack[i] == s) return true;
    for (int i = 0; i < st->n_pending; i++)
        if (st->pending[i].op != SCREEN_OP_POP && st->pending[i].screen == s) return true;
    return false;
}

bool screen_changing(const App *app) { return app->screens.n_pending > 0; }

/* ---- Screenshots ---- */

bool screen_shots_init(App *app, const char *dir, char *err, size_t n) {
    return shot_init(&app->screens.shot, dir, err, n);
}

bool screen_shots_on(const App *app) { return shot_enabled(&app->screens.shot); }

static void take_shot(App *app, const char *suffix) {
    ScreenStack *st = &app->screens;
    char name[96], err[300];
    snprintf(name, sizeof name, "%s%s", st->shot_name, suffix);
    /* The whole output, TV margins included. */
    SDL_RenderSetViewport(app->renderer, NULL);
    if (!shot_save(&st->shot, app->renderer, name, err, sizeof err)) SDL_Log("%s", err);
    SDL_RenderSetViewport(app->renderer, &app->view);
}

void screen_request_shot(App *app, const char *name) {
    ScreenStack *st = &app->screens;
    if (!shot_enabled(&st->shot)) return;
    if (st->shot_pending) screen_shot_if_due(app, true); /* do not lose the one already waiting */
    st->shot_pending = true;
    snprintf(st->shot_name, sizeof st->shot_name, "%s", name);
    app->dirty = true;
}

/* The pending screenshot of a new screen is taken once it has settled (its entry
 * animation is over), or right before it is left or an input reaches it, whichever
 * comes first. All three happen at the same logical times live and in a replay, so
 * both runs save the same pictures. */
void screen_shot_if_due(App *app, bool force) {
    ScreenStack *st = &app->screens;
    if (!st->shot_pending) return;
    if (!shot_enabled(&st->shot)) {
        st->shot_pending = false;
        return;
    }
    if (st->animating && !force) return;
    /* A forced picture (input arrived first) shows the screen as it settles, not a
     * frame of its fade-in: drawing reads the clock but changes nothing. */
    uint32_t now = app->now, toast_since = app->toast_since;
    if (st->animating) {
        app->now += SCREEN_SETTLE_MAX_MS;
        app->toast_since += SCREEN_SETTLE_MAX_MS; /* a toast is shown as it is now, not gone */
    }
    screen_draw(app);
    app->now = now;
    app->toast_since = toast_since;
    take_shot(app, "");
    st->shot_pending = false;
}

void screen_final_shot(App *app) {
    ScreenStack *st = &app->screens;
    screen_shot_if_due(app, true);
    screen_draw(app);
    if (shot_enabled(&st->shot)) {
        snprintf(st->shot_name, sizeof st->shot_name, "%s", screen_top(app) ? screen_top(app)->name : "none");
        take_shot(app, "-end");
    }
    SDL_RenderPresent(app->renderer);
}

/* ---- Entering and leaving ---- */

static void enter(App *app, const Screen *s) {
    ScreenStack *st = &app->screens;
    if (st->depth == SCREEN_STACK_MAX) {
        SDL_Log("app: too many screens on the stack; %s not shown", s->name);
        return;
    }
    void *state = s->state_size ? calloc(1, s->state_size) : NULL;
    if (s->state_size && !state) {
        SDL_Log("app: out of memory entering %s", s->name);
        return;
    }
    st->stack[st->depth] = s;
    st->states[st->depth] = state;
    st->since[st->depth] = app->now;
    st->depth++;
    use_layer(app, st->depth - 1);
    if (s->enter) s->enter(app);
    st->shot_pending = true;
    snprintf(st->shot_name, sizeof st->shot_name, "%s", s->name);
    app->dirty = true;
}

static void leave(App *app) {
    ScreenStack *st = &app->screens;
    if (st->depth == 0) return;
    int i = st->depth - 1;
    use_layer(app, i);
    if (st->stack[i]->leave) st->stack[i]->leave(app);
    free(st->states[i]);
    st->depth--;
    use_layer(app, st->depth - 1);
    app->dirty = true;
}

void screen_leave_all(App *app) {
    while (app->screens.depth) leave(app);
}

void screen_settle(App *app) {
    ScreenStack *st = &app->screens;
    if (st->n_pending == 0) return;
    screen_shot_if_due(app, true); /* the screen being left or covered gets its picture first */
    /* Changes queued by enter/leave run in the same pass. */
    for (int i = 0; i < st->n_pending && i < 32; i++) {
        ScreenOp op = st->pending[i].op;
        const Screen *s = st->pending[i].screen;
        if (op == SCREEN_OP_SWITCH) {
            screen_leave_all(app);
            input_set_text_mode(&app->input, false);
            enter(app, s);
            if (!app->settings.reduced_motion) {
                st->fading = true;
                st->fade_since = app->now;
            }
        } else if (op == SCREEN_OP_PUSH) {
            input_set_text_mode(&app->input, false);
            enter(app, s);
        } else if (st->depth > 1) {
            leave(app);
        }
    }
    st->n_pending = 0;
    use_layer(app, st->depth - 1);
    screen_tick(app, 0); /* whether the new screen animates decides when its screenshot is due */
}

void screen_input(App *app, const InputEvent *ev) {
    ScreenStack *st = &app->screens;
    if (!st->depth) return;
    use_layer(app, st->depth - 1);
    st->stack[st->depth - 1]->input(app, ev);
}

/* ---- Frames ---- */

void screen_tick(App *app, uint32_t dt) {
    ScreenStack *st = &app->screens;
    bool was = st->animating;
    bool anim = false;
    st->wake_ms = 0;
    if (st->depth) {
        const Screen *top = st->stack[st->depth - 1];
        use_layer(app, st->depth - 1);
        if (top->tick) anim = top->tick(app, dt);
    }
    if (st->fading && look_anim(app, st->fade_since, FADE_MS) >= 1.0f) st->fading = false;
    st->animating = anim || st->fading || notice_toast_showing(app);
    /* One more frame after the last animated one, so the final state is on screen. */
    if (was || st->animating) app->dirty = true;
}

bool screen_animating(const App *app) { return app->screens.animating; }

/* The very first frame of a run is only the background the title fades in from: the
 * fade is still opaque, so nothing under it would show. Drawing the screens, the
 * vignette and the fade anyway costs about as much CPU as everything else before the
 * window shows (software rendering at 1080p). */
static void draw_background_only(App *app) {
    SDL_Color bg = app->theme.bg;
    if (app->view.x > 0 || app->view.y > 0) {
        draw_vignette(&app->draw); /* the TV margins show it */
        SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_NONE);
        SDL_SetRenderDrawColor(app->renderer, bg.r, bg.g, bg.b, 255);
        SDL_RenderFillRect(app->renderer, NULL); /* the viewport: the screens' area */
        SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_BLEND);
    } else {
        SDL_SetRenderDrawColor(app->renderer, bg.r, bg.g, bg.b, 255);
        SDL_RenderClear(app->renderer);
    }
}

void screen_wake_in(App *app, uint32_t ms) {
    ScreenStack *st = &app->screens;
    if (ms && (!st->wake_ms || ms < st->wake_ms)) st->wake_ms = ms;
}

uint32_t screen_wake_ms(const App *app) { return app->screens.wake_ms; }

void screen_draw(App *app) {
    ScreenStack *st = &app->screens;
    float fade = st->fading ? look_ease(look_anim(app, st->fade_since, FADE_MS)) : 1.0f;
    if (!st->presented && fade <= 0.0f) {
        draw_background_only(app);
        notice_draw_toast(app);
        return;
    }
    draw_vignette(&app->draw); /* the whole output, TV margins included */
    int first = st->depth - 1;
    while (first > 0 && st->stack[first]->overlay) first--;
    for (int i = first < 0 ? 0 : first; i < st->depth; i++) {
        use_layer(app, i);
        st->stack[i]->draw(app);
    }
    use_layer(app, st->depth - 1);
    if (st->fading) {
        SDL_FRect all = {0, 0, (float)app->ui.w, (float)app->ui.h};
        draw_rect(&app->draw, all, color_alpha(app->theme.bg, 1.0f - fade));
    }
    notice_draw_toast(app);
}

void screen_present(App *app) {
    ScreenStack *st = &app->screens;
    /* The window is created hidden, so nobody sees it half made, and shown right before
     * the first frame is drawn: a frame presented while it is hidden is lost (X11
     * asks for it again once the window maps), so the first one drawn is the first seen. */
    if (!st->shown) {
        SDL_ShowWindow(app->window);
        st->shown = true;
    }
    screen_draw(app);
    if (st->shot_pending && !st->animating) {
        if (shot_enabled(&st->shot)) take_shot(app, "");
        st->shot_pending = false;
    }
    SDL_RenderPresent(app->renderer);
    st->presented = true;
    app->dirty = false;
}
