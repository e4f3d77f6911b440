/* libFuzzer harness: any bytes as a deck. A deck that loads is also played through a short
 * session, summarised and saved, so odd but valid decks reach the session code too. */
#include "core/library.h"
#include "core/save.h"
#include "core/session.h"
#include "core/summary.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void play_deck(Deck *deck, uint64_t seed) {
    Library lib;
    library_init(&lib);
    if (!library_add(&lib, deck)) {
        deck_destroy(deck);
        return;
    }
    SessionSetup st;
    session_setup_defaults(&st);
    for (int i = 0; i < INTENSITY_COUNT; i++) st.intensities[i] = true;
    st.length = SESSION_MAX_LENGTH;
    st.guess = seed & 1;
    st.mode = (seed & 2) ? MODE_TAKE_TURNS : MODE_SIDE_BY_SIDE;
    st.facilitated = (seed & 4) != 0;
    st.seed = seed;
    char err[256];
    Session *s = session_create(&lib, &st, err, sizeof err);
    if (s) {
        Rng rng;
        rng_seed(&rng, seed);
        for (int n = 0; n < 3000 && s->phase != PHASE_SUMMARY; n++) {
            int p = s->setup.mode == MODE_TAKE_TURNS ? s->turn : (int)rng_below(&rng, 2);
            Action a = {ACT_NEXT, -1, 0};
            if (s->phase == PHASE_COUNTDOWN) a = (Action){ACT_TICK, -1, 2000};
            else if (s->phase == PHASE_PICK && session_locked(s, p)) a = (Action){ACT_NEXT, p, 0};
            else if (s->phase == PHASE_PICK)
                a = (Action){ACT_PICK, p, 1 + (int)rng_below(&rng, (uint32_t)session_option_count(s))};
            else if (s->phase == PHASE_COVER) a = (Action){ACT_NEXT, s->turn, 0};
            session_apply(s, a);
            /* What the screens read on every frame. */
            const Card *c = session_card(s);
            if (c) {
                StrBuf t;
                strbuf_init(&t);
                session_fill_text(s, c->text, &t);
                strbuf_free(&t);
            }
        }
        SummaryDoc *doc = summary_doc_create(s, NULL, "today");
        StrBuf md;
        strbuf_init(&md);
        if (doc) {
            summary_doc_markdown(doc, &md);
            summary_doc_html(doc, &md);
        }
        summary_doc_destroy(doc);
        strbuf_free(&md);
        StrBuf sv;
        strbuf_init(&sv);
        save_write(s, &sv);
        Session *back = save_read(&lib, sv.data, sv.len, err, sizeof err);
        if (!back) {
            fprintf(stderr, "a fresh save of a session on this deck is refused: %s\n", err);
            abort();
        }
        session_destroy(back);
        strbuf_free(&sv);
        session_destroy(s);
    }
    library_free(&lib);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    DiagList d;
    diag_init(&d);
    Deck *deck = deck_load("fuzz.yaml", (const char *)data, size, &d);
    diag_sort(&d);
    for (size_t i = 0; i < d.count; i++) {
        char line[512];
        diag_format(&d.items[i], line, sizeof line);
    }
    if (deck && d.errors) {
        fprintf(stderr, "deck_load returned a deck despite %zu errors\n", d.errors);
        abort();
    }
    if (!deck && !d.errors) {
        fprintf(stderr, "deck_load refused the deck without an error\n");
        abort();
    }
    diag_free(&d);
    if (deck) {
        uint64_t seed = 0;
        for (size_t i = 0; i < size; i++) seed = seed * 31 + data[i];
        play_deck(deck, seed);
    }
    return 0;
}
