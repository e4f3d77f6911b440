/* The shipped decks: clean under the checker, and the content totals and variety the game
 * promises (issue 11), all computed from the loaded decks. */
#include "core/deck.h"
#include "harness.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>

static Deck *decks[64];
static int n_decks;

static void load_all(void) {
    const char *dir = GA_SOURCE_DIR "/scenarios";
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    if (!d) return;
    struct dirent *e;
    DiagList diags;
    diag_init(&diags);
    while ((e = readdir(d)) && n_decks < 64) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 5, ".yaml")) continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        CHECK(f != NULL);
        if (!f) continue;
        char *buf = malloc(DECK_MAX_BYTES + 1);
        size_t len = fread(buf, 1, DECK_MAX_BYTES + 1, f);
        fclose(f);
        Deck *deck = deck_load(e->d_name, buf, len, &diags);
        CHECK(deck != NULL);
        if (deck) decks[n_decks++] = deck;
        free(buf);
    }
    closedir(d);
    for (size_t i = 0; i < diags.count; i++) {
        char line[1024];
        diag_format(&diags.items[i], line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }
    CHECK_INT(diags.errors, 0);
    CHECK_INT(diags.warnings, 0);
    diag_free(&diags);
}

/* A scenario branches when some card has rules that lead to different places. */
static bool branches(const Scenario *s) {
    for (int i = 0; i < s->n_cards; i++) {
        const Card *c = &s->cards[i];
        for (int a = 0; a < c->n_rules; a++)
            for (int b = a + 1; b < c->n_rules; b++)
                if (c->rules[a].target != c->rules[b].target) return true;
        if (c->n_rules >= 1 && !cond_is_always(c->rules[c->n_rules - 1].cond)) return true;
    }
    return false;
}

/* ---- variety: how texts open, and how often a prompt repeats ----------------------------- */

enum { MAX_TEXTS = 4096, OPENING_MAX = 64 };

/* The first two words of a text, lower case, without punctuation: "Same pick. Go" gives
 * "same pick". Apostrophes stay part of a word ("what's"). */
static void opening(const char *text, char out[OPENING_MAX]) {
    size_t n = 0;
    int words = 0;
    bool in_word = false;
    for (const unsigned char *p = (const unsigned char *)text; *p && words < 2 && n + 2 < OPENING_MAX; p++) {
        bool part = isalnum(*p) || *p == '\'' || *p >= 0x80;
        if (part) {
            if (!in_word && words == 1) out[n++] = ' ';
            out[n++] = (char)tolower(*p);
            in_word = true;
        } else if (in_word) {
            in_word = false;
            words++;
        }
    }
    out[n] = '\0';
}

typedef struct Tally {
    const char *key[MAX_TEXTS];
    char own[MAX_TEXTS][OPENING_MAX];
    int count[MAX_TEXTS];
    int n, total;
} Tally;

static void tally_add(Tally *t, const char *key, bool copy) {
    if (t->total >= MAX_TEXTS) return;
    t->total++;
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->key[i], key)) {
            t->count[i]++;
            return;
        }
    if (copy) {
        snprintf(t->own[t->n], OPENING_MAX, "%s", key);
        t->key[t->n] = t->own[t->n];
    } else {
        t->key[t->n] = key;
    }
    t->count[t->n++] = 1;
}

static int tally_max(const Tally *t, const char **which) {
    int best = 0;
    for (int i = 0; i < t->n; i++)
        if (t->count[i] > best) {
            best = t->count[i];
            *which = t->key[i];
        }
    return best;
}

/* The helpers above measure what the shipped-deck checks below rely on. */
static void test_variety_helpers(void) {
    char o[OPENING_MAX];
    opening("Same pick. Try it now.", o);
    CHECK_STR(o, "same pick");
    opening("  What's the nice feeling?", o);
    CHECK_STR(o, "what's the");
    opening("\"{p1} and {p2}, what does each of you picture?\"", o);
    CHECK_STR(o, "p1 and");
    opening("Alone", o);
    CHECK_STR(o, "alone");
    static Tally t;
    memset(&t, 0, sizeof t);
    const char *texts[] = {"What would help?", "What would you say?", "How far?", "What would it take?"};
    for (int i = 0; i < 4; i++) {
        opening(texts[i], o);
        tally_add(&t, o, true);
    }
    const char *top = "";
    CHECK_INT(tally_max(&t, &top), 3);
    CHECK_STR(top, "what would");
    CHECK_INT(t.total, 4);
}

