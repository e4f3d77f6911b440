/* Deck loading and checking: each broken fixture gives exactly the expected diagnostics. */
#include "core/deck.h"
#include "fixture_lib.h"
#include "harness.h"

#include <stdlib.h>

static char *read_fixture(const char *dir, const char *name, size_t *len) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s/%s", GA_FIXTURES, dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(2 * 1024 * 1024);
    *len = fread(buf, 1, 2 * 1024 * 1024, f);
    fclose(f);
    return buf;
}

typedef struct Expect {
    const char *file;
    const char *lines[16];
} Expect;

/* Every problem of every broken deck, in order: "line:column: level: message". */
static const Expect EXPECTED[] = {
    {"anchor-alias.yaml",
     {"12:15: error: YAML anchors (&t) are not allowed in decks; write the text out in full",
      "14:26: error: YAML aliases (*t) are not allowed in decks; write the text out in full", NULL}},
    {"bad-condition.yaml",
     {"16:17: error: in the condition 'bth <= fine': unknown word 'bth' in the condition",
      "18:24: error: in the condition 'any >= 7': step 7 does not exist: the scale goes from 1 to 4", NULL}},
    {"bad-placeholder.yaml", {"12:15: error: '{name}' is not a name this game knows; use {p1} or {p2}", NULL}},
    {"bad-target.yaml", {"17:17: error: card 'c1' sends players to 'c9', but scenario 's' has no card 'c9'", NULL}},
    {"duplicate-card.yaml",
     {"15:13: error: two cards in scenario 's' are called 'c1' (the first is on line 11)", NULL}},
    {"duplicate-key.yaml",
     {"15:9: error: 'text' appears twice here (first on line 12); each key may appear once", NULL}},
    {"empty.yaml", {"1:1: error: the file is empty; a deck starts with 'format: 1'", NULL}},
    {"invalid-utf8.yaml", {"12:34: error: the file is not valid UTF-8 here; save it as UTF-8 text", NULL}},
    {"long-text-warning.yaml",
     {"12:15: warning: the text of card 'c1' is 367 characters; keep it to 150 so the whole card fits on a screen at "
      "the largest text size",
      NULL}},
    {"long-answer-warning.yaml",
     {"14:19: warning: the question of card 'c1' is 79 characters; keep it to 70 so it fits at the largest text size",
      "16:13: warning: this answer is 55 characters; keep answers to 40 so each fits on one line at the largest text "
      "size",
      NULL}},
    {"loop.yaml",
     {"11:9: error: from card 'c1' the scenario 's' can never end: whatever the answers, its rules only loop back; add "
      "an 'end: true' rule or a way out that some answers take",
      "17:9: error: from card 'c2' the scenario 's' can never end: whatever the answers, its rules only loop back; add "
      "an 'end: true' rule or a way out that some answers take",
      NULL}},
    {"many-problems.yaml",
     {"1:9: error: 'format' should be 1; this game reads format 1 decks",
      "2:5: error: the id 'many problems' should use only letters, digits, '-' and '_' (at most 40)",
      "9:16: error: 'intensity' cannot be 'mild'; it is one of: gentle, honest, deep",
      "10:14: error: 'starter' should be true or false",
      "13:15: warning: card 'c1' is step 1 of a ladder but has no 'step_label': name the one detail this step adds",
      "16:15: error: 'from' cannot be 'everyone'; it is one of: you, partner, both",
      "17:18: warning: card 'c1' has no 'close' prompts: the reveal would have nothing to say when the picks are one "
      "step apart",
      "19:26: error: in the condition 'close and': the condition ends too early",
      "21:13: error: a rule has both 'go' and 'end'; it can do only one",
      "27:18: error: card 'c2' has 5 options; a choice card needs 2 to 4",
      "30:22: error: in the condition 'both < 2': on a choice card compare answers with = or != only", NULL}},
    {"no-step-label.yaml",
     {"21:15: warning: card 'c2' is step 2 of a ladder but has no 'step_label': name the one detail this step adds",
      NULL}},
    {"missing-title.yaml", {"7:5: error: scenario 's' has no 'title'", NULL}},
    {"not-a-mapping.yaml", {"1:1: error: a deck should start with keys like 'format: 1', 'id:', 'title:'", NULL}},
    {"one-option.yaml", {"15:18: error: card 'c1' has 1 option; a choice card needs 2 to 4", NULL}},
    {"tab.yaml", {"13:1: error: a tab is used for indentation; YAML needs spaces", NULL}},
    {"too-deep.yaml", {"15:30: error: the deck is nested more than 16 levels deep here", NULL}},
    {"two-documents.yaml",
     {"15:1: error: a deck file holds one document; remove the second '---' and what follows", NULL}},
    {"unclosed-quote.yaml",
     {"15:1: error: the file ends inside a quoted text; a closing quote is missing (YAML: found unexpected end of "
      "stream)",
      NULL}},
    {"unknown-category.yaml",
     {"4:11: error: 'category' cannot be 'texting'; it is one of: messaging, exes, social, apps, flirting, closeness, "
      "honesty, inner, online, checking",
      NULL}},
    {"unknown-key.yaml", {"15:9: error: unknown key 'nxet' in card 'c1' (did you mean 'next'?)", NULL}},
    {"unreachable.yaml",
     {"15:9: error: card 'c2' can never be reached from the start card 'c1' of scenario 's'", NULL}},
    {"yaml-tag.yaml", {"8:12: error: YAML tags (tag:yaml.org,2002:str) are not allowed in decks", NULL}},
};

