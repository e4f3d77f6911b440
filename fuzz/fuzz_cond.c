/* libFuzzer harness: any text as a next-rule condition. The first byte picks the card kind
 * (bit 0: choice card) and its option count; the rest, NUL-terminated, is the condition.
 * Parsed conditions are evaluated on a spread of inputs and checked against `not (...)`. */
#include "core/cond.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    bool choice = data[0] & 1;
    int n_options = (data[0] >> 1) % 5; /* 0..4: decks with too few options reach the parser too */
    size_t len = size - 1;
    char *text = malloc(len + 1); /* exact size: an overread past the NUL is caught */
    if (!text) return 0;
    memcpy(text, data + 1, len);
    text[len] = '\0';
    size_t text_len = strlen(text);

    Arena arena;
    arena_init(&arena);
    char err[200];
    int off = -1;
    Cond *c = cond_parse(&arena, text, choice, n_options, err, sizeof err, &off);
    if (!c) {
        if (!err[0] || off < 0 || (size_t)off > text_len) {
            fprintf(stderr, "bad error report: offset %d of %zu, message '%s'\n", off, text_len, err);
            abort();
        }
    } else {
        (void)cond_is_always(c);
        (void)cond_uses_mirror(c);
        /* The negation must parse (unless that nests too deeply) and always disagree. */
        size_t nlen = text_len + 8;
        char *neg = malloc(nlen);
        Cond *nc = NULL;
        if (neg) {
            snprintf(neg, nlen, "not (%s)", text);
            char err2[200];
            int off2;
            nc = cond_parse(&arena, neg, choice, n_options, err2, sizeof err2, &off2);
            if (!nc && !strstr(err2, "nested too deeply")) {
                fprintf(stderr, "'%s' parses but 'not (...)' does not: %s\n", text, err2);
                abort();
            }
        }
        for (int p0 = 0; p0 <= 4; p0++)
            for (int p1 = 0; p1 <= 4; p1++)
                for (int extra = 0; extra < 4; extra++) {
                    CondInput in = {.n_answers = 1 + (extra & 1),
                                    .answer = {{p0, p1}, {p1, p0}},
                                    .gap = abs(p0 - p1),
                                    .choice = choice,
                                    .mirror = extra & 1,
                                    .guessed = {extra == 0 ? -1 : (p0 + extra) % 2, extra == 0 ? -1 : (p1 + extra / 2) % 2}};
                    bool v = cond_eval(c, &in);
                    if (nc && cond_eval(nc, &in) == v) {
                        fprintf(stderr, "'%s' and its negation agree\n", text);
                        abort();
                    }
                }
        free(neg);
    }
    arena_destroy(&arena);
    free(text);
    return 0;
}
