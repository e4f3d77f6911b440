/* The loop: SDL events become input (input.h, pads.h), input goes to the top screen, time
 * moves on, frames are drawn. Live, time is the clock's; in a replay it is the recorded
 * one, and the events come from the file. */
#ifndef GA_LOOP_H
#define GA_LOOP_H

#include "app/platform/replay.h"

#include <stdbool.h>

typedef struct App App;

enum { LOOP_TEST_STEP_MS = 16 }; /* logical time per pass while a test drives the loop */

/* The loop's bookkeeping (app->loop): app.c fills it at start-up and closes the files
 * at the end; loop.c runs on it. */
typedef struct Loop {
    void (*frame_hook)(App *app, void *ctx); /* AppOptions.frame_hook */
    void *hook_ctx;
    Replay replay; /* --replay */
    Recorder rec;  /* --record, while recording */
    bool recording;
    int announced_w, announced_h; /* the size the last INPUT_RESIZE told the screens */
} Loop;

/* Runs until app_quit, on the clock and real input; or, with a test's frame hook, on
 * logical time (LOOP_TEST_STEP_MS a pass) and whatever input the test makes. */
void loop_live(App *app);
/* Plays app->loop.replay as fast as it goes, lets the last screen settle, takes its
 * picture and quits. */
void loop_replay(App *app);

#endif