static void test_broken_fixtures(void) {
    for (size_t i = 0; i < sizeof EXPECTED / sizeof EXPECTED[0]; i++) {
        const Expect *e = &EXPECTED[i];
        size_t len;
        char *bytes = read_fixture("bad", e->file, &len);
        CHECK(bytes != NULL);
        if (!bytes) continue;
        DiagList d;
        diag_init(&d);
        Deck *deck = deck_load(e->file, bytes, len, &d);
        diag_sort(&d);
        bool warnings_only = d.errors == 0;
        /* A deck with errors is refused; one with only warnings loads. */
        CHECK_INT(deck != NULL, warnings_only);
        check_diag_lines(&d, e->file, e->lines);
        deck_destroy(deck);
        diag_free(&d);
        free(bytes);
    }
}

static void test_good_fixture_model(void) {
    size_t len;
    char *bytes = read_fixture("good", "texts.yaml", &len);
    DiagList d;
    diag_init(&d);
    Deck *deck = deck_load("texts.yaml", bytes, len, &d);
    CHECK(deck != NULL);
    CHECK_INT(d.count, 0);
    if (deck) {
        CHECK_STR(deck->id, "test-texts");
        CHECK_INT(deck->category, CAT_MESSAGING);
        CHECK_INT(deck->n_scenarios, 3);
        const Scenario *s = &deck->scenarios[0];
        CHECK(s->ladder);
        CHECK(s->starter);
        CHECK_INT(s->n_cards, 4);
        CHECK_INT(s->cards[0].from, FROM_BOTH);
        CHECK_INT(s->cards[1].from, FROM_PARTNER); /* the default */
        CHECK_INT(s->cards[0].n_rules, 3);
        CHECK_INT(s->cards[0].rules[0].target, 1);
        CHECK_INT(s->cards[0].rules[1].target, 3);
        CHECK_INT(s->cards[0].rules[2].target, RULE_END);
        CHECK_INT(s->cards[3].ask, ASK_CHOICE);
        CHECK_INT(s->cards[3].n_options, 3);
        CHECK_STR(s->cards[3].options[2], "Talking tonight");
        CHECK_INT(s->cards[0].n_prompts[PROMPT_MIRROR], 1);
        CHECK_STR(deck->scenarios[2].content_note, "Mentions a past betrayal.");
        CHECK_INT(deck->scenarios[2].intensity, INTENSITY_DEEP);
        CHECK_INT(deck_total_cards(deck), 6);
    }
    deck_destroy(deck);
    diag_free(&d);
    free(bytes);
}

static void test_size_limit(void) {
    size_t len = DECK_MAX_BYTES + 1;
    char *big = malloc(len);
    memset(big, '#', len);
    DiagList d;
    diag_init(&d);
    Deck *deck = deck_load("big.yaml", big, len, &d);
    CHECK(deck == NULL);
    CHECK_INT(d.count, 1);
    CHECK_STR(d.items[0].message, "the file is 1048577 bytes; a deck may be at most 1048576 bytes (1 MiB)");
    diag_free(&d);
    free(big);
}

