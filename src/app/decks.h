/* Finding and reading decks through the VFS: the one path by which both the game and
 * --check reach every deck and translation deck, so they always agree on what a pack
 * holds. */
#ifndef GA_DECKS_H
#define GA_DECKS_H

#include "core/library.h"

#include <stdbool.h>
#include <stddef.h>

enum { DECKS_MAX_DEPTH = 6 }; /* folders below the top of a pack that are still searched */

/* Which translations/ folders a walk goes into. Translation decks live in
 * translations/<language>/ by custom; the game reads a language's only when it is played. */
typedef enum DecksFolders {
    DECKS_EVERY_FOLDER,    /* all, translations/ ones too (--check reads everything) */
    DECKS_NO_TRANSLATIONS, /* all but translations/ folders (the game's first walk) */
    DECKS_ONE_LANGUAGE,    /* only the files under translations/<lang>/, wherever they are */
} DecksFolders;

/* What a walk reports, one call per deck file or per problem. shown names the file for
 * people ("packs/mine/a.yaml", or as --check was given it). */
typedef struct DeckVisitor {
    /* A deck file's bytes (a deck or a translation deck; not NUL-terminated for the
     * loader's sake, but they are). */
    void (*deck)(void *ctx, const char *shown, const char *bytes, size_t len);
    /* Something that is not read: a deck that cannot be (too large, damaged, a named
     * pipe...), a folder that cannot be listed or is too deep. error: whether a deck is
     * lost by it (else it is only worth knowing). */
    void (*problem)(void *ctx, const char *shown, const char *why, bool error);
    void *ctx;
    DecksFolders folders; /* DECKS_EVERY_FOLDER when left out */
    const char *lang;     /* for DECKS_ONE_LANGUAGE: the language code */
} DeckVisitor;

/* Walks the virtual folder vroot (a mounted pack, /scenarios...) in name order: every
 * deck file (deck_is_file_name) down to DECKS_MAX_DEPTH folders, skipping hidden names
 * and the __MACOSX folder that Mac archives carry, into translations/ folders as
 * v->folders says. shown_root replaces vroot in the names reported. With
 * DECKS_ONE_LANGUAGE only what is under translations/<lang>/ is read or reported (the
 * rest was, by the first walk). */
void decks_walk(const char *vroot, const char *shown_root, const DeckVisitor *v);

typedef struct DeckNotices {
    char **items; /* one line each: "Skipped broken deck packs/x/y.yaml (line 3: ...)" */
    int count, cap;
} DeckNotices;

/* Loads /scenarios and every /packs/<name> (each walked with decks_walk, in name order)
 * into lib, which must be empty: every deck, and the translation decks that are not in a
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
/* The languages players can choose: "" (the decks as written, English) and each language
 * the shipped decks have a translations/ folder for, sorted by code. Returns the count. */
int decks_languages(char (*out)[LIBRARY_LANG_MAX], int max);

#endif
