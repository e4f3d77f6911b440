/* The shipped decks: clean under the checker, and the content totals the game promises. */
#include "core/deck.h"
#include "harness.h"

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

static void test_totals(void) {
    int per_category[CAT_COUNT] = {0}, gentle[CAT_COUNT] = {0};
    int scenarios = 0, cards = 0, ladders = 0, both = 0, choice = 0, starters = 0, deep = 0;
    for (int d = 0; d < n_decks; d++) {
        const Deck *deck = decks[d];
        per_category[deck->category] += deck->n_scenarios;
        for (int i = 0; i < deck->n_scenarios; i++) {
            const Scenario *s = &deck->scenarios[i];
            scenarios++;
            cards += s->n_cards;
            if (s->intensity == INTENSITY_GENTLE) gentle[deck->category]++;
            if (s->starter) starters++;
            if (s->intensity == INTENSITY_DEEP) {
                deep++;
                CHECK(s->content_note != NULL);
            }
            int steps = 0;
            for (int c = 0; c < s->n_cards; c++) {
                const Card *card = &s->cards[c];
                if (card->step) steps++;
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
    CHECK(n_decks >= 8);
    for (int c = 0; c < CAT_COUNT; c++) {
        if (c == CAT_ONLINE || c == CAT_CHECKING) continue; /* being written (content issue) */
        if (per_category[c] < 6)
            fprintf(stderr, "  category %s has %d scenarios\n", category_id((Category)c), per_category[c]);
        CHECK(per_category[c] >= 6);
        CHECK(gentle[c] >= 1);
    }
    CHECK(scenarios >= 48);
    CHECK(cards >= 150);
    CHECK(2 * ladders >= scenarios);
    CHECK(3 * both >= cards);
    CHECK(choice >= CAT_COUNT);
    CHECK(starters >= 4);
}

int main(void) {
    load_all();
    RUN(test_totals);
    for (int i = 0; i < n_decks; i++) deck_destroy(decks[i]);
    return harness_finish();
}