static void test_long_string_limit(void) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "format: 1\nid: x\ntitle: \"");
    for (int i = 0; i < 1001; i++) strbuf_puts(&b, "\xc3\xa9"); /* é: 1001 characters, 2002 bytes */
    strbuf_puts(&b, "\"\n");
    DiagList d;
    diag_init(&d);
    Deck *deck = deck_load("long.yaml", b.data, b.len, &d);
    CHECK(deck == NULL);
    CHECK(d.count >= 1);
    if (d.count) CHECK_STR(d.items[0].message, "this text is 1001 characters long; the limit is 1000");
    diag_free(&d);
    strbuf_free(&b);
}

static void test_nul_and_garbage(void) {
    const char bytes[] = "format: 1\n\0id: x\n";
    DiagList d;
    diag_init(&d);
    CHECK(deck_load("nul.yaml", bytes, sizeof bytes - 1, &d) == NULL);
    CHECK_INT(d.errors, 1);
    diag_clear(&d);
    /* A scalar document, a lone colon, unbalanced brackets: refused with a message, never a crash. */
    const char *junk[] = {"hello", ":", "[[[", "{a: [}", "- - - -", "format: 1\nformat: 1\n", "\"", "?"};
    for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++) {
        CHECK(deck_load("junk.yaml", junk[i], strlen(junk[i]), &d) == NULL);
        CHECK(d.errors >= 1);
        diag_clear(&d);
    }
    diag_free(&d);
}

/* A byte-order mark starts many files saved on Windows: it is not part of the deck, and
 * positions stay right. A NUL or a control character written as an escape is refused. */
static void test_bom_and_escapes(void) {
    size_t len = 0;
    char *good = read_fixture("good", "exes.yaml", &len);
    char *bom = malloc(len + 3);
    memcpy(bom, "\xef\xbb\xbf", 3);
    memcpy(bom + 3, good, len);
    DiagList d;
    diag_init(&d);
    Deck *deck = deck_load("bom.yaml", bom, len + 3, &d);
    CHECK(deck != NULL);
    CHECK_INT(d.errors, 0);
    deck_destroy(deck);
    diag_clear(&d);
    /* A BOM anywhere else is still text, and line numbers are unchanged by one at the start. */
    const char *bad_at_3 = "\xef\xbb\xbf" "format: 1\nid: x\ntitle: [\n";
    CHECK(deck_load("bom-bad.yaml", bad_at_3, strlen(bad_at_3), &d) == NULL);
    CHECK(d.count > 0 && d.items[d.count - 1].line == 4);
    diag_clear(&d);
    static const struct {
        const char *yaml, *says;
    } CASES[] = {
        {"format: 1\nid: \"a\\0b\"\n", "2:5: error: this text contains a NUL character"},
        {"format: 1\nid: x\ntitle: \"x\\ey\"\n", "3:8: error: this text contains the control character U+001B"},
        {"format: 1\n\"k\\x9b\": 1\n", "2:1: error: this text contains the control character U+009B"},
        {"format: 1\nid: x\ntitle: \"\\x00\"\n", "3:8: error: this text contains a NUL character"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        CHECK(deck_load("esc.yaml", CASES[i].yaml, strlen(CASES[i].yaml), &d) == NULL);
        bool found = false;
        for (size_t k = 0; k < d.count; k++) {
            char line[512];
            diag_format(&d.items[k], line, sizeof line);
            if (strstr(line, CASES[i].says)) found = true;
        }
        if (!found) fprintf(stderr, "  no '%s'\n", CASES[i].says);
        CHECK(found);
        diag_clear(&d);
    }
    /* Tabs and newlines in a text are still fine. */
    const char *tabs = "format: 1\nid: x\ntitle: \"a\\tb\\nc\"\n";
    deck_load("tabs.yaml", tabs, strlen(tabs), &d);
    for (size_t k = 0; k < d.count; k++) CHECK(!strstr(d.items[k].message, "control character"));
    diag_free(&d);
    free(bom);
    free(good);
}

/* A placeholder quoted in a message is cut between characters. */
static void test_message_cut(void) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "format: 1\nid: x\ntitle: t\ncategory: exes\nlanguage: en\nscenarios:\n  - id: s\n    title: s\n"
                    "    intensity: gentle\n    cards:\n      - id: c1\n        text: \"{x");
    for (int i = 0; i < 30; i++) strbuf_puts(&b, "\xc3\xa9");
    strbuf_puts(&b, "}\"\n        ask: rate\n");
    DiagList d;
    diag_init(&d);
    deck_load("cut.yaml", b.data, b.len, &d);
    bool seen = false;
    for (size_t k = 0; k < d.count; k++) {
        if (!strstr(d.items[k].message, "is not a name")) continue;
        seen = true;
        CHECK_INT(utf8_validate(d.items[k].message, strlen(d.items[k].message)), strlen(d.items[k].message));
    }
    CHECK(seen);
    diag_free(&d);
    strbuf_free(&b);
}

