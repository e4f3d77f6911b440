/* The translator's two tools, for `grayarea --translation-template` and
 * `--translation-refresh` (app/transtool.c): a fresh translation deck to fill in, and a
 * translation file rewritten with the hashes of the source texts it was checked against.
 * Texts and their keys are those of trslots.h, as the checker (translate.h) sees them. */
#ifndef GA_TRTOOLS_H
#define GA_TRTOOLS_H

#include "deck.h"

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

#endif
