/* libFuzzer harness: any bytes as a saved session, read against the good test decks.
 * Input: SAVE-TEXT [ NUL ACTION-BYTES ]. The text is read as it is, and again with a correct
 * checksum line put on it (so the fuzzer gets past the checksum). A session that comes back
 * gets the actions (or a few made from a hash of the input), a summary, and a save that must
 * read back to the same text. */
#include "core/library.h"
#include "core/save.h"
#include "core/session.h"
#include "core/summary.h"
#include "../tests/fixture_lib.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef GA_FIXTURES
#error "GA_FIXTURES must name tests/fixtures"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static Library lib;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    fixture_library(&lib);
    if (lib.n_decks != 2) {
        fprintf(stderr, "fuzz_save: cannot load the fixture decks in %s\n", GA_FIXTURES);
        abort();
    }
    return 0;
}

static uint64_t fnv1a(const uint8_t *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static Action action_from(uint8_t b0, uint8_t b1) {
    Action a;
    a.type = (ActionType)(b0 % ACT_TYPE_COUNT);
    a.player = (int)((b0 / ACT_TYPE_COUNT) % 3) - 1;
    a.value = a.type == ACT_TICK ? (int)b1 * 16 - 64 : (int)(b1 % 7) - 1;
    return a;
}

static void exercise(Session *s, const uint8_t *acts, size_t n_acts, uint64_t hash) {
    /* What the screens read. */
    (void)session_scenario(s);
    (void)session_card(s);
    (void)session_option_count(s);
    (void)session_round_kind(s);
    (void)session_can_pick(s, 0);
    if (n_acts >= 2) {
        for (size_t i = 0; i + 1 < n_acts && i < 512; i += 2) session_apply(s, action_from(acts[i], acts[i + 1]));
    } else {
        Rng rng;
        rng_seed(&rng, hash);
        for (int i = 0; i < 24; i++) {
            uint64_t x = rng_next(&rng);
            session_apply(s, action_from((uint8_t)x, (uint8_t)(x >> 8)));
        }
    }
    const Card *c = session_card(s);
    if (c) {
        StrBuf t;
        strbuf_init(&t);
        session_fill_text(s, c->text, &t);
        strbuf_free(&t);
    }
    Summary sum;
    summary_build(s, &sum);
    StrBuf md;
    strbuf_init(&md);
    SummaryOptions opt = {{(hash & 1) != 0, (hash & 2) != 0}, (hash & 8) != 0};
    SummaryDoc *doc = summary_doc_create(s, &opt, "today");
    if (doc) summary_doc_markdown(doc, &md);
    summary_doc_destroy(doc);
    for (int i = 0; i < sum.n_ladders; i++) {
        int em[2][2], n_em;
        summary_line_text(s, &sum.ladders[i], (int)(hash >> 2) & 1, &md, em, &n_em);
    }
    strbuf_free(&md);

    /* Whatever state the actions left, its save must read back to the same text. */
    StrBuf a;
    strbuf_init(&a);
    save_write(s, &a);
    char err[300];
    Session *back = save_read(s->lib, a.data, a.len, err, sizeof err);
    if (!back) {
        fprintf(stderr, "save_read refused what save_write wrote: %s\n---\n%s---\n", err, a.data);
        abort();
    }
    StrBuf b;
    strbuf_init(&b);
    save_write(back, &b);
    if (a.len != b.len || memcmp(a.data, b.data, a.len)) {
        fprintf(stderr, "a save read back writes differently\n--- first\n%s--- again\n%s---\n", a.data, b.data);
        abort();
    }
    strbuf_free(&a);
    strbuf_free(&b);
    session_destroy(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const uint8_t *nul = memchr(data, 0, size);
    size_t text_len = nul ? (size_t)(nul - data) : size;
    const uint8_t *acts = nul ? nul + 1 : NULL;
    size_t n_acts = nul ? size - text_len - 1 : 0;
    uint64_t hash = fnv1a(data, size);
    char err[300];

    /* 1. The bytes as they are (exactly text_len bytes, so overreads are caught). */
    uint8_t *raw = malloc(text_len ? text_len : 1);
    if (!raw) return 0;
    memcpy(raw, data, text_len);
    Session *s = save_read(&lib, (const char *)raw, text_len, err, sizeof err);
    if (!s && !err[0]) {
        fprintf(stderr, "save_read failed without a message\n");
        abort();
    }
    free(raw);
    if (s) {
        exercise(s, acts, n_acts, hash);
        session_destroy(s);
    }

    /* 2. The same text with a correct checksum line in place of the last one (if any). */
    size_t body = text_len;
    for (size_t i = 0; i < text_len; i++)
        if ((i == 0 || data[i - 1] == '\n') && text_len - i >= 9 && !memcmp(data + i, "checksum ", 9)) body = i;
    bool add_nl = body > 0 && data[body - 1] != '\n';
    uint8_t *fixed = malloc(body + (add_nl ? 1 : 0) + 26); /* exact, so overreads are caught */
    if (!fixed) return 0;
    memcpy(fixed, data, body);
    if (add_nl) fixed[body++] = '\n';
    char line[40];
    int n = snprintf(line, sizeof line, "checksum %016" PRIx64 "\n", fnv1a(fixed, body));
    memcpy(fixed + body, line, (size_t)n);
    size_t len = body + (size_t)n;
    s = save_read(&lib, (const char *)fixed, len, err, sizeof err);
    free(fixed);
    if (s) {
        exercise(s, acts, n_acts, hash);
        session_destroy(s);
    }
    return 0;
}
