/* Loops that never end and rules that never fire: the checker evaluates every condition
 * over every possible combination of answers (docs/deck-format.md, "What the checker
 * proves"), so a scenario whose exits no answers can take is refused, in either guess
 * mode, and a rule that can never be the one that fires is named. Each fixture once
 * passed the old checker with 0 errors (and the first looped forever in play). */
#include "core/deck.h"
#include "fixture_lib.h"
#include "harness.h"

#include <string.h>

typedef struct Case {
    const char *file;
    const char *expect[6]; /* every diagnostic, in order; NULL-terminated */
} Case;

static const Case CASES[] = {
    {"impossible-exits.yaml",
     {"11:9: error: from card 'c1' the scenario 's' can never end: whatever the answers, its rules only loop back; add "
      "an 'end: true' rule or a way out that some answers take",
      "16:13: warning: rule 1 of card 'c1' never fires: no answers make its condition true on this card",
      "19:9: error: from card 'c2' the scenario 's' can never end: whatever the answers, its rules only loop back; add "
      "an 'end: true' rule or a way out that some answers take",
      "24:13: warning: rule 1 of card 'c2' never fires: no answers make its condition true on this card", NULL}},
    {"guess-only-exit.yaml",
     {"11:9: error: from card 'c1' the scenario 's' can never end when guess mode is off: whatever the answers, its "
      "rules only loop back; add an 'end: true' rule or a way out that some answers take",
      "19:9: error: from card 'c2' the scenario 's' can never end when guess mode is off: whatever the answers, its "
      "rules only loop back; add an 'end: true' rule or a way out that some answers take",
      NULL}},
    {"dead-rules.yaml",
     {"17:13: warning: rule 1 of card 'c1' never fires: no answers make its condition true on this card",
      "21:13: warning: rule 3 of card 'c1' never fires: whenever its condition is true, a rule before it matches first",
      NULL}},
    {"unreachable-by-dead-rule.yaml",
     {"16:13: warning: rule 1 of card 'c1' never fires: no answers make its condition true on this card",
      "18:9: error: card 'c2' can never be reached from the start card 'c1' of scenario 's': no rule that leads to it "
      "can ever fire",
      NULL}},
    {"cycle-with-exit.yaml", {NULL}}, /* a loop some answers leave: fine */
};

static void test_cases(void) {
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const Case *c = &CASES[i];
        char path[512];
        snprintf(path, sizeof path, GA_FIXTURES "/loops/%s", c->file);
        FILE *f = fopen(path, "rb");
        CHECK(f != NULL);
        if (!f) continue;
        static char buf[65536];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        DiagList d;
        diag_init(&d);
        Deck *deck = deck_load(c->file, buf, n, &d);
        diag_sort(&d);
        size_t k = 0;
        for (; c->expect[k]; k++) {
            char line[600], want[700];
            snprintf(want, sizeof want, "%s:%s", c->file, c->expect[k]);
            if (k < d.count) diag_format(&d.items[k], line, sizeof line);
            CHECK(k < d.count && !strcmp(line, want));
            if (k < d.count && strcmp(line, want)) fprintf(stderr, "  got  %s\n  want %s\n", line, want);
        }
        CHECK_INT(d.count, k);
        bool errors = d.errors > 0;
        CHECK(errors == (deck == NULL));
        deck_destroy(deck);
        diag_free(&d);
    }
}

/* The session's own guard still holds for any loop the couple keeps choosing. */
static void test_session_cap(void) {
    Deck *deck = fixture_deck(GA_FIXTURES "/loops/cycle-with-exit.yaml");
    CHECK(deck != NULL);
    if (!deck) return;
    Library lib;
    library_init(&lib);
    library_add(&lib, deck);
    SessionSetup st;
    session_setup_defaults(&st);
    st.n_plan = 1;
    st.plan[0] = (PlanItem){0, 0};
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    session_apply(s, act(ACT_NEXT, -1, 0));
    int cards = 0;
    /* Always the same answers that loop: c1 same -> c2, c2 both 1 -> c1 ... */
    while (s->phase != PHASE_SUMMARY && cards < 1000) {
        const Card *c = session_card(s);
        if (c->ask == ASK_CHOICE)
            fixture_play_card(s, (int[4]){1}, (int[4]){1});
        else
            fixture_play_card(s, (int[4]){2, 2}, (int[4]){2, 2});
        session_apply(s, act(ACT_NEXT, -1, 0));
        cards++;
    }
    CHECK_INT(cards, SESSION_MAX_CARDS_PER_SCENARIO);
    session_destroy(s);
    library_free(&lib);
}

int main(void) {
    RUN(test_cases);
    RUN(test_session_cap);
    return harness_finish();
}
