/* The session state machine: setup, dealing, hidden picks, reveals, branching, breaks.
 * Driven only by actions (session_apply); reads no clock and no file. Fields of
 * Session are read-only outside session.c: screens draw them, and change nothing. */
#ifndef GA_SESSION_H
#define GA_SESSION_H

#include "compare.h"
#include "library.h"

#include <stdbool.h>
#include <stdint.h>

enum {
    SESSION_NAME_MAX = 64, /* bytes, including the terminating NUL */
    SESSION_MAX_PLAN = 64,
    SESSION_MAX_LENGTH = 64,             /* scenarios */
    SESSION_COUNTDOWN_MS = 1500,         /* the default lock-in countdown (SessionSetup.countdown_ms) */
    SESSION_COUNTDOWN_MAX_MS = 10000,    /* the longest it may be set to */
    SESSION_MAX_CARDS_PER_SCENARIO = 40, /* guards against decks that loop */
};

typedef enum PlayMode { MODE_SIDE_BY_SIDE, MODE_TAKE_TURNS } PlayMode;

typedef struct PlanItem {
    int deck, scenario; /* indices into the library */
} PlanItem;

typedef struct SessionSetup {
    char names[2][SESSION_NAME_MAX]; /* UTF-8; empty means "Player 1" / "Player 2" */
    PlayMode mode;
    bool facilitated;
    bool categories[CAT_COUNT];
    bool intensities[INTENSITY_COUNT];
    bool skip_content_notes; /* leave out every scenario with a content note */
    bool starter_only;       /* the gentle "first evening" selection */
    int length;              /* scenarios to deal, 1..SESSION_MAX_LENGTH */
    bool guess;
    /* How long the lock-in countdown runs before the reveal; 0 turns it off: once both
     * are locked in, either presses "reveal" (ACT_NEXT). 0..SESSION_COUNTDOWN_MAX_MS. */
    int countdown_ms;
    uint64_t seed;
    PlanItem plan[SESSION_MAX_PLAN]; /* when n_plan > 0: play exactly these, in order */
    int n_plan;
    /* Each player's language (a code like "es"; "" for the decks as written). When the two
     * differ, cards show both (bilingual.h); the session itself plays from lib->decks. */
    char langs[2][LIBRARY_LANG_MAX];
} SessionSetup;

/* Why a player's name cannot be used ("is too long", "shows nothing on screen..."), or
 * NULL when it can. An empty name is fine: it shows as "Player 1" or "Player 2". The one
 * rule for names, wherever they come from (setup, settings, a saved session). */
const char *session_name_problem(const char *name);

/* Fills a setup with the defaults: all categories, gentle + honest, 6 scenarios. */
void session_setup_defaults(SessionSetup *s);

typedef enum Phase {
    PHASE_INTRO,     /* scenario title and content note; NEXT starts it */
    PHASE_COVER,     /* take turns: "pass to {turn}"; NEXT when they have it */
    PHASE_PICK,      /* hidden picks */
    PHASE_COUNTDOWN, /* both locked; TICKs run it down (or, with no countdown, NEXT
                        reveals); a change starts it again, taking a pick back stops it */
    PHASE_REVEAL,    /* the outcome of the last record; NEXT moves on */
    PHASE_SUMMARY,   /* the session is over */
} Phase;

typedef enum ActionType {
    ACT_NONE,
    ACT_PICK,     /* player, value 1-4: choose (and lock) an answer for the current round */
    ACT_UNLOCK,   /* player: take the pick back */
    ACT_NEXT,     /* player or -1: continue (intro, cover, take-turns "done", reveal) */
    ACT_TICK,     /* value: milliseconds passed */
    ACT_BREAK,    /* anyone: toggle the break screen */
    ACT_VETO,     /* a player: leave out this scenario, never says who */
    ACT_SKIP,     /* facilitator: skip this scenario */
    ACT_BACK,     /* facilitator: return to the last reveal */
    ACT_PAUSE,    /* facilitator: toggle the neutral pause screen */
    ACT_VERDICTS, /* facilitator: toggle whether verdict words are shown */
    ACT_END,      /* end early: go to the summary */
    ACT_UNDO,     /* anyone: take back the last "leave this one out" (only right after it) */
    ACT_TYPE_COUNT
} ActionType;

