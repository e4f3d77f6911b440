/* libFuzzer harness: any bytes as a translation deck of tests/fixtures/good/texts.yaml.
 * One that loads is checked against it, applied (the translated deck keeps the deck's
 * structure, so sessions on it are the deck's sessions) and refreshed (the result must
 * load again, translate the same texts, and have no more stale ones). */
#include "core/translate.h"
#include "core/trtools.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static Deck *source(void) {
    static Deck *deck;
    if (deck) return deck;
    FILE *f = fopen(GA_FIXTURES "/good/texts.yaml", "rb");
    if (!f) abort();
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    DiagList d;
    diag_init(&d);
    deck = deck_load("texts.yaml", buf, n, &d);
    diag_free(&d);
    if (!deck) abort();
    return deck;
}

static void must(bool ok, const char *what) {
    if (ok) return;
    fprintf(stderr, "%s\n", what);
    abort();
}

/* Every text of the translated deck is the deck's own or a translated one, with the
 * deck's structure. */
static void check_view(const Deck *src, const Deck *v) {
    must(v->n_scenarios == src->n_scenarios, "the view has other scenarios");
    for (int i = 0; i < src->n_scenarios; i++) {
        const Scenario *a = &src->scenarios[i], *b = &v->scenarios[i];
        must(a->n_cards == b->n_cards && !strcmp(a->id, b->id) && a->start == b->start, "another scenario");
        must((a->content_note == NULL) == (b->content_note == NULL), "a content note appeared or went");
        for (int j = 0; j < a->n_cards; j++) {
            const Card *c = &a->cards[j], *e = &b->cards[j];
            must(c->rules == e->rules && c->n_rules == e->n_rules && c->ask == e->ask && c->from == e->from &&
                     c->step == e->step && c->n_options == e->n_options,
                 "the view changed a card's structure");
            must(e->text && e->text[0], "a card with no text");
            must((c->question == NULL) == (e->question == NULL), "a question appeared or went");
            for (int k = 0; k < c->n_options; k++) must(e->options[k] && e->options[k][0], "an empty option");
            for (int k = 0; k < PROMPT_KIND_COUNT; k++) must(c->n_prompts[k] == e->n_prompts[k], "other prompts");
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Deck *src = source();
    DiagList d;
    diag_init(&d);
    Translation *tr = translation_load("fuzz.yaml", (const char *)data, size, &d);
    must(tr ? d.errors == 0 : d.errors > 0, "the errors and the result disagree");
    if (!tr) {
        diag_free(&d);
        return 0;
    }
    TrCoverage cov;
    diag_clear(&d);
    translation_check(tr, src, "texts.yaml", &d, &cov);
    must(cov.missing >= 0 && cov.missing <= cov.texts && cov.stale <= cov.texts, "impossible counts");
    Deck *v = translation_apply(src, tr);
    if (v) check_view(src, v);
    deck_destroy(v);

    StrBuf out, report;
    strbuf_init(&out);
    strbuf_init(&report);
    char err[512];
    const char *keys[] = {"title", "late", "deleted/d1"};
    if (translation_refresh(src, tr, (const char *)data, size, keys, 3, &out, &report, err, sizeof err)) {
        DiagList d2;
        diag_init(&d2);
        Translation *again = translation_load("fuzz.yaml", out.data ? out.data : "", out.len, &d2);
        must(again != NULL, "a refreshed translation no longer loads");
        diag_clear(&d2);
        TrCoverage cov2;
        translation_check(again, src, NULL, &d2, &cov2);
        must(cov2.missing == cov.missing, "the refresh changed what is translated");
        must(cov2.stale <= cov.stale, "the refresh made texts stale");
        translation_destroy(again);
        diag_free(&d2);
    }
    strbuf_free(&out);
    strbuf_free(&report);

    translation_destroy(tr);
    diag_free(&d);
    return 0;
}
