/* The game controller: owns the decks and the session, turns player input into core
 * actions, and keeps the autosave. Screens call it; they never touch the session. */
#ifndef GA_GAME_H
#define GA_GAME_H

#include "app/decks.h"
#include "app/input.h"
#include "core/session.h"
#include "core/summary.h"

#include <stdbool.h>
#include <stdint.h>

enum { GAME_NOTE_MAX = 512 };

typedef struct Game {
    Library lib;
    DeckNotices notices;
    SessionSetup setup;   /* edited by the setup screen */
    Session *session;     /* NULL outside a session */
    int last_records;     /* to notice a new reveal */
    bool autosave;        /* off in facilitated mode */
    char note[GAME_NOTE_MAX]; /* the last thing worth telling the players (a save path, an error) */
} Game;

#define GAME_AUTOSAVE "session.sav"

/* Loads every deck. Call once vfs is up. */
void game_init(Game *g);
void game_free(Game *g);

/* Starts a session from g->setup. Returns false with g->note explaining why. */
bool game_start(Game *g);
/* Ends the session (summary already shown or abandoned) and deletes the autosave. */
void game_close(Game *g);

/* Applies one action to the session; handles the autosave. Returns true on change. */
bool game_apply(Game *g, Action a);
/* Translates a player's input into an action for the current phase (answers, take
 * back, break, continue). Returns false when the input has no meaning here. */
bool game_action_for(const Game *g, const InputEvent *e, Action *out);

/* Resume support: whether an autosave exists, and loading it into g->session. */
bool game_has_autosave(void);
bool game_resume(Game *g);
void game_discard_autosave(void);

/* Writes the summary as Markdown into the data folder. Fills g->note with the path
 * (or the error). date is a human-readable local date. */
bool game_save_summary(Game *g, const SummaryPrivacy *priv, const char *date, char *path, size_t path_size);

/* Number of scenarios available per category under the current setup filters. */
int game_available(const Game *g, Category c);

#endif
