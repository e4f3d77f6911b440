/* Two languages on one screen: which decks show two texts, which fall back, and the reveal,
 * the summary and the save carrying both players' languages. */
#include "core/bilingual.h"
#include "core/save.h"
#include "fixture_lib.h"
#include "harness.h"

#include <inttypes.h>
#include <stddef.h>
#include <string.h>

static Library lib;
static int texts, exes;

static void load(void) {
    fixture_library(&lib);
    const char *path = GA_FIXTURES "/translations/es/texts.yaml";
    FILE *f = fopen(path, "rb");
    char *buf = malloc(DECK_MAX_BYTES);
    size_t n = f && buf ? fread(buf, 1, DECK_MAX_BYTES, f) : 0;
    if (f) fclose(f);
    DiagList d;
    diag_init(&d);
    Translation *tr = translation_load(path, buf, n, &d);
    CHECK(tr != NULL);
    if (tr && !library_add_translation(&lib, tr)) translation_destroy(tr);
    library_link_translations(&lib, &d);
    CHECK_INT(d.errors, 0);
    diag_free(&d);
    free(buf);
    texts = library_find_deck(&lib, "test-texts");
    exes = library_find_deck(&lib, "test-exes");
    CHECK(texts >= 0 && exes >= 0);
}

static void set_langs(char langs[2][LIBRARY_LANG_MAX], const char *a, const char *b) {
    snprintf(langs[0], LIBRARY_LANG_MAX, "%s", a);
    snprintf(langs[1], LIBRARY_LANG_MAX, "%s", b);
}

/* Every pair of languages against a translated deck (texts: es) and one with none (exes). */
static void test_deck_table(void) {
    static const struct {
        const char *a, *b;
        bool on;          /* the players' languages differ */
        int n_texts;      /* texts shown for test-texts */
        bool fb_texts[2]; /* fallback flagged, by player */
        int n_exes;
        bool fb_exes[2];
    } CASES[] = {
        {"", "", false, 1, {false, false}, 1, {false, false}},
        {"en", "", false, 1, {false, false}, 1, {false, false}},
        {"es", "es", false, 1, {false, false}, 1, {true, true}},
        {"en", "es", true, 2, {false, false}, 1, {false, true}},
        {"es", "", true, 2, {false, false}, 1, {true, false}},
        /* hi has no translation at all: that player reads English, once */
        {"es", "hi", true, 2, {false, true}, 1, {true, true}},
        {"hi", "en", true, 1, {true, false}, 1, {true, false}},
        {"hi", "hi", false, 1, {true, true}, 1, {true, true}},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        SessionSetup st;
        session_setup_defaults(&st);
        set_langs(st.langs, CASES[i].a, CASES[i].b);
        char err[200];
        Session *s = session_create(&lib, &st, err, sizeof err);
        CHECK(s != NULL);
        if (!s) continue;
        CHECK(bilingual_on(s) == CASES[i].on);
        DeckLangs dl;
        bilingual_deck(&lib, texts, st.langs[0], st.langs[1], &dl);
        CHECK_INT(dl.n, CASES[i].n_texts);
        for (int p = 0; p < 2; p++) CHECK(dl.fallback[p] == CASES[i].fb_texts[p]);
        bilingual_deck(&lib, exes, st.langs[0], st.langs[1], &dl);
        CHECK_INT(dl.n, CASES[i].n_exes);
        for (int p = 0; p < 2; p++) CHECK(dl.fallback[p] == CASES[i].fb_exes[p]);
        session_destroy(s);
    }
    CHECK_STR(language_autonym("es"), "Espa\xC3\xB1ol");
    CHECK_STR(language_autonym(""), "English");
    CHECK(lang_same("", "en") && !lang_same("es", "hi"));
    CHECK(bilingual_second("Fine", "Fine") == NULL);
    CHECK(bilingual_second("Fine", "") == NULL);
    CHECK_STR(bilingual_second("Fine", "Bien"), "Bien");
}

/* A session over the ladder of test-texts, its first card answered. */
static Session *played(const char *a, const char *b) {
    SessionSetup st;
    session_setup_defaults(&st);
    snprintf(st.names[0], sizeof st.names[0], "Ana");
    snprintf(st.names[1], sizeof st.names[1], "Ravi");
    set_langs(st.langs, a, b);
    st.n_plan = 1;
    st.plan[0] = (PlanItem){texts, 0};
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    CHECK(s != NULL);
    if (!s) return NULL;
    while (s->phase == PHASE_INTRO) session_apply(s, act(ACT_NEXT, 0, 0));
    CHECK(fixture_play_card(s, (int[]){1, 1, 1, 1}, (int[]){4, 4, 4, 4}));
    return s;
}

