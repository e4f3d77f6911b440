/* The game controller: owns the decks and the session, turns player input into core
 * actions, and keeps the autosave. Screens call it; they never touch the session. */
#ifndef GA_GAME_H
#define GA_GAME_H

#include "app/decks.h"
#include "app/platform/input.h"
#include "core/bilingual.h"
#include "core/plan.h"
#include "core/session.h"
#include "core/summary.h"

#include <stdbool.h>
#include <stdint.h>

enum {
    GAME_NOTE_MAX = 512,
    GAME_PLAN_FILE_MAX = 64,
    GAME_MAX_PLANS = 50,
    GAME_HOLD_MS = 1000, /* how long the leave-out key is held to leave a scenario out */
    GAME_UNDO_MS = 6000, /* how long "Left out. Undo" is offered afterwards */
};

/* The facilitator's discussion timer (console.c). */
typedef enum TimerState { TIMER_IDLE, TIMER_RUNNING, TIMER_DONE } TimerState;

typedef struct Game {
    Library lib;
    DeckNotices notices;
    SessionSetup setup;       /* edited by the setup screen */
    Session *session;         /* NULL outside a session */
    int last_records;         /* to notice a new reveal */
    int last_pos;             /* to notice a move to another scenario */
    bool autosave;            /* off in facilitated mode */
    bool replaces_save;       /* an older session's save is on disk until this one really starts */
    char note[GAME_NOTE_MAX]; /* the last thing worth telling the players (a save path, an error) */
    /* An autosave that failed, in words for the screen ("" when the last one worked);
     * the app shows it and clears it. */
    char save_problem[GAME_NOTE_MAX];
    /* The facilitator's discussion timer: what is left, in the app's logical
     * milliseconds, counted down only while the discussion shows (console.c). */
    TimerState timer;
    uint32_t timer_left;
    /* Leaving a scenario out: a hold of GAME_HOLD_MS on a player's key, then an undo
     * that stays on offer for GAME_UNDO_MS (times are the app's logical ms). */
    int hold_player; /* whose key is down, or -1 */
    uint32_t hold_since;
    bool undo_open;
    uint32_t left_at;
    /* The facilitator's plan, built before a facilitated session starts: its scenarios,
     * its name ("" until given one) and the file it was opened from or saved to ("" for
     * a new plan). */
    Plan plan;
    char plan_file[GAME_PLAN_FILE_MAX];
    /* The languages whose translations were read (game_set_language reads each once). */
    char languages[4][LIBRARY_LANG_MAX];
    int n_languages;
    /* The session as each player reads it, when their languages differ (screens/duo.c). */
    SessionIn views[2];
    /* The languages a player can choose at setup (decks_languages). */
    char offered[8][LIBRARY_LANG_MAX];
    int n_offered;
} Game;

#define GAME_AUTOSAVE "session.sav"

/* Loads every deck. Call once vfs is up. */
void game_init(Game *g);
/* Plays the decks in this language (a code like "es") where they have a translation,
 * and adds notices naming the decks that fall back to the language they were written
 * in. NULL or "" plays every deck as written. */
void game_set_language(Game *g, const char *lang);
/* Both players' languages (SessionSetup.langs): reads each one's translations (with
 * their notices, once) and plays the decks in player 1's; cards show player 2's too. */
void game_set_languages(Game *g, const char *lang0, const char *lang1);
void game_free(Game *g);

/* Starts a session from g->setup. Returns false with g->note explaining why. */
bool game_start(Game *g);
/* Ends the session (its summary saved, or left without saving after asking) and deletes
 * the autosave. */
void game_close(Game *g);
/* Puts a session loaded from the autosave aside without touching the file: "Start
 * fresh" keeps the old save until the new session has really started. */
void game_set_aside(Game *g);

/* Applies one action to the session; handles the autosave: written after every reveal,
 * every move to another scenario, leaving one out and taking that back, and on reaching
 * the summary (which stays on disk until it is saved or let go). Returns true on change. */
bool game_apply(Game *g, Action a);
/* The facilitator's record: logical time spent on the scenario showing (console.c feeds
 * it while the discussion shows). */
