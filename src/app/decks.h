/* Loads every deck the game can see (shipped decks, then packs) into a library. */
#ifndef GA_DECKS_H
#define GA_DECKS_H

#include "core/library.h"

#include <stddef.h>

typedef struct DeckNotices {
    char **items; /* one line each: "Skipped broken deck packs/x/y.yaml: 3:5: error: ..." */
    int count, cap;
} DeckNotices;

/* Loads /scenarios and every /packs/<name> (recursively, sorted by name) into lib,
 * which must be empty: every deck, and the translation decks that are not in a
 * translations/ folder (those load per language, below). A broken deck or translation, a
 * repeated deck id, a second translation of a deck into one language, or a translation
 * of a deck that is not there is skipped with a notice naming the file and its first
 * error; the rest still load. */
void decks_load_all(Library *lib, DeckNotices *notices);
/* Loads the translations in every translations/<lang>/ folder of the same places and
 * links them to their decks, with the same notices. Call once per language. */
void decks_load_language(Library *lib, const char *lang, DeckNotices *notices);
/* Notices for players who play in lang: the decks that have no translation into it yet
 * (shown as written), and those whose translation leaves some texts out. */
void decks_language_notices(const Library *lib, const char *lang, DeckNotices *notices);
void deck_notices_free(DeckNotices *n);

#endif
