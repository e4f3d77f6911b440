/* The app framework: the App context every screen gets, and the screen callbacks (à la Neverball). */
#ifndef GA_SCREEN_H
#define GA_SCREEN_H

#include "app/ui/draw.h"
#include "app/platform/input.h"
#include "app/platform/pads.h"
#include "app/platform/settings.h"
#include "app/ui/text.h"

#include <SDL.h>
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

/* What the on-screen keyboard (osk.h) edits: filled by osk_open before it shows. */
typedef struct OskRequest {
    char *buf;   /* UTF-8, edited in place; must outlive the keyboard */
    size_t size; /* bytes, with the NUL */
    int max_chars;
    int player; /* whose name it is (for their colour), or -1 */
    char title[96];
} OskRequest;

enum { APP_NOTICE_MAX = 8, APP_NOTICE_LEN = 320 };

struct App {
    SDL_Window *window;
    SDL_Renderer *renderer;
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

    /* Messages for the player ("Skipped broken deck ..."), shown on the title screen. */
    char notices[APP_NOTICE_MAX][APP_NOTICE_LEN];
    int n_notices;

    struct Game *game; /* decks and the session (app/game.h), loaded by app_run */

    /* Controllers and TV layout. */
    Pads pads;               /* controllers and the two seats (pads.h) */
    bool tv;                 /* TV layout: title-safe margins, everything 1.2x */
    SDL_Rect view;           /* where screens draw, in output pixels: all of it, or the TV-safe part */
    InputDevice last_device; /* the device of the input being handled (keyboard, gamepad...) */
    OskRequest osk;
    char toast[APP_NOTICE_LEN]; /* a passing message over every screen ("Two players are already seated") */
    uint32_t toast_since;

    struct AppPrivate *priv; /* loop bookkeeping: app.c only */
};

/* The screens this layer provides. */
extern const Screen SCREEN_TITLE;
extern const Screen SCREEN_HELP;
extern const Screen SCREEN_SETTINGS;
extern const Screen SCREEN_QUIT;      /* overlay: "Leave Gray Area?" over whatever is showing */
extern const Screen SCREEN_JOIN;      /* "press A to join": controllers take the two seats, then setup */
extern const Screen SCREEN_JOIN_OVER; /* the same as an overlay during a session */
extern const Screen SCREEN_RECONNECT; /* overlay: a seated controller went away */
extern const Screen SCREEN_OSK;       /* overlay: the on-screen keyboard (osk.h) */

/* "Play" on the title screen: starts session setup. Implemented by the setup screen. */
void app_start_setup(App *app);

/* Screen changes take effect after the current callback returns. */
void app_switch(App *app, const Screen *screen); /* replaces every screen */
void app_push(App *app, const Screen *screen);   /* an overlay on top */
void app_pop(App *app);                          /* back to the screen below */
const Screen *app_top(const App *app);
const Screen *app_below(const App *app); /* the screen under the top one, or NULL */
/* Ends the run with this exit code after the current frame. */
void app_quit(App *app, int exit_code);
/* Asks first: shows SCREEN_QUIT (or quits if it is already showing). */
void app_ask_quit(App *app);

/* With --screenshot-dir: saves a picture named NNN-<name>.png of the top screen once it
 * has settled (or before the next input), like the automatic one for a new screen.
 * For moments within a screen worth a picture ("reveal"). No-op otherwise. */
void app_request_shot(App *app, const char *name);

/* Redraw on the next loop pass (input already does this; use for changes from tick). */
void app_redraw(App *app);
/* Text fields: SDL text input runs only while one has focus. */
void app_text_input(App *app, bool on);

void app_notice(App *app, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void app_notice_dismiss(App *app); /* drops the oldest */
/* A short message shown for a few seconds over whatever is on screen. */
void app_toast(App *app, const char *msg);

/* Applies app->settings (theme, scale, fullscreen) after a change and saves them.
 * A failed save becomes a notice; the change still applies. */
void app_settings_changed(App *app);
void app_toggle_fullscreen(App *app);
/* Turns the TV layout on or off (the setting; off also undoes the automatic switch a
 * controller joining makes) and saves. */
void app_set_tv(App *app, bool on);

/* Progress 0..1 of an animation of dur_ms that started at logical time since; 1 at
 * once with reduced motion. eased uses a gentle ease-out. */
float app_anim(const App *app, uint32_t since, uint32_t dur_ms);
float app_ease(float t);

/* Shared widget behaviour for vertical button lists: the index of the button under
 * (x, y), or -1. */
int app_hit(const SDL_FRect *rects, int n, int x, int y);

#endif
