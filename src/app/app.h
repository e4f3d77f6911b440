/* The interactive game: window, event loop and screens. main.c parses arguments and calls app_run. */
#ifndef GA_APP_H
#define GA_APP_H

#include <stdbool.h>
#include <stdint.h>

struct App;

typedef struct AppOptions {
    const char *record_path;    /* --record FILE: write this run's input there */
    const char *replay_path;    /* --replay FILE: play input back from there */
    const char *screenshot_dir; /* --screenshot-dir DIR: a PNG of every new screen */
    const char *data_dir;       /* --data-dir DIR: use this instead of the user's data folder */
    const char *decks_dir;      /* --decks DIR: play these decks instead of the shipped ones */
    int width, height;          /* --size WxH; 0 = default */
    bool fullscreen;            /* --fullscreen */
    bool windowed;              /* --windowed: ignore the fullscreen setting */
    bool has_seed;              /* --seed N */
    uint64_t seed;
    /* Tests only: called at the start of every pass of the live loop, with the app, so
     * a test can act like a player (plug in a virtual controller, press its buttons)
     * and look at what is showing. While it is set the loop wakes at least every 10 ms. */
    void (*frame_hook)(struct App *app, void *ctx);
    void *hook_ctx;
} AppOptions;

/* Runs the game until the player quits. Returns the process exit code. */
int app_run(const AppOptions *opt);

#endif
