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
 * which must be empty. A broken deck or a repeated deck id is skipped with a notice
 * naming the file and its first error; the good decks still load. */
void decks_load_all(Library *lib, DeckNotices *notices);
void deck_notices_free(DeckNotices *n);

#endif
