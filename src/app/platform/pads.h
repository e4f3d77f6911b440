/* Gamepads: two seats, hotplug keyed by instance id, mappings, rumble and player lights. */
#ifndef GA_PADS_H
#define GA_PADS_H

#include "app/platform/input.h"

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

/* How it fits together:
 *
 *   SDL controller events --pads_translate--> InputEvent --app dispatch--> pads_apply
 *                                                             (recorded)    (seats)
 *
 * pads_translate opens and closes the controllers (the hardware, live runs only) and
 * decides what an event means: a button press becomes an answer or a menu event with
 * the pad's seat as player; a controller coming or going becomes an INPUT_PAD event
 * saying which seat it concerns. pads_translate never changes a seat: pads_apply does,
 * for live and replayed INPUT_PAD events alike, so a replay rebuilds the seats and
 * everything drawn from them without any controller attached.
 *
 * Instance ids, never device indices: SDL's "added" event carries a device index and
 * every later event an instance id, and a controller plugged in again gets a new
 * instance id. A returning controller is recognised by its GUID plus its serial number
 * (or its device path), and gets its old seat back. */

enum {
    PADS_SEATS = 2,
    PADS_OPEN_MAX = 8, /* controllers open at once; more are ignored */
    PADS_KEY_LEN = 192,
    PADS_DB_MAX_BYTES = 1024 * 1024, /* gamecontrollerdb.txt; the community one is ~0.5 MB */
    PADS_RUMBLE_MS = 140,
    PADS_POLL_MS = 8,           /* how often open controllers are read (pads_update) */
    PADS_REPEAT_DELAY_MS = 420, /* a d-pad or stick direction held this long starts repeating... */
    PADS_REPEAT_MS = 110,       /* ...once per this long, in menus as on a keyboard */
};

#define PADS_DB_NAME "gamecontrollerdb.txt"

/* What kind of controller: decides the glyphs drawn for its buttons (glyphs.h). */
typedef enum PadType {
    PAD_GENERIC, /* unknown: buttons shown by position */
    PAD_XBOX360,
    PAD_XBOXONE, /* also Xbox Series, Stadia, Luna, Shield: same letters, same places */
    PAD_PS3,
    PAD_PS4,
    PAD_PS5,
    PAD_SWITCH, /* Switch Pro and Joy-Con pairs: letters in Nintendo's places */
    PAD_TYPE_COUNT
} PadType;

/* What an INPUT_PAD event reports (its value). */
typedef enum PadChange {
    PAD_ADDED,   /* a controller arrived; it has no seat yet */
    PAD_REMOVED, /* a controller without a seat went away */
    PAD_JOINED,  /* a controller took seat `player` */
    PAD_LOST,    /* seat `player`'s controller went away: the game waits for it */
    PAD_BACK,    /* seat `player`'s controller came back (with a new instance id) */
    PAD_REFUSED, /* a third controller wanted to play: both seats hold controllers */
    PAD_KNOCK,   /* a controller without a seat was pressed during a session */
    PAD_CHANGE_COUNT
} PadChange;

typedef enum SeatState {
    SEAT_KEYBOARD, /* no controller: the player uses their half of the keyboard */
    SEAT_PAD,      /* a controller is here and connected */
    SEAT_LOST,     /* its controller went away; the seat waits for it */
} SeatState;

/* Who may take a seat by pressing "yes" on a controller without one. */
typedef enum PadsJoin {
    JOIN_NONE,
    JOIN_LOST, /* only seats whose controller went away (the reconnect screen) */
    JOIN_ANY,  /* those first, then free ones (the join screen) */
} PadsJoin;

typedef struct PadSeat {
    SeatState state;
    int id;                 /* instance id of its controller while SEAT_PAD */
    PadType type;           /* while SEAT_PAD or SEAT_LOST */
    char key[PADS_KEY_LEN]; /* GUID + serial or path (live runs): who may come back */
} PadSeat;

/* A controller the game knows about (rebuilt by replays). */
typedef struct PadKnown {
    int id;
    PadType type;
    int seat; /* -1: none */
} PadKnown;

/* An open controller (live runs only). */
typedef struct PadDevice {
    SDL_GameController *gc;
    int id;
    PadType type;
    char key[PADS_KEY_LEN];
    int dir_x, dir_y;   /* where the left stick points now (-1, 0, 1) */
    int held;           /* the d-pad direction held (an SDL d-pad button; the stick's too), -1: none */
    bool held_stick;    /* held comes from the stick */
    uint64_t repeat_at; /* SDL ticks of its next repeat */
    SDL_Color led;      /* the colour last sent, to skip repeats */
    bool led_set;
} PadDevice;

