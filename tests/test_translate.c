/* Translation decks: every checker diagnostic at its exact position, the translated deck
 * the game plays, the library in a language, the template and the hash refresh. */
#include "core/save.h"
#include "core/translate.h"
#include "core/trtools.h"
#include "fixture_lib.h"
#include "harness.h"

#include <stdlib.h>

#define TR_FIXTURES GA_FIXTURES "/translations"

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(DECK_MAX_BYTES + 1);
    *len = fread(buf, 1, DECK_MAX_BYTES, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* The source deck of every fixture: tests/fixtures/good/texts.yaml. */
static Deck *source_deck(void) { return fixture_deck(GA_FIXTURES "/good/texts.yaml"); }

/* Loads a translation from bytes under `name`; diagnostics go to d. */
static Translation *load_tr(const char *name, const char *bytes, size_t len, DiagList *d) {
    DeckFile df;
    deck_file_load(name, bytes, len, d, &df);
    CHECK(df.deck == NULL);
    CHECK(df.is_translation);
    return df.translation;
}

static void print_diags(const DiagList *d) {
    for (size_t i = 0; i < d->count; i++) {
        char line[2048];
        diag_format(&d->items[i], line, sizeof line);
        fprintf(stderr, "    %s\n", line);
    }
}

typedef struct Expect {
    const char *file;
    const char *lines[16];
} Expect;

#define REFRESH "then run: grayarea --translation-refresh texts.yaml "

/* Every problem of every broken translation (against texts.yaml), in order. */
static const Expect EXPECTED[] = {
    {"extra.yaml",
     {"6:14: warning: 'description': the deck 'test-texts' has no description, so this is never shown",
      "8:3: warning: scenario 'late' is not translated yet: its 24 texts show in English",
      "8:3: warning: scenario 'heavy' is not translated yet: its 6 texts show in English",
      "12:21: warning: 'deleted/d1/step_label': card 'd1' is not a ladder step, so it has no step label; this text is "
      "never shown",
      "14:19: warning: 'deleted/d1/question': card 'd1' asks the game's own question, not one of its own; this text is "
      "never shown",
      "15:18: warning: card 'd1' is a rate card: it has no options to translate, so these are never shown",
      "17:26: warning: 'deleted/d1/prompts/same/2': card 'd1' has only 1 'same' prompt, so this one is never shown",
      "20:19: warning: 'deleted/d1/prompts/mirror': card 'd1' has no 'mirror' prompts, so these are never shown",
      "21:9: warning: scenario 'deleted' has no card 'd2' (did you mean 'd1'?), so its text is never shown",
      "23:5: warning: the deck 'test-texts' has no scenario 'hevy' (did you mean 'heavy'?), so its text is never shown",
      "25:5: warning: the deck 'test-texts' has no scenario 'late-replies', so its text is never shown", NULL}},
    {"missing.yaml",
     {"5:8: warning: 'title' is not translated yet; the English shows instead",
      "7:3: warning: scenario 'deleted' is not translated yet: its 5 texts show in English",
      "10:7: warning: card 's2' of scenario 'late' is not translated yet: its 5 texts show in English",
      "12:15: warning: 'late/s1/text' is not translated yet; the English shows instead",
      "14:11: warning: 'late/s1/prompts/mirror/1' is not translated yet; the English shows instead",
      "17:9: warning: 'late/s3/step_label' is not translated yet; the English shows instead",
      "28:13: warning: 'late/help/options/2' is not translated yet; the English shows instead",
      "33:5: warning: 'heavy/content_note' is not translated yet; the English shows instead", NULL}},
    {"names.yaml",
     {"7:3: warning: scenario 'heavy' is not translated yet: its 6 texts show in English",
      "11:15: warning: 'deleted/d1/text' uses {p2}, which the English does not",
      "15:19: warning: 'deleted/d1/prompts/apart/1' uses {p2}, which the English does not",
      "19:7: warning: card 's2' of scenario 'late' is not translated yet: its 5 texts show in English",
      "19:7: warning: card 's3' of scenario 'late' is not translated yet: its 5 texts show in English",
      "19:7: warning: card 'help' of scenario 'late' is not translated yet: its 7 texts show in English",
      "25:19: warning: 'late/s1/prompts/apart/1' leaves out {p2}, which the English uses: a player's name goes there",
      NULL}},
    {"options.yaml",
     {"7:3: warning: scenario 'deleted' is not translated yet: its 5 texts show in English",
      "7:3: warning: scenario 'heavy' is not translated yet: its 6 texts show in English",
      "10:7: warning: card 's1' of scenario 'late' is not translated yet: its 6 texts show in English",
      "10:7: warning: card 's2' of scenario 'late' is not translated yet: its 5 texts show in English",
      "10:7: warning: card 's3' of scenario 'late' is not translated yet: its 5 texts show in English",
      "10:9: warning: 'late/help/prompts/same/1' is not translated yet; the English shows instead",
      "10:9: warning: 'late/help/prompts/apart/1' is not translated yet; the English shows instead",
      "14:11: error: card 'help' has 3 options in English and 2 here; give exactly 3, in the same order, since each "
      "answer keeps its meaning by its place",
      NULL}},
    {"same-language.yaml",
     {"4:11: error: this translates the deck 'test-texts' into 'en', the language it is already written in",
      "7:3: warning: scenario 'late' is not translated yet: its 24 texts show in English",
      "7:3: warning: scenario 'heavy' is not translated yet: its 6 texts show in English", NULL}},
    {"sources.yaml",
     {"7:3: warning: scenario 'late' is not translated yet: its 24 texts show in English",
      "7:3: warning: scenario 'heavy' is not translated yet: its 6 texts show in English",
      "8:12: warning: 'deleted/title' has no record of the text it was translated from; check it against the English "
      "(\"Deleted chat\"), " REFRESH "sources.yaml deleted/title",
      "18:5: warning: this line of 'sources' should be a hash and a key, like '1a2b3c4d late/s1/text'; grayarea "
      "writes these lines, so leave them to it",
      "19:5: warning: this line of 'sources' should be a hash and a key, like '1a2b3c4d late/s1/text'; grayarea "
      "writes these lines, so leave them to it",
      "21:5: warning: 'deleted/d1/text' is listed twice in 'sources' (first on line 20); the first counts",
      "22:5: warning: this line of 'sources' should be a hash and a key, like '1a2b3c4d late/s1/text'; grayarea "
      "writes these lines, so leave them to it",
      NULL}},
    {"stale.yaml",
     {"7:3: warning: scenario 'late' is not translated yet: its 24 texts show in English",
      "7:3: warning: scenario 'heavy' is not translated yet: its 6 texts show in English",
      "11:15: warning: the English of 'deleted/d1/text' changed since it was translated; it now reads \"You delete a "
      "chat so your partner will not see it.\": re-check the translation, " REFRESH "stale.yaml deleted/d1/text",
      "13:18: warning: 'deleted/d1/prompts/same/1' has no record of the text it was translated from; check it "
      "against the English (\"Same.\"), " REFRESH "stale.yaml deleted/d1/prompts/same/1",
      NULL}},
    {"structure.yaml",
     {"3:1: error: 'id' comes from the deck this translates; a translation gives only text (remove this line)",
      "6:1: error: 'category' comes from the deck this translates; a translation gives only text (remove this line)",
      "11:5: error: 'intensity' comes from the deck this translates; a translation gives only text (remove this line)",
      "14:9: error: 'ask' comes from the deck this translates; a translation gives only text (remove this line)",
      "15:9: error: 'from' comes from the deck this translates; a translation gives only text (remove this line)",
      "16:9: error: unknown key 'txet' in card 'd1' (did you mean 'text'?)",
      "17:9: error: 'next' comes from the deck this translates; a translation gives only text (remove this line)",
      NULL}},
};

static void test_broken_translations(void) {
    Deck *src = source_deck();
    CHECK(src != NULL);
    if (!src) return;
    for (size_t i = 0; i < sizeof EXPECTED / sizeof EXPECTED[0]; i++) {
        const Expect *e = &EXPECTED[i];
        char path[512];
        snprintf(path, sizeof path, "%s/bad/es/%s", TR_FIXTURES, e->file);
        size_t len;
        char *bytes = slurp(path, &len);
        CHECK(bytes != NULL);
        if (!bytes) continue;
        DiagList d;
        diag_init(&d);
        Translation *tr = load_tr(e->file, bytes, len, &d);
        if (tr) translation_check(tr, src, "texts.yaml", &d, NULL);
        diag_sort(&d);
        check_diag_lines(&d, e->file, e->lines);
        translation_destroy(tr);
        diag_free(&d);
        free(bytes);
    }
    deck_destroy(src);
}

static void test_hash_and_codes(void) {
    char h[TR_HASH_CHARS + 1];
    /* The published FNV-1a 32-bit test vectors. */
    translation_hash("", h);
    CHECK_STR(h, "811c9dc5");
    translation_hash("a", h);
    CHECK_STR(h, "e40c292c");
    translation_hash("foobar", h);
    CHECK_STR(h, "bf9cf968");
    CHECK(language_code_valid("es"));
    CHECK(language_code_valid("hi"));
    CHECK(language_code_valid("pt-BR"));
    CHECK(language_code_valid("zh-Hans"));
    CHECK(!language_code_valid("e"));
    CHECK(!language_code_valid("ES"));
    CHECK(!language_code_valid("spanish"));
    CHECK(!language_code_valid("es-"));
    CHECK(!language_code_valid("es_ES"));
    CHECK(!language_code_valid("../x"));
    CHECK_STR(language_name("es"), "Spanish");
    CHECK_STR(language_name("hi"), "Hindi");
    CHECK_STR(language_name("pt-BR"), "Portuguese");
    CHECK_STR(language_name("xx"), "xx");
}

/* The sample translation is complete and fresh, and the game plays its text. */
static void test_sample_and_view(void) {
    Deck *src = source_deck();
    size_t len;
    char *bytes = slurp(TR_FIXTURES "/es/texts.yaml", &len);
    CHECK(src && bytes);
    if (!src || !bytes) return;
    DiagList d;
    diag_init(&d);
    Translation *tr = load_tr("texts.yaml", bytes, len, &d);
    CHECK(tr != NULL);
    TrCoverage cov = {0};
    if (tr) translation_check(tr, src, NULL, &d, &cov);
    print_diags(&d);
    CHECK_INT(d.count, 0);
    CHECK_INT(cov.texts, 36);
    CHECK_INT(cov.missing, 0);
    CHECK_INT(cov.stale, 0);
    CHECK_INT(cov.extra, 0);
    Deck *v = tr ? translation_apply(src, tr) : NULL;
    CHECK(v != NULL);
    if (v) {
        CHECK_STR(v->id, "test-texts");
        CHECK_STR(v->language, "es");
        CHECK_STR(v->title, "Textos de prueba");
        CHECK_INT(v->n_scenarios, src->n_scenarios);
        const Card *c = &v->scenarios[0].cards[0], *e = &src->scenarios[0].cards[0];
        CHECK_STR(c->text, "Tu pareja responde el mensaje de un compañero de trabajo después de cenar.");
        CHECK_STR(c->step_label, "después de cenar");
        CHECK_STR(c->prompts[PROMPT_APART][0], "{p1} y {p2}, ¿qué se imagina cada uno?");
        /* Structure is the source's, never the translation's. */
        CHECK(c->rules == e->rules);
        CHECK_INT(c->n_rules, e->n_rules);
        CHECK_INT(c->from, e->from);
        CHECK_INT(c->step, e->step);
        CHECK_STR(c->id, e->id);
        const Card *help = &v->scenarios[0].cards[3];
        CHECK_INT(help->n_options, 3);
        CHECK_STR(help->options[1], "Conocer a esa persona");
        CHECK_STR(help->question, "¿Qué ayudaría?");
        CHECK_STR(v->scenarios[2].content_note, "Habla de una traición pasada.");
        CHECK_INT(v->scenarios[2].intensity, INTENSITY_DEEP);
    }
    deck_destroy(v);
    translation_destroy(tr);
    /* A partial translation falls back to the source text by text. */
    free(bytes);
    bytes = slurp(TR_FIXTURES "/bad/es/missing.yaml", &len);
    diag_clear(&d);
    tr = bytes ? load_tr("missing.yaml", bytes, len, &d) : NULL;
    CHECK(tr != NULL);
    if (tr) translation_check(tr, src, NULL, &d, &cov);
    CHECK_INT(cov.texts, 36);
    CHECK_INT(cov.missing, 1 + 5 + 5 + 1 + 1 + 1 + 1 + 1);
    v = tr ? translation_apply(src, tr) : NULL;
    CHECK(v != NULL);
    if (v) {
        CHECK_STR(v->title, "Test texts");
        CHECK_STR(v->scenarios[0].title, "Respuestas a deshoras");
        CHECK_STR(v->scenarios[0].cards[0].text, src->scenarios[0].cards[0].text);
        CHECK_STR(v->scenarios[0].cards[0].step_label, "después de cenar");
        CHECK_STR(v->scenarios[0].cards[1].text, src->scenarios[0].cards[1].text);
        CHECK_STR(v->scenarios[0].cards[3].options[0], "Un aviso");
        CHECK_STR(v->scenarios[0].cards[3].options[1], "Meeting them");
        CHECK_STR(v->scenarios[1].title, "Deleted chat");
        CHECK_STR(v->scenarios[2].content_note, "Mentions a past betrayal.");
    }
    deck_destroy(v);
    translation_destroy(tr);
    diag_free(&d);
    free(bytes);
    deck_destroy(src);
}

static Translation *fixture_translation(const char *path) {
    size_t len;
    char *bytes = slurp(path, &len);
    if (!bytes) return NULL;
    DiagList d;
    diag_init(&d);
    Translation *tr = translation_load(path, bytes, len, &d);
    diag_free(&d);
    free(bytes);
    return tr;
}

/* The library in a language: same decks, same order, same structure; sessions and saves
 * never depend on it. */
static void test_library_language(void) {
    Library lib;
    fixture_library(&lib);
    CHECK_INT(lib.n_decks, 2);
    Translation *es = fixture_translation(TR_FIXTURES "/es/texts.yaml");
    Translation *bad = fixture_translation(TR_FIXTURES "/bad/es/options.yaml");
    Translation *again = fixture_translation(TR_FIXTURES "/es/texts.yaml");
    Translation *orphan = fixture_translation(TR_FIXTURES "/es/texts.yaml");
    CHECK(es && bad && again && orphan);
    if (!es || !bad || !again || !orphan) return;
    orphan->translates = "no-such-deck";
    CHECK(library_add_translation(&lib, es));
    CHECK(!library_add_translation(&lib, again)); /* one translation per deck and language */
    translation_destroy(again);
    CHECK(library_add_translation(&lib, orphan));
    bad->language = "hi"; /* so it is not a second es translation */
    CHECK(library_add_translation(&lib, bad));
    DiagList d;
    diag_init(&d);
    library_link_translations(&lib, &d);
    /* The orphan and the one with errors are dropped; the good one stays. */
    CHECK_INT(lib.n_trs, 1);
    CHECK_INT(d.errors, 1);
    bool orphan_said = false;
    for (size_t i = 0; i < d.count; i++)
        orphan_said |= strstr(d.items[i].message, "there is no deck 'no-such-deck' to translate") != NULL;
    CHECK(orphan_said);
    diag_free(&d);
    int texts = library_find_deck(&lib, "test-texts"), exes = library_find_deck(&lib, "test-exes");
    CHECK(texts >= 0 && exes >= 0);
    const LibTranslation *t = library_find_translation(&lib, "test-texts", "es");
    CHECK(t != NULL);
    CHECK(library_find_translation(&lib, "test-texts", "hi") == NULL);
    CHECK(library_find_translation(&lib, "test-exes", "es") == NULL);
    if (t) CHECK_INT(t->cov.missing, 0);
    CHECK(library_deck_in(&lib, texts, "en") == lib.written[texts]);
    CHECK(library_deck_in(&lib, texts, "hi") == lib.written[texts]);
    CHECK(library_deck_in(&lib, texts, NULL) == lib.written[texts]);
    CHECK(library_deck_in(&lib, texts, "es") != lib.written[texts]);
    CHECK(library_deck_in(&lib, 99, "es") == NULL);
    CHECK(lib.decks[texts] == lib.written[texts]); /* as written until a language is set */
    library_set_language(&lib, "es");
    CHECK(lib.decks[texts] == library_deck_in(&lib, texts, "es"));
    CHECK(lib.decks[exes] == lib.written[exes]); /* no es translation: as written */
    CHECK_STR(lib.decks[texts]->title, "Textos de prueba");
    CHECK_INT(library_find_deck(&lib, "test-texts"), texts);

    /* A session on the library plays the translation; its save reads back in English. */
    SessionSetup st;
    session_setup_defaults(&st);
    for (int c = 0; c < CAT_COUNT; c++) st.categories[c] = c == CAT_MESSAGING;
    st.starter_only = true;
    st.length = 1;
    st.seed = 3;
    char err[256];
    Session *s = session_create(&lib, &st, err, sizeof err);
    CHECK(s != NULL);
    if (s) {
        CHECK_STR(session_scenario(s)->title, "Respuestas a deshoras");
        session_apply(s, act(ACT_NEXT, -1, 0));
        CHECK_STR(session_card(s)->text, "Tu pareja responde el mensaje de un compañero de trabajo después de cenar.");
        StrBuf b;
        strbuf_init(&b);
        save_write(s, &b);
        library_set_language(&lib, NULL);
        Session *back = save_read(&lib, b.data, b.len, err, sizeof err);
        CHECK(back != NULL);
        if (back) CHECK_STR(session_scenario(back)->title, "Late replies");
        session_destroy(back);
        strbuf_free(&b);
    }
    session_destroy(s);
    library_free(&lib);
}

/* A fresh template loads, names every text as not translated yet, and is fresh. */
static void test_template(void) {
    Deck *src = source_deck();
    CHECK(src != NULL);
    if (!src) return;
    StrBuf b;
    strbuf_init(&b);
    CHECK_INT(translation_template(src, "es", "texts.yaml", &b), 36);
    CHECK(strstr(b.data, "translates: test-texts\nlanguage: es\n") != NULL);
    CHECK(
        strstr(b.data, "        # en: Your partner answers a coworker's message after dinner.\n        text: \"\"\n") !=
        NULL);
    CHECK(strstr(b.data, "          # en: Meeting them\n          - \"\"\n") != NULL);
    CHECK(strstr(b.data, "sources:\n  - 929993e1 title\n") != NULL);
    DiagList d;
    diag_init(&d);
    Translation *tr = load_tr("t.yaml", b.data, b.len, &d);
    CHECK(tr != NULL);
    TrCoverage cov = {0};
    if (tr) translation_check(tr, src, NULL, &d, &cov);
    CHECK_INT(cov.missing, 36);
    CHECK_INT(cov.stale, 0);
    /* Untouched scenarios are named once each, not text by text. */
    diag_sort(&d);
    static const char *const want[] = {
        "t.yaml:12:8: warning: 'title' is not translated yet; the English shows instead",
        "t.yaml:15:5: warning: scenario 'late' is not translated yet: its 24 texts show in English",
        "t.yaml:91:5: warning: scenario 'deleted' is not translated yet: its 5 texts show in English",
        "t.yaml:110:5: warning: scenario 'heavy' is not translated yet: its 6 texts show in English"};
    CHECK_INT(d.count, 4);
    for (size_t i = 0; i < d.count && i < 4; i++) {
        char line[1024];
        diag_format(&d.items[i], line, sizeof line);
        CHECK_STR(line, want[i]);
    }
    /* Nothing translated: the game shows the source's text everywhere. */
    Deck *v = tr ? translation_apply(src, tr) : NULL;
    if (v) CHECK_STR(v->scenarios[0].cards[3].options[2], "Talking tonight");
    deck_destroy(v);
    translation_destroy(tr);
    diag_free(&d);
    strbuf_free(&b);
    deck_destroy(src);
}

/* Lines of a text that differ from another's (both split on '\n'). */
static int changed_lines(const char *a, const char *b) {
    int n = 0;
    while (*a || *b) {
        size_t la = strcspn(a, "\n"), lb = strcspn(b, "\n");
        if (la != lb || memcmp(a, b, la)) n++;
        a += la + (a[la] == '\n');
        b += lb + (b[lb] == '\n');
    }
    return n;
}

static Deck *deck_from(const char *name, const char *bytes) {
    DiagList d;
    diag_init(&d);
    Deck *deck = deck_load(name, bytes, strlen(bytes), &d);
    diag_free(&d);
    return deck;
}

/* How many problems tr has against src (printed when not `expect`). */
static int check_count(const Translation *tr, const Deck *src, int expect, int *stale) {
    DiagList d;
    diag_init(&d);
    TrCoverage cov = {0};
    translation_check(tr, src, NULL, &d, &cov);
    int n = (int)d.count;
    if (n != expect) print_diags(&d);
    diag_free(&d);
    if (stale) *stale = cov.stale;
    return n;
}

static void test_refresh(void) {
    size_t slen, tlen;
    char *src_bytes = slurp(GA_FIXTURES "/good/texts.yaml", &slen);
    char *tr_bytes = slurp(TR_FIXTURES "/es/texts.yaml", &tlen);
    CHECK(src_bytes && tr_bytes);
    if (!src_bytes || !tr_bytes) return;
    /* The English of one text changes. */
    StrBuf edited;
    strbuf_init(&edited);
    const char *old = "The thread is muted so no preview shows.";
    const char *at = strstr(src_bytes, old);
    CHECK(at != NULL);
    strbuf_add(&edited, src_bytes, (size_t)(at - src_bytes));
    strbuf_puts(&edited, "The thread is muted and archived, so no preview shows.");
    strbuf_puts(&edited, at + strlen(old));
    Deck *src = deck_from("texts.yaml", edited.data), *orig = deck_from("texts.yaml", src_bytes);
    DiagList d;
    diag_init(&d);
    Translation *tr = translation_load("es.yaml", tr_bytes, tlen, &d);
    CHECK(src && orig && tr);
    if (!src || !orig || !tr) return;
    int stale = 0;
    CHECK_INT(check_count(tr, src, 1, &stale), 1);
    CHECK_INT(stale, 1);

    StrBuf out, report;
    strbuf_init(&out);
    strbuf_init(&report);
    char err[512];
    const char *keys[] = {"late/s3/text"};
    CHECK(translation_refresh(src, tr, tr_bytes, tlen, keys, 1, &out, &report, err, sizeof err));
    CHECK_STR(report.data, "late/s3/text: 1 refreshed\n");
    /* Only the '# en:' comment and the hash line changed. */
    CHECK_INT(changed_lines(tr_bytes, out.data), 2);
    CHECK(strstr(out.data,
                 "        # en: The thread is muted and archived, so no preview shows.\n        text: \"El chat") !=
          NULL);
    Translation *tr2 = translation_load("es.yaml", out.data, out.len, &d);
    CHECK(tr2 != NULL);
    if (tr2) CHECK_INT(check_count(tr2, src, 0, NULL), 0);
    /* Against the old English that text is now the stale one: the hash follows the source. */
    if (tr2) CHECK_INT(check_count(tr2, orig, 1, &stale), 1);
    translation_destroy(tr2);

    /* A scenario's key takes all its texts; refreshing fresh texts changes nothing. */
    strbuf_free(&out);
    strbuf_free(&report);
    const char *late[] = {"late", "deleted/d1"};
    CHECK(translation_refresh(orig, tr, tr_bytes, tlen, late, 2, &out, &report, err, sizeof err));
    CHECK_STR(report.data, "late: 0 refreshed, 24 already up to date\ndeleted/d1: 0 refreshed, 4 already up to date\n");
    CHECK_INT(out.len, tlen);
    CHECK(out.data && !memcmp(out.data, tr_bytes, tlen));

    /* A key that names nothing is refused, and nothing is written. */
    strbuf_free(&out);
    strbuf_free(&report);
    const char *typo[] = {"late/s3/txt"};
    CHECK(!translation_refresh(src, tr, tr_bytes, tlen, typo, 1, &out, &report, err, sizeof err));
    CHECK(strstr(err, "'late/s3/txt' names no text of the deck 'test-texts'") != NULL);
    CHECK_INT(out.len, 0);
    CHECK_INT(report.len, 0);
    translation_destroy(tr);

    /* No sources block: the refresh adds one, with its heading. */
    char *cut = strstr(tr_bytes, "# ---- Kept by grayarea");
    CHECK(cut != NULL);
    if (cut) *cut = '\0';
    tr = translation_load("es.yaml", tr_bytes, strlen(tr_bytes), &d);
    CHECK(tr != NULL);
    if (tr) {
        CHECK_INT(check_count(tr, orig, 36, &stale), 36);
        CHECK_INT(stale, 36);
        const char *all[] = {"title", "late", "deleted", "heavy"};
        strbuf_free(&out);
        strbuf_free(&report);
        CHECK(translation_refresh(orig, tr, tr_bytes, strlen(tr_bytes), all, 4, &out, &report, err, sizeof err));
        CHECK(strstr(out.data, "# ---- Kept by grayarea, not by hand") != NULL);
        Translation *tr3 = translation_load("es.yaml", out.data, out.len, &d);
        CHECK(tr3 != NULL);
        if (tr3) CHECK_INT(check_count(tr3, orig, 0, NULL), 0);
        translation_destroy(tr3);
    }
    translation_destroy(tr);

    /* A block that is not last is refused: rewriting it would cut what follows. */
    StrBuf moved;
    strbuf_init(&moved);
    strbuf_printf(&moved, "%ssources:\n  - 929993e1 title\nscenarios: []\n",
                  "format: 1\ntranslates: test-texts\n"
                  "language: es\ntitle: Textos de prueba\n");
    tr = translation_load("moved.yaml", moved.data, moved.len, &d);
    CHECK(tr != NULL);
    const char *title[] = {"title"};
    strbuf_free(&out);
    strbuf_free(&report);
    if (tr) CHECK(!translation_refresh(orig, tr, moved.data, moved.len, title, 1, &out, &report, err, sizeof err));
    CHECK(strstr(err, "should be the last thing in the file") != NULL);
    translation_destroy(tr);
    strbuf_free(&moved);

    /* A text not translated yet keeps its template hash. */
    StrBuf tpl;
    strbuf_init(&tpl);
    translation_template(orig, "es", NULL, &tpl);
    tr = translation_load("t.yaml", tpl.data, tpl.len, &d);
    const char *one[] = {"late/s1/text"};
    strbuf_free(&out);
    strbuf_free(&report);
    CHECK(tr && translation_refresh(src, tr, tpl.data, tpl.len, one, 1, &out, &report, err, sizeof err));
    CHECK_STR(report.data, "late/s1/text: 0 refreshed, 1 not translated yet (nothing to refresh)\n");
    CHECK(out.data && !strcmp(out.data, tpl.data));
    translation_destroy(tr);
    strbuf_free(&tpl);

    CHECK_INT(d.errors, 0);
    diag_free(&d);
    strbuf_free(&out);
    strbuf_free(&report);
    strbuf_free(&edited);
    deck_destroy(src);
    deck_destroy(orig);
    free(src_bytes);
    free(tr_bytes);
}

/* A translation in another language's folder is named; one in its own is not. */
static void test_folder(void) {
    size_t len;
    char *bytes = slurp(TR_FIXTURES "/es/texts.yaml", &len);
    CHECK(bytes != NULL);
    if (!bytes) return;
    DiagList d;
    diag_init(&d);
    Translation *tr = translation_load("packs/p/translations/hi/texts.yaml", bytes, len, &d);
    CHECK(tr != NULL);
    CHECK_INT(d.count, 1);
    if (d.count) {
        char line[1024];
        diag_format(&d.items[0], line, sizeof line);
        CHECK_STR(line, "packs/p/translations/hi/texts.yaml:8:11: warning: this file is in translations/hi/ but its "
                        "language is 'es'; keep each language in its own folder");
    }
    translation_destroy(tr);
    diag_clear(&d);
    const char *fine[] = {"translations/es/texts.yaml", "scenarios/translations/es/texts.yaml", "texts.yaml",
                          "translations/texts.yaml", "x/translations/hi/es/texts.yaml"};
    for (size_t i = 0; i < sizeof fine / sizeof fine[0]; i++) {
        tr = translation_load(fine[i], bytes, len, &d);
        CHECK(tr != NULL);
        if (d.count) fprintf(stderr, "  for %s\n", fine[i]);
        CHECK_INT(d.count, 0);
        translation_destroy(tr);
        diag_clear(&d);
    }
    diag_free(&d);
    free(bytes);
}

/* Bad input of every kind: a clear message, never a crash. */
static void test_hostile(void) {
    DiagList d;
    diag_init(&d);
    const char *junk[] = {
        "translates: x\n",                                                     /* no format, no language */
        "format: 1\ntranslates: [a]\nlanguage: es\n",                          /* a list for the id */
        "format: 1\ntranslates: x\nlanguage: Spanish\n",                       /* not a code */
        "format: 1\ntranslates: x\nlanguage: es\nscenarios: {a: 1}\n",         /* a mapping for the list */
        "format: 1\ntranslates: x\nlanguage: es\nscenarios:\n  - just text\n", /* a scenario that is text */
        "format: 1\ntranslates: x\nlanguage: es\nscenarios:\n  - id: s\n    cards: 3\n",
        "format: 1\ntranslates: x\nlanguage: es\nscenarios:\n  - id: s\n    cards:\n      - id: c\n        "
        "options: {a: b}\n",
        "format: 1\ntranslates: x\nlanguage: es\nscenarios:\n  - id: s\n    cards:\n      - id: c\n        "
        "prompts: [a]\n",
        "format: 1\ntranslates: x\nlanguage: es\ntitle: \"{nombre}\"\n", /* a name the game does not know */
        "format: 1\ntranslates: x\nlanguage: es\ntitle: [a, b]\n",
    };
    for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++) {
        DeckFile df;
        CHECK(!deck_file_load("junk.yaml", junk[i], strlen(junk[i]), &d, &df));
        CHECK(df.is_translation);
        CHECK(df.translation == NULL && df.deck == NULL);
        if (d.errors == 0) fprintf(stderr, "  no error for junk %zu\n", i);
        CHECK(d.errors >= 1);
        diag_clear(&d);
    }
    /* translation_load on its own refuses what is not a mapping (a fuzz find). */
    const char *not_map[] = {"- a\n- b\n", "just text\n", "[format, 1]\n"};
    for (size_t i = 0; i < sizeof not_map / sizeof not_map[0]; i++) {
        CHECK(translation_load("seq.yaml", not_map[i], strlen(not_map[i]), &d) == NULL);
        CHECK_INT(d.errors, 1);
        if (d.count)
            CHECK_STR(d.items[0].message,
                      "a translation deck should start with keys like 'format: 1', 'translates:', 'language:'");
        diag_clear(&d);
    }
    size_t flen;
    char *found = slurp(GA_FIXTURES "/fuzz/translation-root-not-mapping.yaml", &flen);
    CHECK(found != NULL);
    if (found) CHECK(translation_load("found.yaml", found, flen, &d) == NULL);
    CHECK(d.errors >= 1);
    diag_clear(&d);
    free(found);
    /* A deck still loads as a deck through the same door. */
    size_t len;
    char *bytes = slurp(GA_FIXTURES "/good/exes.yaml", &len);
    DeckFile df;
    CHECK(bytes && deck_file_load("exes.yaml", bytes, len, &d, &df));
    CHECK(df.deck != NULL && df.translation == NULL && !df.is_translation);
    deck_destroy(df.deck);
    free(bytes);
    /* Thousands of source lines: no key limit, looked up fast. */
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "format: 1\ntranslates: x\nlanguage: es\nsources:\n");
    for (int i = 0; i < 5000; i++) strbuf_printf(&b, "  - 0123abcd s%d/c/text\n", i);
    Translation *tr = translation_load("many.yaml", b.data, b.len, &d);
    CHECK(tr != NULL);
    CHECK_INT(d.count, 0);
    if (tr) {
        CHECK_INT(tr->n_sources, 5000);
        const TrSource *s = translation_source(tr, "s4321/c/text");
        CHECK(s != NULL);
        if (s) CHECK_INT(s->line, 4 + 4321 + 1);
        CHECK(translation_source(tr, "s5000/c/text") == NULL);
    }
    translation_destroy(tr);
    strbuf_free(&b);
    diag_free(&d);
}

int main(void) {
    RUN(test_hash_and_codes);
    RUN(test_broken_translations);
    RUN(test_sample_and_view);
    RUN(test_library_language);
    RUN(test_template);
    RUN(test_refresh);
    RUN(test_folder);
    RUN(test_hostile);
    return harness_finish();
}
