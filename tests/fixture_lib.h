/* Test helper: loads decks from the fixtures folder into a library. */
#ifndef GA_FIXTURE_LIB_H
#define GA_FIXTURE_LIB_H

#include "core/library.h"

#include <stdio.h>
#include <stdlib.h>

static inline Deck *fixture_deck(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(DECK_MAX_BYTES + 1);
    size_t n = fread(buf, 1, DECK_MAX_BYTES + 1, f);
    fclose(f);
    DiagList d;
    diag_init(&d);
    Deck *deck = deck_load(path, buf, n, &d);
    for (size_t i = 0; i < d.count; i++) {
        char line[1024];
        diag_format(&d.items[i], line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }
    diag_free(&d);
    free(buf);
    return deck;
}

/* The two good fixture decks, in a fixed order. */
static inline void fixture_library(Library *lib) {
    library_init(lib);
    library_add(lib, fixture_deck(GA_FIXTURES "/good/exes.yaml"));
    library_add(lib, fixture_deck(GA_FIXTURES "/good/texts.yaml"));
}

#endif
