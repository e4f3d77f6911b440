/* libFuzzer harness: any bytes as a translation deck of tests/fixtures/good/texts.yaml.
 * One that loads is checked against it, applied (every text of the translated deck must
 * be the translation's or the deck's), refreshed (the result must load again, with no
 * stale text left under the refreshed keys) and played through a session in its language. */
#include "core/library.h"
#include "core/session.h"

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

    /* A session in the translation's language. */
    if (!d.errors && tr->language) {
        Library lib;
        library_init(&lib);
        DiagList d3;
        diag_init(&d3);
        /* The library owns what it holds: give it copies of its own. */
        Translation *mine = translation_load("fuzz.yaml", (const char *)data, size, &d3);
        Deck *deck = NULL;
        FILE *f = fopen(GA_FIXTURES "/good/texts.yaml", "rb");
        if (f) {
            static char buf[65536];
            size_t n = fread(buf, 1, sizeof buf, f);
            fclose(f);
            deck = deck_load("texts.yaml", buf, n, &d3);
        }
        if (deck && library_add(&lib, deck)) deck = NULL;
        deck_destroy(deck);
        if (mine && !library_add_translation(&lib, mine)) translation_destroy(mine);
        library_link_translations(&lib, &d3);
        library_set_language(&lib, tr->language);
        SessionSetup st;
        session_setup_defaults(&st);
        for (int i = 0; i < INTENSITY_COUNT; i++) st.intensities[i] = true;
        st.seed = size;
        Session *s = session_create(&lib, &st, err, sizeof err);
        for (int n = 0; s && n < 200 && s->phase != PHASE_SUMMARY; n++) {
            Action a = {ACT_NEXT, -1, 0};
            if (s->phase == PHASE_COUNTDOWN)
                a = (Action){ACT_TICK, -1, 2000};
            else if (s->phase == PHASE_PICK)
                a = (Action){ACT_PICK, n & 1, 1 + (n / 2) % session_option_count(s)};
            session_apply(s, a);
            const Card *c = session_card(s);
            if (c) {
                StrBuf t;
                strbuf_init(&t);
                session_fill_text(s, c->text, &t);
                strbuf_free(&t);
            }
        }
        session_destroy(s);
        library_free(&lib);
        diag_free(&d3);
    }
    translation_destroy(tr);
    diag_free(&d);
    return 0;
}
