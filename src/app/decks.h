/* Finding and reading decks through the VFS: the one path by which both the game and
 * --check reach every deck, so they always agree on what a pack holds. */
#ifndef GA_DECKS_H
#define GA_DECKS_H

#include "core/library.h"

#include <stdbool.h>
#include <stddef.h>

enum { DECKS_MAX_DEPTH = 6 }; /* folders below the top of a pack that are still searched */

/* What a walk reports, one call per deck file or per problem. shown names the file for
 * people ("packs/mine/a.yaml", or as --check was given it). */
typedef struct DeckVisitor {
    /* A deck file's bytes (not NUL-terminated for the loader's sake, but they are). */
    void (*deck)(void *ctx, const char *shown, const char *bytes, size_t len);
    /* Something that is not read: a deck that cannot be (too large, damaged, a named
     * pipe...), a folder that cannot be listed or is too deep. error: whether a deck is
     * lost by it (else it is only worth knowing). */
    void (*problem)(void *ctx, const char *shown, const char *why, bool error);
    void *ctx;
} DeckVisitor;

/* Walks the virtual folder vroot (a mounted pack, /scenarios...) in name order: every
 * deck file (deck_is_file_name) down to DECKS_MAX_DEPTH folders, skipping hidden names
 * and the __MACOSX folder that Mac archives carry. shown_root replaces vroot in the
 * names reported. */
void decks_walk(const char *vroot, const char *shown_root, const DeckVisitor *v);

typedef struct DeckNotices {
    char **items; /* one line each: "Skipped broken deck packs/x/y.yaml (line 3: ...)" */
    int count, cap;
} DeckNotices;

/* Loads /scenarios and every /packs/<name> (each walked with decks_walk, in name order)
 * into lib, which must be empty. A broken deck or a repeated deck id is skipped with a
 * notice naming the file and its first error; the good decks still load. */
void decks_load_all(Library *lib, DeckNotices *notices);
void deck_notices_free(DeckNotices *n);

#endif