void game_add_time(Game *g, uint32_t ms);
/* Translates a player's input into an action for the current phase (answers, take
 * back, break, continue). Returns false when the input has no meaning here. */
bool game_action_for(const Game *g, const InputEvent *e, Action *out);

/* The leave-out key went down (pressed) or up for a player at logical time now. Returns
 * an action to send (the undo, when it is on offer) or ACT_NONE. */
Action game_veto_key(Game *g, int player, bool pressed, uint32_t now);
/* Time passing: returns ACT_VETO once a hold has lasted GAME_HOLD_MS (the caller sends
 * it and then calls game_veto_done), else ACT_NONE; closes the undo offer when it lapses. */
Action game_veto_tick(Game *g, uint32_t now);
void game_veto_done(Game *g, uint32_t now);
/* How far a hold has come (0..1; the player in *player), or -1 when no key is held. */
float game_veto_progress(const Game *g, uint32_t now, int *player);
/* Whether "Left out. Undo" is on offer now. */
bool game_undo_offered(const Game *g, uint32_t now);

/* Resume support: whether an autosave exists, and loading it into g->session. */
bool game_has_autosave(void);
bool game_resume(Game *g);
void game_discard_autosave(void);

/* Writes the summary as a printable HTML page and as Markdown into summaries/ in the
 * data folder, leaving out the answers of anyone opt excludes. Fills g->note with the
 * folder and file names (or the error). date is a human-readable local date; stamp a
 * file-safe one ("2026-11-22-2130") that names the files. */
bool game_save_summary(Game *g, const SummaryOptions *opt, const char *date, const char *stamp);
/* The facilitator's session record (core/record.h), written only with an export, as
 * summaries/gray-area-STAMP-record.md. Adds its name to g->note. */
bool game_save_record(Game *g, const char *date, const char *stamp);
/* Makes stamp one that no saved summary has yet ("...-2" after a save in the same second),
 * so an export never writes over an earlier one. */
void game_unique_stamp(char *stamp, size_t n);
/* The names an export with this stamp writes (file names only, no folder). */
void game_export_names(const char *stamp, bool record, char *out, size_t n);
/* The local time as a file-safe stamp ("2026-11-22-213005") and, when date is not NULL,
 * as words for a page ("Sunday 22 November 2026"). Names saved summaries and plans. */
void game_stamp(char *stamp, size_t n, char *date, size_t date_n);
/* The name a picture of the summary gets ("summaries/gray-area-STAMP.png"). */
void game_summary_png_name(const char *stamp, char *out, size_t size);

/* Deletes everything sensitive the game may have written: autosaves, saved summaries,
 * temporary and backup files. Fills report with what went ("Deleted 2 summaries..."). */
bool game_forget_everything(char *report, size_t size);

/* Plans in plans/ in the data folder (they hold scenario ids and a name, never answers). */
typedef struct SavedPlan {
    char file[GAME_PLAN_FILE_MAX]; /* "plan-2026-11-22-213005.txt" */
    char name[PLAN_NAME_MAX];      /* its name, or "" */
    int scenarios, minutes;        /* the ones loaded now, about how long they take */
    int missing;                   /* scenarios in it that are not loaded now */
    bool readable;                 /* false: the file could not be read as a plan */
} SavedPlan;
/* Saves g->plan: over the file it came from (g->plan_file), or as a new file named by
 * stamp when it has none. A plan with no name is named by date ("Sunday 22 November"). */
bool game_save_plan(Game *g, const char *stamp, const char *date);
/* Lists saved plans, newest first; returns the count. */
int game_list_plans(const Game *g, SavedPlan *out, int max);
bool game_open_plan(Game *g, const char *file);
/* Renames a saved plan (the name inside it; the file keeps its name). */
bool game_rename_plan(Game *g, const char *file, const char *name);
/* Deletes a saved plan. The plan being edited stays, as a new plan. */
bool game_delete_plan(Game *g, const char *file);

/* Number of scenarios available per category under the current setup filters. */
int game_available(const Game *g, Category c);

#endif
