/* Test helper: loads decks from the fixtures folder into a library. */
#ifndef GA_FIXTURE_LIB_H
#define GA_FIXTURE_LIB_H

#include "core/session.h"
#include "harness.h"

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

/* The two good fixture decks, in a fixed order. A deck that fails to load is left out
 * (callers check lib->n_decks). */
static inline void fixture_library(Library *lib) {
    static const char *const paths[] = {GA_FIXTURES "/good/exes.yaml", GA_FIXTURES "/good/texts.yaml"};
    library_init(lib);
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        Deck *d = fixture_deck(paths[i]);
        if (d && !library_add(lib, d)) deck_destroy(d);
    }
}

/* Checks that d (sorted) holds exactly the expected diagnostics, each written as
 * "line:column: level: message" after "file:"; lines ends with NULL. */
static inline void check_diag_lines(const DiagList *d, const char *file, const char *const *lines) {
    int n_expected = 0;
    while (lines[n_expected]) n_expected++;
    if ((int)d->count != n_expected) {
        fprintf(stderr, "  in %s:\n", file);
        for (size_t k = 0; k < d->count; k++) {
            char line[2048];
            diag_format(&d->items[k], line, sizeof line);
            fprintf(stderr, "    %s\n", line);
        }
    }
    CHECK_INT(d->count, n_expected);
    for (size_t k = 0; k < d->count && (int)k < n_expected; k++) {
        char line[2048], want[2048];
        diag_format(&d->items[k], line, sizeof line);
        snprintf(want, sizeof want, "%s:%s", file, lines[k]);
        CHECK_STR(line, want);
    }
}

static inline Action act(ActionType t, int player, int value) { return (Action){t, player, value}; }

/* Plays the current card side by side: in round r player 1 picks a[r] and player 2 b[r],
 * then the countdown runs out. Returns false when a pick was refused or no countdown ran. */
static inline bool fixture_play_card(Session *s, const int a[4], const int b[4]) {
    bool ok = true;
    for (int r = 0; s->phase == PHASE_PICK && r < 4; r++) {
        ok = session_apply(s, act(ACT_PICK, 0, a[r])) && ok;
        ok = session_apply(s, act(ACT_PICK, 1, b[r])) && ok;
        ok = s->phase == PHASE_COUNTDOWN && ok;
        session_apply(s, act(ACT_TICK, -1, SESSION_COUNTDOWN_MS));
    }
    return ok;
}

#endif