static void test_fuzz_regressions(void) {
    /* A rule with a list for 'go' and 'end' as well once crashed the checker. */
    size_t len;
    char *bytes = read_fixture("fuzz", "deck-go-and-end-list.yaml", &len);
    CHECK(bytes != NULL);
    DiagList d;
    diag_init(&d);
    CHECK(deck_load("x.yaml", bytes, len, &d) == NULL);
    bool found = false;
    for (size_t i = 0; i < d.count; i++)
        if (strstr(d.items[i].message, "a rule has both 'go' and 'end'")) found = true;
    CHECK(found);
    diag_free(&d);
    free(bytes);
}

static void test_hostile_limits(void) {
    /* One mapping with very many keys is refused at once, not checked pair by pair. */
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < 5000; i++) strbuf_printf(&b, "k%d: v\n", i);
    DiagList d;
    diag_init(&d);
    CHECK(deck_load("keys.yaml", b.data, b.len, &d) == NULL);
    CHECK_INT(d.count, 1);
    CHECK_STR(d.items[0].message, "this mapping has more than 64 keys; a deck never needs that many");
    diag_free(&d);
    strbuf_free(&b);
    /* Thousands of broken scenarios: every error counted, only the first ones kept. */
    strbuf_init(&b);
    strbuf_puts(&b, "format: 1\nid: x\ntitle: X\ncategory: exes\nlanguage: en\nscenarios:\n");
    for (int i = 0; i < 1500; i++) strbuf_printf(&b, "  - id: s%d\n", i);
    diag_init(&d);
    CHECK(deck_load("many.yaml", b.data, b.len, &d) == NULL);
    CHECK_INT(d.count, DIAG_MAX_PER_FILE + 1);
    CHECK(d.errors > 3000);
    CHECK_STR(d.items[DIAG_MAX_PER_FILE].message, "more problems follow; fix the ones above and check again");
    diag_free(&d);
    strbuf_free(&b);
    strbuf_init(&b);
    strbuf_puts(&b, "format: 1\nid: x\ntitle: X\ncategory: exes\nlanguage: en\nscenarios:\n");
    for (int i = 0; i < DECK_MAX_SCENARIOS + 1; i++) strbuf_printf(&b, "  - s\n");
    diag_init(&d);
    CHECK(deck_load("toomany.yaml", b.data, b.len, &d) == NULL);
    CHECK_INT(d.count, 1);
    CHECK_STR(d.items[0].message,
              "the deck has 2001 scenarios; a deck may hold at most 2000 (split it into several decks)");
    diag_free(&d);
    strbuf_free(&b);
}

static void test_deck_file_names(void) {
    /* The checker and the game share this rule; they once disagreed about upper case. */
    CHECK(deck_is_file_name("exes.yaml"));
    CHECK(deck_is_file_name("My Deck.YAML"));
    CHECK(deck_is_file_name("short.yml"));
    CHECK(!deck_is_file_name(".hidden.yaml"));
    CHECK(!deck_is_file_name("notes.txt"));
    CHECK(!deck_is_file_name("yaml"));
    CHECK(!deck_is_file_name("deck.yaml.bak"));
}

int main(void) {
    RUN(test_deck_file_names);
    RUN(test_bom_and_escapes);
    RUN(test_message_cut);
    RUN(test_fuzz_regressions);
    RUN(test_hostile_limits);
    RUN(test_broken_fixtures);
    RUN(test_good_fixture_model);
    RUN(test_size_limit);
    RUN(test_long_string_limit);
    RUN(test_nul_and_garbage);
    return harness_finish();
}
