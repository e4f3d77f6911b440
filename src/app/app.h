/* The App: the context every screen gets, and the run from start to finish (app_run).
 * main.c parses arguments and calls app_run; app.c starts everything in order, runs the
 * loop (loop.h) and shuts down. The pieces of App each belong to one module, named
 * beside them. */
#ifndef GA_APP_H
#define GA_APP_H

#include "app/display.h"
#include "app/loop.h"
#include "app/platform/input.h"
#include "app/platform/pads.h"
#include "app/platform/settings.h"
#include "app/platform/speech.h"
#include "app/screen.h"
#include "app/ui/draw.h"
#include "app/ui/framelog.h"
#include "app/ui/osk.h"
#include "app/ui/text.h"
#include "app/voice.h"

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct AppOptions {
    const char *record_path;    /* --record FILE: write this run's input there */
    const char *replay_path;    /* --replay FILE: play input back from there */
    const char *screenshot_dir; /* --screenshot-dir DIR: a PNG of every new screen */
    const char *data_dir;       /* --data-dir DIR: use this instead of the user's data folder */
    const char *decks_dir;      /* --decks DIR: play these decks instead of the shipped ones */
    const char *speech_log;     /* --speech-log FILE: every utterance of Read aloud, a line each */
    const char *layout_log;     /* --layout-check FILE: text outside the screen or across a widget, per frame */
    const char *lang;           /* --lang CODE: play the decks' translations into this language */
    int width, height;          /* --size WxH; 0 = default */
    bool fullscreen;            /* --fullscreen */
    bool windowed;              /* --windowed: ignore the fullscreen setting */
    bool has_seed;              /* --seed N */
    uint64_t seed;
    /* Tests only: called at the start of every pass of the live loop, with the app, so
     * a test can act like a player (plug in a virtual controller, press its buttons)
     * and look at what is showing. While it is set, time is logical: each pass of the
     * loop moves app->now on by LOOP_TEST_STEP_MS and nothing waits on the clock, so a
     * test sees the same run however busy the machine is. */
    void (*frame_hook)(App *app, void *ctx);
    void *hook_ctx;
    /* The game's own start (main.c): with no language in settings.ini, ask for one before
     * the title (screens/language.c). Tests and replays leave it off. */
    bool ask_language;
} AppOptions;

enum { APP_NOTICE_MAX = 8, APP_NOTICE_LEN = 320 };

struct App {
    SDL_Window *window;     /* display.c */
    SDL_Renderer *renderer; /* display.c */
    Text *text;
    Theme theme;
    Ui ui;     /* output size and layout scale, updated on resize and scale change */
    Draw draw; /* renderer + text + theme + ui, for the widget helpers */
    Settings settings;
    Input input;

    uint32_t now;   /* logical milliseconds since start: all timing uses this, never a clock */
    uint64_t seed;  /* for dealing: --seed, the replay's, or a fresh one */
    bool replaying; /* input comes from --replay */
    bool software;  /* running on the software renderer */

    void *state;           /* the state of the screen whose callback is running */
    uint32_t screen_since; /* app->now when that screen was entered (for entry animations) */

    /* Pointer: the last position (output pixels) and whether the pointer, rather than
     * the keyboard, moved last (screens let hover move focus only then). */
    int pointer_x, pointer_y;
    bool pointer_active;

    /* Messages for the player ("Skipped broken deck ..."), shown on the title screen
     * (notice.h). */
    char notices[APP_NOTICE_MAX][APP_NOTICE_LEN];
    int n_notices;

    struct Game *game; /* decks and the session (app/game.h), loaded by app_run */

    /* Controllers and TV layout. */
    Pads pads;               /* controllers and the two seats (pads.h) */
    bool tv;                 /* TV layout: title-safe margins, everything 1.2x */
    SDL_Rect view;           /* where screens draw, in output pixels: all of it, or the TV-safe part */
    InputDevice last_device; /* the device of the input being handled (keyboard, gamepad...) */
    OskRequest osk;
    char lang_notice[APP_NOTICE_LEN]; /* a catalogue that could not be used (lang.h) */
    bool ask_language;                /* a first start: the language question comes first */
    char toast[APP_NOTICE_LEN]; /* a passing message over every screen ("Two players are already seated") */
    uint32_t toast_since;

    /* The loop's two flags: set through app_quit and app_redraw. */
    bool quit, dirty;
    int exit_code;

    /* Each module's own bookkeeping. */
    ScreenStack screens; /* screen.c */
    Speech speech;       /* platform/speech.c */
    Voice voice;         /* voice.c */
    FrameLog frame;      /* what the last frame drew (ui/framelog.c), while speech or the layout check want it */
    FILE *layout_log;    /* --layout-check: the problems found, screen by screen (screen.c) */
    Display display;     /* display.c */
    Loop loop;           /* loop.c */
};

/* Runs the game until the player quits. Returns the process exit code. */
int app_run(const AppOptions *opt);

/* Ends the run with this exit code after the current pass of the loop. */
static inline void app_quit(App *app, int exit_code) {
    app->quit = true;
    app->exit_code = exit_code;
}

/* Draws a new frame on the next pass (input already does this; use for changes from tick). */
static inline void app_redraw(App *app) { app->dirty = true; }

#endif
