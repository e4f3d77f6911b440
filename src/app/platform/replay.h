/* Input recording (--record) and deterministic playback (--replay) of whole runs. */
#ifndef GA_REPLAY_H
#define GA_REPLAY_H

#include "app/platform/input.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The file format, one item per line; '#' starts a comment, blank lines are fine:
 *
 *   grayarea-replay 1          required first line
 *   seed 1234                  optional header lines (defaults: 0, 1280 720, the
 *   size 1280 720              default settings); they come before any event
 *   ui_scale 1.00
 *   theme light                light | dark
 *   reduced_motion no          yes | no
 *   notices 1                  the notices shown at start, as recorded; without
 *   notice "Skipped pack x"    a "notices" line the run shows its own
 *   0 confirm                  events: <ms> <kind> [arguments]
 *   350 answer 0 3             answer <player 0|1> <value 1-4>
 *   400 unlock 1               unlock <player>
 *   450 veto 0                 veto <player> [up]: the leave-out key down, or "up" again
 *   900 click 640 360          move | press | click <x> <y>, in output pixels
 *   950 text "Sam"             text "<UTF-8, \" \\ \xNN escapes, at most 31 bytes>"
 *   990 scroll -1              scroll <lines>
 *   995 command skip           command <name>: a facilitator's shortcut (shortcuts.h)
 *   999 resize 1920 1080       resize <w> <h>
 *   1200 pad joined 3 0 ps5    pad <change> <instance id> <seat -1|0|1> <type>: a
 *                              controller came, went, took a seat... (pads.h names)
 *   1300 answer 0 2 pad        a trailing "pad": the event came from a controller
 *
 * Other kinds (up down left right confirm back break backspace fullscreen quit) take
 * an optional player. <ms> is the logical time since start and never goes back.
 * Pointer positions may be negative (the TV margin is left of and above the screens).
 * The header may also say "tv_mode yes" (the setting; default no) and "timer_minutes 5"
 * (the facilitator's timer length, 1-10; default 3). A replay is
 * deterministic for the same decks: it records input, not the decks, and needs no
 * controller: the pad lines rebuild the seats. */

enum {
    REPLAY_MAX_BYTES = 8 * 1024 * 1024,
    REPLAY_MAX_LINE = 1024,
    REPLAY_MAX_TIME_MS = 24 * 3600 * 1000,
    REPLAY_NOTICE_MAX = 8,
    REPLAY_NOTICE_LEN = 320,
};

typedef struct ReplayItem {
    uint32_t t;
    InputEvent ev;
} ReplayItem;

/* What a run starts from, besides its input. */
typedef struct ReplayHeader {
    uint64_t seed;
    int w, h; /* output pixels */
    /* Settings and notices change the layout, so clicks land where they did. */
    float ui_scale;
    bool dark, reduced_motion, tv_mode;
    int timer_minutes; /* the facilitator's timer length (it decides when the timer ends) */
    bool has_notices; /* false: use the notices of the run itself */
    int n_notices;
    char notices[REPLAY_NOTICE_MAX][REPLAY_NOTICE_LEN];
} ReplayHeader;

typedef struct Replay {
    ReplayHeader head;
    ReplayItem *items;
    int n, pos;
} Replay;

/* Reads and checks a whole replay file. On error, err reads "FILE:LINE: message". */
bool replay_load(Replay *r, const char *path, char *err, size_t err_size);
/* The same from memory (name is used in messages). */
bool replay_parse(Replay *r, const char *name, const char *text, size_t len, char *err, size_t err_size);
void replay_free(Replay *r);
/* The next item to play, or NULL at the end. replay_pop moves past it. */
const ReplayItem *replay_peek(const Replay *r);
void replay_pop(Replay *r);

typedef struct Recorder {
    FILE *f;
    bool failed;
} Recorder;

/* Starts a recording with this header (has_notices is implied). */
bool recorder_open(Recorder *rec, const char *path, const ReplayHeader *head, char *err, size_t err_size);
void recorder_write(Recorder *rec, uint32_t t, const InputEvent *ev);
/* Returns false (err filled) when any write failed. */
bool recorder_close(Recorder *rec, char *err, size_t err_size);

/* Writes one event line (without the newline) into out, as recorder_write does. */
void replay_format_event(uint32_t t, const InputEvent *ev, char *out, size_t out_size);

#endif
