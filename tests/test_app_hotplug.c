/* Controllers, noticed and repeated without polling: a device appearing wakes the loop
 * at once (the watch sleeps on inotify, it does not poll), and a d-pad direction held in a
 * menu repeats after a pause, as a held key does, stopping when it is let go. Time is
 * given to pads_update_at, so nothing here races the clock. */
#include "app/platform/pads.h"
#include "harness.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static bool wait_for(uint32_t type) {
    SDL_Event ev;
    /* The timeout only guards against a hang; the event comes as soon as the file does. */
    while (SDL_WaitEventTimeout(&ev, 20000))
        if (ev.type == type) return true;
    return false;
}

static void test_watch_wakes(void) {
    Pads p;
    memset(&p, 0, sizeof p);
    p.wake_event = SDL_RegisterEvents(1);
    char dir[] = "/tmp/grayarea-watch-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    CHECK(pads_watch(&p, dir));
    char path[64];
    snprintf(path, sizeof path, "%s/event7", dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f) fclose(f);
    CHECK(wait_for(p.wake_event));
    pads_unwatch(&p);
    CHECK(p.watch == NULL);
    remove(path);
    rmdir(dir);
}

static int pending(uint32_t type, SDL_Event *out) {
    SDL_PumpEvents();
    return SDL_PeepEvents(out, 1, SDL_GETEVENT, type, type);
}

static void test_dpad_repeats(void) {
    Pads p;
    memset(&p, 0, sizeof p);
    for (int s = 0; s < PADS_SEATS; s++) p.seat[s].id = -1;
    p.started = true;
    p.repeat_event = SDL_RegisterEvents(1);
    p.n_dev = 1;
    p.dev[0].id = 7;
    p.dev[0].held = -1;
    p.dev[0].type = PAD_XBOXONE;
    p.seat[0].state = SEAT_PAD;
    p.seat[0].id = 7;
    pads_update_at(&p, 1000);
    SDL_Event press;
    SDL_zero(press);
    press.type = SDL_CONTROLLERBUTTONDOWN;
    press.cbutton.which = 7;
    press.cbutton.button = SDL_CONTROLLER_BUTTON_DPAD_DOWN;
    InputEvent e;
    CHECK(pads_translate(&p, &press, &e));
    CHECK_INT(e.kind, INPUT_DOWN);
    SDL_Event ev;
    pads_update_at(&p, 1000 + PADS_REPEAT_DELAY_MS - 1);
    CHECK_INT(pending(p.repeat_event, &ev), 0); /* not yet */
    pads_update_at(&p, 1000 + PADS_REPEAT_DELAY_MS);
    CHECK_INT(pending(p.repeat_event, &ev), 1);
    CHECK(pads_translate(&p, &ev, &e));
    CHECK_INT(e.kind, INPUT_DOWN);
    CHECK_INT(e.player, 0);
    pads_update_at(&p, 1000 + PADS_REPEAT_DELAY_MS + PADS_REPEAT_MS);
    CHECK_INT(pending(p.repeat_event, &ev), 1); /* and again */
    /* Let go: a repeat already queued means nothing, and no more come. */
    SDL_Event up = press;
    up.type = SDL_CONTROLLERBUTTONUP;
    CHECK(!pads_translate(&p, &up, &e));
    CHECK(!pads_translate(&p, &ev, &e));
    pads_update_at(&p, 1000 + 10 * PADS_REPEAT_DELAY_MS);
    CHECK_INT(pending(p.repeat_event, &ev), 0);
    /* A face button never repeats: it answers. */
    press.cbutton.button = SDL_CONTROLLER_BUTTON_A;
    CHECK(pads_translate(&p, &press, &e));
    pads_update_at(&p, 1000 + 20 * PADS_REPEAT_DELAY_MS);
    CHECK_INT(pending(p.repeat_event, &ev), 0);
}

int main(void) {
    CHECK(SDL_Init(SDL_INIT_EVENTS | SDL_INIT_GAMECONTROLLER) == 0);
    RUN(test_watch_wakes);
    RUN(test_dpad_repeats);
    SDL_Quit();
    return harness_finish();
}