static void test_reveal(void) {
    /* Different languages: each view in its player's words; the prompts differ. */
    Session *s = played("en", "es");
    if (!s) return;
    BiReveal br;
    bireveal_view(s, session_last_record(s), &br);
    CHECK(br.two);
    CHECK_STR(br.view[0].step, "Step 1 of 3 \xC2\xB7 after dinner");
    CHECK(strstr(br.view[1].step, "despu\xC3\xA9s de cenar") != NULL);
    CHECK(br.view[0].n_prompts > 0 && br.view[0].n_prompts == br.view[1].n_prompts);
    CHECK_STR(br.view[0].prompts[0], "Ana and Ravi, what do you each picture?");
    CHECK_STR(br.view[1].prompts[0], "Ana y Ravi, \xC2\xBFqu\xC3\xA9 se imagina cada uno?");
    CHECK(bilingual_second(br.view[0].prompts[0], br.view[1].prompts[0]) != NULL);
    CHECK_INT(br.view[0].n_rows, br.view[1].n_rows);
    CHECK(br.view[1].rows[0].verdict != NULL);
    bireveal_free(&br);
    /* The session itself is untouched by the views: its cards still read as it plays. */
    CHECK_STR(session_scenario(s)->title, "Late replies");
    session_destroy(s);

    /* One language: the two views say the same, so nothing is shown twice. */
    s = played("es", "es");
    if (!s) return;
    bireveal_view(s, session_last_record(s), &br);
    CHECK(!br.two);
    CHECK(bilingual_second(br.view[0].prompts[0], br.view[1].prompts[0]) == NULL);
    bireveal_free(&br);
    session_destroy(s);
}

static void markdown(const Session *s, StrBuf *md) {
    SummaryDoc *doc = summary_doc_create_langs(s, NULL, "Monday");
    CHECK(doc != NULL);
    strbuf_init(md);
    if (doc) summary_doc_markdown(doc, md);
    summary_doc_destroy(doc);
}

static void test_summary(void) {
    Session *s = played("en", "es");
    if (!s) return;
    session_apply(s, act(ACT_END, -1, 0));
    StrBuf md;
    markdown(s, &md);
    /* The card and its scenario in both languages, side by side. */
    CHECK(strstr(md.data, "Late replies / Respuestas a deshoras") != NULL);
    CHECK(strstr(md.data, "Your partner answers a coworker's message after dinner. / Tu pareja responde") != NULL);
    strbuf_free(&md);
    session_destroy(s);

    /* Same language: exactly the one-language document. */
    s = played("es", "es");
    if (!s) return;
    session_apply(s, act(ACT_END, -1, 0));
    markdown(s, &md);
    CHECK(strstr(md.data, "Respuestas a deshoras") != NULL);
    CHECK(strstr(md.data, " / ") == NULL);
    strbuf_free(&md);
    session_destroy(s);
}

/* The save keeps both languages ("-" for the decks as written); a save without them (as
 * older ones are) reads as the decks as written. */
static void test_save(void) {
    static const struct {
        const char *a, *b, *line; /* line: what the save holds, NULL for no langs line */
        bool on;
    } CASES[] = {
        {"es", "hi", "\nlangs es hi\n", true},
        {"", "hi", "\nlangs - hi\n", true},
        {"hi", "hi", "\nlangs hi hi\n", false},
        {"", "", NULL, false},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        Session *s = played(CASES[i].a, CASES[i].b);
        if (!s) return;
        StrBuf b;
        strbuf_init(&b);
        save_write(s, &b);
        if (CASES[i].line)
            CHECK(strstr(b.data, CASES[i].line) != NULL);
        else
            CHECK(strstr(b.data, "langs") == NULL);
        char err[200];
        Session *back = save_read(&lib, b.data, b.len, err, sizeof err);
        CHECK(back != NULL);
        if (back) {
            CHECK_STR(back->setup.langs[0], CASES[i].a);
            CHECK_STR(back->setup.langs[1], CASES[i].b);
            CHECK(bilingual_on(back) == CASES[i].on);
        }
        session_destroy(back);
        strbuf_free(&b);
        session_destroy(s);
    }
}

/* A save whose langs line is edited (the checksum written again): refused with a message. */
static void test_save_bad_langs(void) {
    static const char *const BAD[] = {"langs es\n", "langs es hi en\n", "langs es h!\n", "langs es ../x\n"};
    Session *s = played("es", "hi");
    if (!s) return;
    StrBuf b;
    strbuf_init(&b);
    save_write(s, &b);
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        char *at = strstr(b.data, "langs es hi\n"), *ck = strstr(b.data, "checksum ");
        CHECK(at && ck);
        if (!at || !ck) break;
        StrBuf e;
        strbuf_init(&e);
        strbuf_add(&e, b.data, (size_t)(at - b.data));
        strbuf_puts(&e, BAD[i]);
        strbuf_add(&e, at + strlen("langs es hi\n"), (size_t)(ck - at - (ptrdiff_t)strlen("langs es hi\n")));
        uint64_t h = 1469598103934665603ull; /* FNV-1a, as the save writes it */
        for (size_t k = 0; k < e.len; k++) h = (h ^ (unsigned char)e.data[k]) * 1099511628211ull;
        strbuf_printf(&e, "checksum %016" PRIx64 "\n", h);
        char err[200] = "";
        Session *back = save_read(&lib, e.data, e.len, err, sizeof err);
        CHECK(back == NULL);
        CHECK(strstr(err, "langs") != NULL);
        session_destroy(back);
        strbuf_free(&e);
    }
    strbuf_free(&b);
    session_destroy(s);
}

int main(void) {
    load();
    RUN(test_deck_table);
    RUN(test_reveal);
    RUN(test_summary);
    RUN(test_save);
    RUN(test_save_bad_langs);
    library_free(&lib);
    return harness_finish();
}
