/* Screens and the stack of them: what a screen is (callbacks, à la Neverball), which ones
 * are showing, a frame drawn from them, the fade into a new one and its screenshot.
 * Screens never call the stack to move: they ask screens/nav.h, which calls it. */
#ifndef GA_SCREEN_H
#define GA_SCREEN_H

#include "app/platform/input.h"
#include "app/platform/shot.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct App App;

/* One screen. The app owns its state: state_size zeroed bytes are allocated before
 * enter and freed after leave; callbacks find them in app->state. Screens draw and
 * turn input into actions; they own no globals.
 *
 * input must not rely on draw having run since the last event: lay out in a helper
 * both call (a replay may deliver several events between two frames). */
typedef struct Screen {
    const char *name; /* short and file-safe: screenshots are NNN-<name>.png */
    size_t state_size;
    bool overlay;            /* drawn over the screen below (dialogs); that one keeps its state */
    void (*enter)(App *app); /* may be NULL */
    void (*leave)(App *app); /* may be NULL */
    void (*draw)(App *app);
    void (*input)(App *app, const InputEvent *ev);
    bool (*tick)(App *app, uint32_t dt_ms); /* may be NULL; true while animating */
    /* Gamepad face buttons are answers here (the card being answered); on every other
     * screen they arrive as menu events (see input.h). */
    bool answers;
} Screen;

enum {
    SCREEN_STACK_MAX = 6,
    SCREEN_PENDING_MAX = 8,
    SCREEN_SETTLE_MAX_MS = 3000, /* an animation longer than this is not waited for */
};

typedef enum ScreenOp { SCREEN_OP_SWITCH, SCREEN_OP_PUSH, SCREEN_OP_POP } ScreenOp;

typedef struct ScreenChange {
    ScreenOp op;
    const Screen *screen;
} ScreenChange;

/* The stack's bookkeeping (app->screens): screen.c's alone. */
typedef struct ScreenStack {
    const Screen *stack[SCREEN_STACK_MAX];
    void *states[SCREEN_STACK_MAX];
    uint32_t since[SCREEN_STACK_MAX]; /* when each was entered */
    int depth;
    ScreenChange pending[SCREEN_PENDING_MAX];
    int n_pending;
    bool animating;   /* a screen, the fade or a toast wants frames */
    uint32_t wake_ms; /* without animating, the top screen's next tick is due this soon (0: none) */
    bool fading;
    uint32_t fade_since;
    bool shown;     /* the window is created hidden and shown with the first frame */
    bool presented; /* a frame has been presented */
    bool shot_pending;
    char shot_name[64];
    Shot shot;
} ScreenStack;

/* ---- Moving (for screens/nav.c and the on-screen keyboard) ----
 * Changes take effect at screen_settle, after the current callback returns. */

void screen_switch(App *app, const Screen *screen); /* replaces every screen */
void screen_push(App *app, const Screen *screen);   /* an overlay on top */
void screen_pop(App *app);                          /* back to the screen below */
const Screen *screen_top(const App *app);
const Screen *screen_below(const App *app); /* the screen under the top one, or NULL */
/* Whether screen is on the stack, or about to be pushed. */
bool screen_holds(const App *app, const Screen *screen);
/* Whether changes are waiting for screen_settle. */
bool screen_changing(const App *app);

/* With --screenshot-dir: saves a picture named NNN-<name>.png of the top screen once it
 * has settled (or before the next input), like the automatic one for a new screen.
 * For moments within a screen worth a picture ("reveal"). No-op otherwise. */
void screen_request_shot(App *app, const char *name);

/* ---- Running (for app.c and loop.c) ---- */

/* Screenshots into dir (NULL: none). */
bool screen_shots_init(App *app, const char *dir, char *err, size_t err_size);
bool screen_shots_on(const App *app);
/* Carries out the waiting changes, entering and leaving screens. */
void screen_settle(App *app);
/* Hands an input to the top screen. */
void screen_input(App *app, const InputEvent *ev);
/* Moves the top screen's time on by dt; afterwards screen_animating says whether it,
 * the fade or a toast still wants frames. */
void screen_tick(App *app, uint32_t dt);
bool screen_animating(const App *app);
/* For a tick: call again within ms, without animating (a clock that shows seconds asks
 * for the next second). Asked afresh at every tick; screen_wake_ms gives it to the loop
 * (0: nothing is due, sleep until an event). */
void screen_wake_in(App *app, uint32_t ms);
uint32_t screen_wake_ms(const App *app);
/* Draws every visible screen, bottom first, with the fade and the toast over them. */
void screen_draw(App *app);
/* Draws a frame, takes a due screenshot and presents it; shows the window the first time. */
void screen_present(App *app);
/* The pending screenshot of a new screen, once it has settled; force: now, drawn as it
 * will settle (input is about to reach it, or it is being left). */
void screen_shot_if_due(App *app, bool force);
/* The end of a replay: the last screen's picture ("-end"), presented. */
void screen_final_shot(App *app);
/* Leaves every screen (at shut-down). */
void screen_leave_all(App *app);

#endif
