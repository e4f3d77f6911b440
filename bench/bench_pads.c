/* Controller hotplug benchmark: prints what pad events cost, and where the time goes; it
 * never fails on a timing and no test depends on it.
 *   (a) the bookkeeping alone: SDL virtual controllers plugged in, seated ("yes"), pulled
 *       out and plugged back, through pads_translate and pads_apply;
 *   (b) replayed pad lines through pads_apply, with a new instance id every time;
 *   (c) the whole app replaying N pad events, against N arrow keys on the same screen.
 * Usage: bench_pads [--quick]   (run it with SDL_VIDEODRIVER=dummy) */
#include "app/app.h"
#include "app/platform/pads.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int events;

/* Takes the pending events: all of them, as the game's loop does, or only the controller
 * ones (as tests/test_app_pads.c does), which leaves SDL's joystick events queued. */
static void feed(Pads *p, bool all) {
    SDL_Event ev[64];
    SDL_GameControllerUpdate();
    SDL_PumpEvents();
    int n;
    Uint32 lo = all ? SDL_FIRSTEVENT : SDL_CONTROLLERAXISMOTION,
           hi = all ? SDL_LASTEVENT : SDL_CONTROLLERDEVICEREMAPPED;
    while ((n = SDL_PeepEvents(ev, 64, SDL_GETEVENT, lo, hi)) > 0)
        for (int i = 0; i < n; i++) {
            InputEvent ie;
            if (pads_translate(p, &ev[i], &ie) && ie.kind == INPUT_PAD) {
                pads_apply(p, &ie);
                events++;
            }
        }
}

static SDL_Joystick *plug(void) {
    SDL_VirtualJoystickDesc d;
    SDL_zero(d);
    d.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
    d.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
    d.naxes = SDL_CONTROLLER_AXIS_MAX;
    d.nbuttons = SDL_CONTROLLER_BUTTON_MAX;
    d.vendor_id = 0x054c; /* a DualSense */
    d.product_id = 0x0ce6;
    d.name = "Bench pad";
    int index = SDL_JoystickAttachVirtualEx(&d);
    return index >= 0 ? SDL_JoystickOpen(index) : NULL;
}

static void unplug(SDL_Joystick *js) {
    SDL_JoystickID id = SDL_JoystickInstanceID(js);
    SDL_JoystickClose(js);
    for (int i = 0; i < SDL_NumJoysticks(); i++)
        if (SDL_JoystickGetDeviceInstanceID(i) == id) SDL_JoystickDetachVirtual(i);
}

/* (a) plug in, press "yes" (joins, or comes back to its seat), pull out; n times. */
static void live(int n, bool all) {
    Pads p;
    char notice[300];
    pads_init(&p, notice, sizeof notice);
    p.joining = JOIN_ANY;
    events = 0;
    double t0 = now_ms();
    for (int i = 0; i < n; i++) {
        SDL_Joystick *js = plug();
        if (!js) break;
        feed(&p, all);
        SDL_JoystickSetVirtualButton(js, SDL_CONTROLLER_BUTTON_A, 1);
        feed(&p, all);
        SDL_JoystickSetVirtualButton(js, SDL_CONTROLLER_BUTTON_A, 0);
        feed(&p, all);
        unplug(js);
        feed(&p, all);
    }
    double ms = now_ms() - t0;
    printf("  %7d cycles  %8d pad events  %9.1f ms  %6.2f us per event   queue left: %d\n", n, events, ms,
           events ? ms * 1000 / events : 0.0, SDL_PeepEvents(NULL, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT));
    pads_quit(&p);
    SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
}

/* (b) what a replay's pad lines do: a new controller takes a seat, every time. */
static void replayed(int n) {
    Pads p;
    memset(&p, 0, sizeof p);
    for (int s = 0; s < PADS_SEATS; s++) p.seat[s].id = -1;
    double t0 = now_ms();
    for (int i = 0; i < n; i++) {
        InputEvent e = {.kind = INPUT_PAD, .device = DEVICE_GAMEPAD, .device_id = i, .player = -1, .x = PAD_PS5};
        e.value = PAD_ADDED;
        pads_apply(&p, &e);
        e.value = PAD_JOINED;
        e.player = i % 2;
        pads_apply(&p, &e);
    }
    double ms = now_ms() - t0;
    printf("  %7d joins   %8d pad events  %9.2f ms  %6.3f us per event\n", n, 2 * n, ms, ms * 1000 / (2 * n));
}

/* (c) the app replays a file: n pad lines, or n arrow keys, on the setup screen. */
static double app_replay(int n, bool pads) {
    char dir[] = "/tmp/bench-pads-XXXXXX";
    if (!mkdtemp(dir)) return -1;
    char path[128], data[128];
    snprintf(path, sizeof path, "%s/run.replay", dir);
    snprintf(data, sizeof data, "%s/data", dir);
    FILE *f = fopen(path, "w");
    fprintf(f, "grayarea-replay 1\nsize 1280 720\nnotices 0\n0 confirm\n5 pad joined 1 0 ps5\n");
    for (int i = 0; i < n; i++) {
        if (pads)
            fprintf(f, "%d pad joined %d %d ps5\n", 10 + 10 * i, 2 + i, i % 2);
        else
            fprintf(f, "%d %s\n", 10 + 10 * i, i % 2 ? "up" : "down");
    }
    fclose(f);
    AppOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.replay_path = path;
    opt.data_dir = data;
    SDL_LogSetPriority(SDL_LOG_CATEGORY_APPLICATION, SDL_LOG_PRIORITY_WARN);
    double t0 = now_ms();
    app_run(&opt);
    double ms = now_ms() - t0;
    unlink(path);
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
    return ms;
}

int main(int argc, char **argv) {
    bool quick = argc > 1 && !strcmp(argv[1], "--quick");
    setenv("SDL_VIDEODRIVER", "dummy", 0);
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        fprintf(stderr, "bench_pads: %s\n", SDL_GetError());
        return 1;
    }
    SDL_LogSetPriority(SDL_LOG_CATEGORY_APPLICATION, SDL_LOG_PRIORITY_WARN);
    printf("(a) Hotplug bookkeeping: virtual controllers through pads_translate + pads_apply,\n"
           "    every SDL event taken, as the game's loop does\n");
    int sizes[] = {500, 5000, 50000};
    for (int i = 0; i < (quick ? 2 : 3); i++) live(sizes[i], true);
    printf("\n(a') The same, taking only the controller events (as tests/test_app_pads.c does):\n"
           "    SDL's joystick events pile up, and SDL scans its whole queue on every unplug\n");
    int few[] = {500, 2000, 5000};
    for (int i = 0; i < (quick ? 2 : 3); i++) live(few[i], false);
    printf("\n(b) Replayed pad lines through pads_apply (a new instance id each time)\n");
    int many[] = {500, 5000, 500000};
    for (int i = 0; i < 3; i++) replayed(many[i]);
    SDL_Quit();

    printf("\n(c) The app replaying N events on the setup screen (TV mode), 1280x720\n");
    int runs[] = {200, 1000};
    for (int i = 0; i < (quick ? 1 : 2); i++) {
        double pad = app_replay(runs[i], true), keys = app_replay(runs[i], false);
        printf("  %5d pad lines   %8.0f ms  %5.2f ms per event\n", runs[i], pad, pad / runs[i]);
        printf("  %5d arrow keys  %8.0f ms  %5.2f ms per event\n", runs[i], keys, keys / runs[i]);
    }
    return 0;
}
