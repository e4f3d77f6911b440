/* What a translation deck means against the deck it translates: the checker's missing,
 * extra, stale and mismatched texts; and the translated deck the game shows (the source's
 * structure with the translation's text, the source's text where none is given). The
 * translator's two tools, the template and the hash refresh, are trtools.h.
 *
 * Every text has a key, the path to it by ids: "title", "late/title",
 * "late/s1/text", "late/help/options/2", "late/s1/prompts/same/1". The checker prints
 * these, the 'sources' block records a hash per key, the refresh takes them. */
#ifndef GA_TRANSLATE_H
#define GA_TRANSLATE_H

#include "deck.h"

typedef struct TrCoverage {
    int texts;   /* texts in the source deck */
    int missing; /* not translated: shown in the source's language */
    int stale;   /* translated, but the source text changed since (or was never recorded) */
    int extra;   /* texts in the translation the source has no place for */
} TrCoverage;

/* The hash recorded for a source text: 8 lowercase hex digits (32-bit FNV-1a of its bytes). */
void translation_hash(const char *text, char out[TR_HASH_CHARS + 1]);

/* Checks tr against src, the deck it translates, into diags (under tr->file): every
 * missing text, every extra id or text, every stale text, {p1}/{p2} used on one side
 * only (all warnings), and a list of options whose length differs from the source's
 * (an error: answers are matched by position). source_path, when not NULL, names src in
 * the refresh hint of a stale text. cov (may be NULL) gets the counts. */
void translation_check(const Translation *tr, const Deck *src, const char *source_path, DiagList *diags,
                       TrCoverage *cov);

/* The deck in tr's language: src's structure, ids and rules with tr's text wherever it is
 * given, src's text elsewhere (a stale text is still used). It points into src and tr:
 * deck_destroy it before either. NULL when out of memory. */
Deck *translation_apply(const Deck *src, const Translation *tr);

/* "Spanish" for "es", "Hindi" for "hi"...; the code itself when it is not one we name. */
const char *language_name(const char *code);

#endif