static void test_variety(void) {
    static Tally prompts, prompt_openings, text_openings;
    memset(&prompts, 0, sizeof prompts);
    memset(&prompt_openings, 0, sizeof prompt_openings);
    memset(&text_openings, 0, sizeof text_openings);
    char o[OPENING_MAX];
    for (int d = 0; d < n_decks; d++)
        for (int i = 0; i < decks[d]->n_scenarios; i++) {
            const Scenario *s = &decks[d]->scenarios[i];
            for (int c = 0; c < s->n_cards; c++) {
                const Card *card = &s->cards[c];
                opening(card->text, o);
                tally_add(&text_openings, o, true);
                for (int k = 0; k < PROMPT_KIND_COUNT; k++)
                    for (int p = 0; p < card->n_prompts[k]; p++) {
                        tally_add(&prompts, card->prompts[k][p], false);
                        opening(card->prompts[k][p], o);
                        tally_add(&prompt_openings, o, true);
                    }
            }
        }
    const char *same_prompt = "", *prompt_open = "", *text_open = "";
    int repeats = tally_max(&prompts, &same_prompt);
    int top_prompt = tally_max(&prompt_openings, &prompt_open);
    int top_text = tally_max(&text_openings, &text_open);
    printf("prompts %d (%d different); the most repeated prompt is used %d times (\"%s\")\n", prompts.total,
           prompts.n, repeats, same_prompt);
    printf("most common prompt opening: \"%s\" in %d of %d prompts (%.1f%%)\n", prompt_open, top_prompt,
           prompt_openings.total, 100.0 * top_prompt / (prompt_openings.total ? prompt_openings.total : 1));
    printf("most common card-text opening: \"%s\" in %d of %d cards (%.1f%%)\n", text_open, top_text,
           text_openings.total, 100.0 * top_text / (text_openings.total ? text_openings.total : 1));
    CHECK(prompts.total < MAX_TEXTS); /* otherwise the tallies above were cut short */
    CHECK(prompts.total > 0);
    CHECK(repeats <= 3);                                  /* no prompt text used more than 3 times */
    CHECK(100 * top_prompt <= 15 * prompt_openings.total); /* no two-word opening in over 15% of prompts */
    CHECK(4 * top_text <= text_openings.total);            /* at most a quarter of card texts */
}

/* ---- totals ------------------------------------------------------------------------------ */

static void test_totals(void) {
    int per_category[CAT_COUNT] = {0}, decks_per_category[CAT_COUNT] = {0}, gentle[CAT_COUNT] = {0};
    int starters_per[CAT_COUNT] = {0};
    int scenarios = 0, cards = 0, ladders = 0, both = 0, choice = 0, starters = 0, deep = 0;
    for (int d = 0; d < n_decks; d++) {
        const Deck *deck = decks[d];
        per_category[deck->category] += deck->n_scenarios;
        decks_per_category[deck->category]++;
        for (int i = 0; i < deck->n_scenarios; i++) {
            const Scenario *s = &deck->scenarios[i];
            scenarios++;
            cards += s->n_cards;
            if (s->intensity == INTENSITY_GENTLE) gentle[deck->category]++;
            if (s->starter) {
                starters++;
                starters_per[deck->category]++;
            }
            if (s->intensity == INTENSITY_DEEP) {
                deep++;
                CHECK(s->content_note != NULL);
            }
            int steps = 0;
            for (int c = 0; c < s->n_cards; c++) {
                const Card *card = &s->cards[c];
                if (card->step) {
                    steps++;
                    CHECK(card->step_label != NULL); /* every rung names its one detail */
                }
                if (card->ask == ASK_RATE && card->from == FROM_BOTH) both++;
                if (card->ask == ASK_CHOICE) choice++;
            }
            if (s->ladder && steps >= 3 && steps <= 5) ladders++;
            if (!branches(s)) fprintf(stderr, "  %s/%s does not branch\n", deck->id, s->id);
            CHECK(branches(s));
        }
    }
    printf("decks %d, scenarios %d, cards %d, ladders %d, from-both cards %d, choice cards %d, starters %d, deep %d\n",
           n_decks, scenarios, cards, ladders, both, choice, starters, deep);
    CHECK_INT(n_decks, CAT_COUNT);
    for (int c = 0; c < CAT_COUNT; c++) {
        printf("  %-10s %2d scenarios, %d starters\n", category_id((Category)c), per_category[c], starters_per[c]);
        if (decks_per_category[c] != 1)
            fprintf(stderr, "  category %s has %d decks\n", category_id((Category)c), decks_per_category[c]);
        CHECK_INT(decks_per_category[c], 1); /* one deck per theme */
        CHECK(per_category[c] >= 8);
        CHECK(gentle[c] >= 2);
        CHECK(starters_per[c] >= 2); /* first-evening starters spread over every theme */
    }
    CHECK(scenarios >= 80);
    CHECK(cards >= 380);
    CHECK(2 * ladders >= scenarios);
    CHECK(3 * both >= cards);
    CHECK(choice >= CAT_COUNT);
    CHECK(starters >= 20);
}

int main(void) {
    load_all();
    RUN(test_variety_helpers);
    RUN(test_totals);
    RUN(test_variety);
    for (int i = 0; i < n_decks; i++) deck_destroy(decks[i]);
    return harness_finish();
}