typedef struct Action {
    ActionType type;
    int player; /* 0, 1, or -1 for the facilitator / the app */
    int value;
} Action;

/* One answered card. Indices point into the library the session was made with. */
typedef struct CardRecord {
    int deal;                       /* index into Session.deal */
    int card;                       /* card index in that scenario */
    int picks[2][ROUND_KIND_COUNT]; /* 0: not asked */
    CardResult result;              /* what the picks mean (compare.h) */
} CardRecord;

typedef struct DealItem {
    int deck, scenario;
    bool skipped;  /* skipped or vetoed before it ended */
    bool left_out; /* of those, left out by a player (ACT_VETO), never saying who */
    uint32_t ms;   /* logical time spent on it (session_add_time), for the facilitator's record */
} DealItem;

/* Where play stood before a scenario was left out, so it can be undone. */
typedef struct SessionUndo {
    int pos, card, cards_in_scenario;
    Phase phase;
    int round, n_rounds;
    RoundKind rounds[ROUND_KIND_COUNT];
    int turn, first_turn;
    int pick[2];
    int pending[2][ROUND_KIND_COUNT];
} SessionUndo;

typedef struct Session {
    const Library *lib;
    SessionSetup setup;
    DealItem deal[SESSION_MAX_LENGTH];
    int n_deal;
    int pos;  /* current deal index */
    int card; /* current card index in the scenario */
    int cards_in_scenario;
    Phase phase;
    int round; /* index into rounds[] */
    RoundKind rounds[ROUND_KIND_COUNT];
    int n_rounds;
    int turn; /* take turns: whose turn (0/1); -1 side by side */
    int first_turn;
    int pick[2];                      /* current round, 0 = none */
    int pending[2][ROUND_KIND_COUNT]; /* this card's picks so far */
    int countdown_ms;
    bool on_break;
    bool paused;
    bool hide_verdicts;
    bool can_undo; /* the last action left a scenario out (ACT_VETO) */
    int breaks;    /* breaks called so far (never by whom) */
    int pauses;    /* the facilitator's pauses so far */
    SessionUndo undo;
    CardRecord *records;
    int n_records, cap_records;
} Session;

/* Creates a session and deals its scenarios. Returns NULL when nothing can be dealt
 * with this setup (err explains) or memory ran out. Free with session_destroy. */
Session *session_create(const Library *lib, const SessionSetup *setup, char *err, size_t err_size);
void session_destroy(Session *s);
/* Applies one action. Returns true when it changed anything. Actions that make no
 * sense in the current state are ignored (they return false). */
bool session_apply(Session *s, Action a);

const Scenario *session_scenario(const Session *s); /* NULL in the summary */
const Card *session_card(const Session *s);
const char *session_name(const Session *s, int player); /* never NULL */
/* Whether a player has answered the current round (never which answer). */
bool session_locked(const Session *s, int player);
/* Whether this player may answer now (take turns: only the one whose turn it is). */
bool session_can_pick(const Session *s, int player);
/* Whether the current card has answers that ending or leaving now would throw away. */
bool session_card_started(const Session *s);
/* Options in the current round: 4 on rate and guess-on-rate cards, else the card's. */
int session_option_count(const Session *s);
RoundKind session_round_kind(const Session *s);
const CardRecord *session_last_record(const Session *s); /* NULL when none */
/* Scenario position for "2 of 6". */
int session_scenario_number(const Session *s);

/* Adds ms of the app's logical time to the scenario showing, unless the session is paused,
 * on a break or over (the core reads no clock: the app feeds it). For the facilitator's
 * session record (record.h); never saved. */
void session_add_time(Session *s, uint32_t ms);

/* Appends an answered card to the records (used when a save is read back).
 * Returns false when the indices are wrong or memory ran out. */
bool session_add_record(Session *s, int deal, int card, const int picks[2][ROUND_KIND_COUNT]);

/* Replaces {p1} and {p2} with the players' names. Appends to out. */
void session_fill_text(const Session *s, const char *text, StrBuf *out);

#endif