typedef struct Pads {
    /* What the game knows: changed only by pads_apply and pads_unseat. */
    PadSeat seat[PADS_SEATS];
    PadKnown known[PADS_OPEN_MAX];
    int n_known;

    /* Context for pads_translate, set by the app from the screen showing. */
    PadsJoin joining;
    bool in_session; /* a controller without a seat knocks instead of driving menus */
    bool rumble;     /* the player's setting */

    /* The hardware. */
    bool started;
    PadDevice dev[PADS_OPEN_MAX];
    int n_dev;
    uint64_t now;          /* SDL ticks at the last pads_update: when a direction was first held */
    uint32_t repeat_event; /* SDL user event: a held direction repeats */
    uint32_t wake_event;   /* SDL user event: something appeared in /dev/input */
    struct PadsWatch *watch;
} Pads;

/* Adds the mappings from gamecontrollerdb.txt in the data folder (if there is one),
 * then starts SDL's game-controller subsystem: mappings must be known before it starts
 * or controllers already plugged in are not recognised. Also tells SDL to report face
 * buttons by position (see input.h). Never fails the game: problems (a bad mappings
 * file, no controller support) are written to notice ("" when all is well) and the
 * game carries on with the keyboard. Call after vfs_init. */
void pads_init(Pads *p, char *notice, size_t notice_size);
void pads_quit(Pads *p);
/* Reads the controllers and notices new ones; their events join SDL's queue. The app
 * calls it once per pass of its loop: SDL is told not to, because it would otherwise
 * wake every millisecond while any controller is plugged in. Returns how long the app
 * may sleep before the next call (ms; 0: as long as it likes, no controller is open). */
int pads_update(Pads *p);
/* The same at a given time (SDL ticks, ms): pads_update passes the clock's; a test its own. */
int pads_update_at(Pads *p, uint64_t now);

/* Watches dir (pads_init: /dev/input) for new devices without polling: a thread sleeps
 * on inotify and wakes the loop with an event of type p->wake_event, so a controller
 * plugged in while the game is idle is noticed at once (SDL is not told to poll, see
 * pads_update). Linux only; elsewhere it returns false and the controller is noticed
 * with the next event (the loop never wakes just to look). pads_quit stops it. */
bool pads_watch(Pads *p, const char *dir);
void pads_unwatch(Pads *p);

/* Adds the mappings in text (gamecontrollerdb.txt format); lines for other platforms
 * are skipped. Returns how many were added; *bad counts unusable lines, and the first
 * one is described in err ("line 12: ..."), else err is "". */
int pads_add_mappings(const char *text, size_t len, int *bad, char *err, size_t err_size);

/* Translates a game-controller event (see the top of this file). Returns false when it
 * means nothing (a button release, a duplicate "added", a controller we did not open). */
bool pads_translate(Pads *p, const SDL_Event *ev, InputEvent *out);
/* Applies an INPUT_PAD event to the seats; the app calls it for every one, live or replayed. */
void pads_apply(Pads *p, const InputEvent *ev);
/* Frees a seat for the keyboard (a player leaves the join screen or carries on with
 * the keyboard). Its controller, if still connected, stays known without a seat. */
void pads_unseat(Pads *p, int seat);

/* The seat of a controller (instance id), or -1. */
int pads_seat_of(const Pads *p, int id);
/* Whether seat holds a controller (SEAT_PAD or SEAT_LOST); its type in *type. */
bool pads_seated(const Pads *p, int seat, PadType *type);
int pads_seated_count(const Pads *p); /* seats with SEAT_PAD */
bool pads_any_lost(const Pads *p);
/* Controllers known and not seated; the type of the first in *type (may be NULL). */
int pads_unseated_count(const Pads *p, PadType *type);

/* A short buzz on seat's controller, when the player wants rumble and it can. */
void pads_rumble(Pads *p, int seat);
/* Lights each seated controller in its player's colour (where it has a light). */
void pads_set_colors(Pads *p, const SDL_Color colors[PADS_SEATS]);

/* The type for an SDL_GameControllerType. */
PadType pads_type_from_sdl(int sdl_type);
/* Whether this type's "yes" button is the right-hand one (Nintendo). */
bool pads_yes_is_right(PadType t);
/* Names for replays ("xbox360", "ps5", ...) and back (-1 when unknown). */
const char *pads_type_name(PadType t);
int pads_type_from_name(const char *name);
/* A name for people ("Xbox controller", "DualSense"...). */
const char *pads_type_title(PadType t);
const char *pads_change_name(PadChange c);
int pads_change_from_name(const char *name);

#endif
