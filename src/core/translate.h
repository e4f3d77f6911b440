/* What a translation deck means against the deck it translates: the checker's missing,
 * extra, stale and mismatched texts; the translated deck the game shows (the source's
 * structure with the translation's text, the source's text where none is given); and
 * the translator's two tools, the template and the hash refresh.
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

/* Writes a translation deck for src into lang, ready to translate: every id, every text
 * as "" with the source text in a '# en:' comment above it, and the 'sources' block with
 * the current hashes. source_path names src in the header comment. Returns the number
 * of texts. */
int translation_template(const Deck *src, const char *lang, const char *source_path, StrBuf *out);

/* After a translator re-checked some texts against the current source: rewrites the
 * translation file (bytes, as tr was loaded from them) into out, with the recorded hash
 * of every translated text named by keys (a text's key, or a scenario's or card's to take
 * all of its texts) set to the current source's and its '# en:' comment showing the
 * current source text. Nothing else before the 'sources' block changes; the block is
 * rewritten in source order (texts the source no longer has are dropped). report gets
 * one line per key. Returns false, with err and out left empty, when a key names no text
 * or the file cannot be rewritten safely. */
bool translation_refresh(const Deck *src, const Translation *tr, const char *bytes, size_t len, const char *const *keys,
                         int n_keys, StrBuf *out, StrBuf *report, char *err, size_t err_size);

/* "Spanish" for "es", "Hindi" for "hi"...; the code itself when it is not one we name. */
const char *language_name(const char *code);

#endif
