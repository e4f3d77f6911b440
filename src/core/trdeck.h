/* Reads a translation deck (deck.h, Translation) from its parsed YAML tree: keys, types,
 * ids, placeholders, limits, the machine-kept 'sources' block. deck.c parses the file
 * and calls this when it holds a translation. */
#ifndef GA_TRDECK_H
#define GA_TRDECK_H

#include "deck.h"
#include "yamltree.h"

/* Reads a translation from its tree (which the caller frees), reporting into diags.
 * NULL when there was any error. */
Translation *translation_read(const char *file, const YNode *root, DiagList *diags);

#endif
