/* The screen stack: entering and leaving screens, frames drawn from them, the fade into a
 * new one and its screenshot. */
#include "app/screen.h"

#include "app/app.h"
#include "app/display.h"
#include "app/notice.h"
#include "app/ui/look.h"
#include "app/voice.h"
#include "core/util.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

unsigned screen_top_serial(const App *app) {
    const ScreenStack *st = &app->screens;
    return st->depth > 0 ? st->serial[st->depth - 1] : 0;
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
    if (app->frame.on) { /* the layout check or speech keeps the frame's texts: they go beside it */
        StrBuf b;
        strbuf_init(&b);
        for (int i = 0; i < app->frame.n_texts; i++)
            strbuf_printf(&b, "%s\n", framelog_string(&app->frame, &app->frame.texts[i]));
        if (!b.failed && !shot_save_text(&st->shot, name, b.data ? b.data : "", err, sizeof err)) SDL_Log("%s", err);
        strbuf_free(&b);
    }
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

/* On a tall page, a new focus is brought into view (the frame log knows where it is);
 * one the player scrolled away from stays where it is. */
static bool follow_focus(App *app, bool always) {
    const FrameLog *f = &app->frame;
    ScreenStack *st = &app->screens;
    if (!display_paged(app) || !f->has_focus || f->focus_layer != st->depth - 1) return false;
    unsigned serial = screen_top_serial(app);
    if (!always && serial == st->followed_serial && !memcmp(&f->focus, &st->followed, sizeof f->focus)) return false;
    /* Not under a moving pointer: the page stays where the mouse is working. */
    if (!always && app->pointer_active && serial == st->followed_serial) return false;
    st->followed = f->focus;
    st->followed_serial = serial;
    return display_show(app, f->focus);
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
    st->serial[st->depth] = ++st->entries;
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

/* Says what changed (read aloud) once the screens are settled. */
void screen_settle(App *app) {
    ScreenStack *st = &app->screens;
    if (st->n_pending == 0) {
        voice_follow(app);
        return;
    }
    screen_shot_if_due(app, true); /* the screen being left or covered gets its picture first */
    /* Changes queued by enter/leave run in the same pass. */
    for (int i = 0; i < st->n_pending && i < 32; i++) {
        ScreenOp op = st->pending[i].op;
        const Screen *s = st->pending[i].screen;
        if (op == SCREEN_OP_SWITCH) {
            screen_leave_all(app);
            display_forget_page(app); /* a new screen starts at the top of a page of its own */
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
    display_page_for_screen(app);
    use_layer(app, st->depth - 1);
    screen_tick(app, 0); /* whether the new screen animates decides when its screenshot is due */
    voice_follow(app);
}

void screen_input(App *app, const InputEvent *ev) {
    ScreenStack *st = &app->screens;
    if (!st->depth) return;
    if (ev->kind == INPUT_READ) { /* read again: every screen, the same way */
        voice_read_again(app);
        return;
    }
    /* A tall page scrolls with the wheel first, then the screen's own list does. */
    if (ev->kind == INPUT_SCROLL && display_scroll_by(app, -ev->value * (int)(60 * app->ui.s))) return;
    bool arrow = (ev->kind == INPUT_UP || ev->kind == INPUT_DOWN) && display_paged(app);
    SDL_Rect focus = app->frame.focus;
    bool had = app->frame.has_focus;
    use_layer(app, st->depth - 1);
    st->stack[st->depth - 1]->input(app, ev);
    if (arrow && !screen_changing(app)) {
        /* An arrow the screen did not use (the focus did not move) scrolls the page. */
        screen_draw(app);
        const FrameLog *f = &app->frame;
        bool moved = f->has_focus != had || (had && memcmp(&f->focus, &focus, sizeof focus) != 0);
        if (!moved)
            display_scroll_by(app, (ev->kind == INPUT_UP ? -1 : 1) * app->view.h / 3);
        else if (follow_focus(app, true))
            screen_draw(app);
    }
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

static void draw_once(App *app);

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
    draw_once(app);
    /* A screen that asked for a taller page gets it, and a new focus is shown. */
    if (display_settle_page(app)) draw_once(app);
    if (follow_focus(app, false)) draw_once(app);
}

static void draw_once(App *app) {
    ScreenStack *st = &app->screens;
    float fade = st->fading ? look_ease(look_anim(app, st->fade_since, FADE_MS)) : 1.0f;
    /* Unless Read aloud or the layout check want to know what the frame holds. */
    if (!st->presented && fade <= 0.0f && !app->frame.on) {
        draw_background_only(app);
        notice_draw_toast(app);
        return;
    }
    framelog_begin(&app->frame);
    display_frame_begin(app);  /* a tall page for big text, or the window */
    draw_vignette(&app->draw); /* the whole output, TV margins included */
    int first = st->depth - 1;
    while (first > 0 && st->stack[first]->overlay) first--;
    for (int i = first < 0 ? 0 : first; i < st->depth; i++) {
        use_layer(app, i);
        app->frame.layer = i;
        st->stack[i]->draw(app);
    }
    app->frame.layer = -1; /* over every screen */
    use_layer(app, st->depth - 1);
    if (st->fading) {
        SDL_FRect all = {0, 0, (float)app->ui.w, (float)app->ui.h};
        draw_rect(&app->draw, all, color_alpha(app->theme.bg, 1.0f - fade));
    }
    display_frame_end(app);
    notice_draw_toast(app); /* over the part of a page in view */
}

/* --layout-check: the problems of a settled frame, once per screen and kind. */
static void check_layout(App *app) {
    ScreenStack *st = &app->screens;
    if (!app->layout_log || st->animating || st->depth == 0) return;
    static char out[8192];
    /* A few pixels of slack: a glyph's box includes the line's spacing. */
    int slack = (int)(app->ui.s * 3.0f + 0.5f);
    int n = framelog_check(&app->frame, app->ui.w, app->ui.h, slack, out, sizeof out);
    /* On a tall page, what has focus must be in the window, whole. */
    const FrameLog *f = &app->frame;
    int top = app->display.scroll, bottom = top + app->view.h;
    if (display_paged(app) && f->has_focus && f->focus_layer == st->depth - 1 &&
        (f->focus.y < top || f->focus.y + f->focus.h > bottom)) {
        size_t len = strlen(out);
        snprintf(out + len, sizeof out - len, "the focus is out of the window's view\n");
        n++;
    }
    if (n == 0) return;
    uint32_t h = 2166136261u;
    for (const char *c = st->stack[st->depth - 1]->name; *c; c++) h = (h ^ (unsigned char)*c) * 16777619u;
    for (const char *c = out; *c; c++) h = (h ^ (unsigned char)*c) * 16777619u;
    if (h == st->layout_said) return;
    st->layout_said = h;
    fprintf(app->layout_log, "== %s (%dx%d, scale %.2f%s)\n%s", st->stack[st->depth - 1]->name, app->ui.w, app->ui.h,
            (double)app->settings.ui_scale, app->tv ? ", TV" : "", out);
    fflush(app->layout_log);
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
    check_layout(app);
    if (st->shot_pending && !st->animating) {
        if (shot_enabled(&st->shot)) take_shot(app, "");
        st->shot_pending = false;
    }
    SDL_RenderPresent(app->renderer);
    st->presented = true;
    app->dirty = false;
}
