/* The set of loaded decks the session deals from, with their translations. */
#ifndef GA_LIBRARY_H
#define GA_LIBRARY_H

#include "deck.h"
#include "translate.h"

/* A translation deck in the library, matched to the deck it translates. */
typedef struct LibTranslation {
    Translation *tr; /* owned */
    int deck;        /* index of the deck it translates; -1 until linked */
    Deck *view;      /* owned: that deck in tr's language (translation_apply); NULL until linked */
    TrCoverage cov;  /* how much of the deck it covers */
} LibTranslation;

enum { LIBRARY_LANG_MAX = 16 };

typedef struct Library {
    /* The decks the game shows, in the language set by library_set_language: a deck's
     * translation where one exists, else the deck as written. The same decks in the same
     * order with the same ids, scenarios, cards and rules in every language, so indices
     * and saves never depend on the language. Read-only outside library.c. */
    Deck **decks;
    int n_decks, cap;
    Deck **written; /* owned: the decks as loaded */
    LibTranslation *trs;
    int n_trs, cap_trs;
    char language[LIBRARY_LANG_MAX]; /* "" until set: every deck as written */
} Library;

void library_init(Library *lib);
void library_free(Library *lib); /* destroys every deck and translation */
/* Takes ownership of deck. Returns false (and destroys nothing) when a deck with the
 * same id is already there or memory ran out; the caller still owns deck then. */
bool library_add(Library *lib, Deck *deck);
int library_find_deck(const Library *lib, const char *id);    /* index or -1 */
int library_scenario_count(const Library *lib, Category cat); /* all intensities */

/* Takes ownership of tr. Returns false (the caller still owns tr) when a translation of
 * the same deck into the same language is already there or memory ran out. */
bool library_add_translation(Library *lib, Translation *tr);
/* Matches every translation to the deck it translates, checks it against that deck
 * (translation_check, into diags) and builds the deck it shows. A translation whose deck
 * is not loaded gets a warning; one with errors against its deck is dropped. Call once,
 * after the last library_add and library_add_translation. */
void library_link_translations(Library *lib, DiagList *diags);
/* The linked translation of a deck into lang, or NULL. */
const LibTranslation *library_find_translation(const Library *lib, const char *deck_id, const char *lang);
/* Deck number `deck` in lang: its translation where one is linked, else the deck as
 * written (also when lang is its own language, NULL or ""). Same structure either way,
 * so a card found by index in one is the same card in the other. */
const Deck *library_deck_in(const Library *lib, int deck, const char *lang);
/* Shows every deck in lang from now on (lib->decks): NULL or "" shows them as written.
 * A session made with lib reads its cards from lib->decks, so it plays in lang. */
void library_set_language(Library *lib, const char *lang);

#endif
