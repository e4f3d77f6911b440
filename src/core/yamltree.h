/* A small positioned YAML tree built from libyaml events, with the limits decks need. */
#ifndef GA_YAMLTREE_H
#define GA_YAMLTREE_H

#include "diag.h"
#include "util.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum YNodeKind { YNODE_SCALAR, YNODE_MAP, YNODE_SEQ } YNodeKind;

typedef struct YNode YNode;
struct YNode {
    YNodeKind kind;
    int line, column; /* 1-based */
    const char *str;  /* scalars: the text (NUL-terminated) */
    size_t len;
    bool plain;    /* scalars: written without quotes */
    YNode **keys;  /* maps: key scalars */
    YNode **items; /* maps: values; sequences: items */
    int n;
};

/* Parses bytes into a tree allocated in arena. Every problem goes to diags (with file).
 * Returns NULL when the bytes are not a usable YAML document. Enforces: size, UTF-8,
 * no tabs in indentation, depth, no anchors/aliases/tags, no duplicate keys,
 * string length, a single document. */
YNode *ytree_parse(Arena *arena, const char *file, const char *bytes, size_t len, size_t max_bytes, int max_depth,
                   size_t max_string, DiagList *diags);

#endif
