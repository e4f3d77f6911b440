/* The meaning of a card's answers: the comparisons of the same thing, verdicts, mirror
 * gaps and guesses; and the checker's exhaustive view of which rules can fire. */
#include "compare.h"

#include <stdlib.h>
#include <string.h>

int compare_rounds(const Card *c, bool guess, RoundKind out[ROUND_KIND_COUNT]) {
    int n = 0;
    if (c->ask == ASK_CHOICE) {
        out[n++] = ROUND_CHOICE;
    } else {
        if (c->from & FROM_YOU) out[n++] = ROUND_YOU;
        if (c->from & FROM_PARTNER) out[n++] = ROUND_PARTNER;
    }
    if (guess) out[n++] = ROUND_GUESS;
    return n;
}

Outcome compare_outcome(const Card *c, int gap) {
    if (gap <= 0) return OUTCOME_SAME;
    if (c->ask == ASK_CHOICE) return OUTCOME_APART;
    return gap == 1 ? OUTCOME_CLOSE : OUTCOME_APART;
}

RoundKind compare_guess_round(const Card *c) {
    if (c->ask == ASK_CHOICE) return ROUND_CHOICE;
    return (c->from & FROM_YOU) ? ROUND_YOU : ROUND_PARTNER;
}

static void set_comparison(const Card *c, Comparison *cmp, int about, RoundKind r0, int a0, RoundKind r1, int a1) {
    cmp->about = about;
    cmp->round[0] = r0;
    cmp->round[1] = r1;
    cmp->answer[0] = a0;
    cmp->answer[1] = a1;
    cmp->gap = c->ask == ASK_CHOICE ? (a0 != a1) : abs(a0 - a1);
    cmp->outcome = compare_outcome(c, cmp->gap);
}

void compare_card(const Card *c, const int picks[2][ROUND_KIND_COUNT], bool guess, CardResult *out) {
    memset(out, 0, sizeof *out);
    if (c->ask == ASK_RATE && c->from == FROM_BOTH) {
        /* Each act compared with itself: the doer's own view against the other's. */
        for (int doer = 0; doer < 2; doer++) {
            int other = 1 - doer;
            int a[2];
            RoundKind r[2];
            a[doer] = picks[doer][ROUND_YOU];
            r[doer] = ROUND_YOU;
            a[other] = picks[other][ROUND_PARTNER];
            r[other] = ROUND_PARTNER;
            set_comparison(c, &out->acts[doer], doer, r[0], a[0], r[1], a[1]);
        }
        out->n_acts = 2;
        for (int p = 0; p < 2; p++) out->mirror[p] = picks[p][ROUND_PARTNER] - picks[p][ROUND_YOU];
    } else {
        RoundKind k = c->ask == ASK_CHOICE ? ROUND_CHOICE : c->from == FROM_YOU ? ROUND_YOU : ROUND_PARTNER;
        set_comparison(c, &out->acts[0], COMPARE_STANDARDS, k, picks[0][k], k, picks[1][k]);
        out->n_acts = 1;
    }
    out->widest = out->n_acts == 2 && out->acts[1].gap > out->acts[0].gap ? 1 : 0;
    out->gap = out->acts[out->widest].gap;
    out->outcome = out->acts[out->widest].outcome;
    out->guess = guess;
    out->guess_of = compare_guess_round(c);
    for (int p = 0; p < 2; p++) out->guessed[p] = guess ? picks[p][ROUND_GUESS] == picks[1 - p][out->guess_of] : -1;
}

void compare_cond_input(const Card *c, const int picks[2][ROUND_KIND_COUNT], const CardResult *r, CondInput *in) {
    memset(in, 0, sizeof *in);
    in->choice = c->ask == ASK_CHOICE;
    RoundKind rounds[ROUND_KIND_COUNT];
    int n = compare_rounds(c, false, rounds);
    in->n_answers = n;
    for (int p = 0; p < 2; p++)
        for (int i = 0; i < n; i++) in->answer[p][i] = picks[p][rounds[i]];
    in->gap = r->gap;
    in->mirror = r->mirror[0] != 0 || r->mirror[1] != 0;
    in->guessed[0] = r->guessed[0];
    in->guessed[1] = r->guessed[1];
}

int compare_first_rule(const Card *c, const CondInput *in) {
    for (int i = 0; i < c->n_rules; i++)
        if (cond_eval(c->rules[i].cond, in)) return i;
    return -1;
}

/* Calls back for every combination of answers a card allows: each player's answer to each
 * of its rounds (without the guess round). */
static void each_combination(const Card *c, void (*fn)(const Card *c, const int picks[2][ROUND_KIND_COUNT], void *ctx),
                             void *ctx) {
    RoundKind rounds[ROUND_KIND_COUNT];
    int n = compare_rounds(c, false, rounds);
    int values = c->ask == ASK_CHOICE ? c->n_options : SCALE_STEPS;
    if (values < 1) return;
    int slots = 2 * n, total = 1;
    for (int i = 0; i < slots; i++) total *= values;
    for (int k = 0; k < total; k++) {
        int picks[2][ROUND_KIND_COUNT] = {{0}};
        int rest = k;
        for (int i = 0; i < slots; i++) {
            picks[i / n][rounds[i % n]] = rest % values + 1;
            rest /= values;
        }
        fn(c, (const int(*)[ROUND_KIND_COUNT])picks, ctx);
    }
}

static void reach_one(const Card *c, const int picks[2][ROUND_KIND_COUNT], void *ctx) {
    RuleReach *out = ctx;
    CardResult r;
    compare_card(c, picks, false, &r);
    CondInput in;
    compare_cond_input(c, picks, &r, &in);
    /* Guess mode off, then on with every pair of right and wrong guesses: a guess can be
     * right or wrong whatever the answers (every card offers at least two). */
    static const int GUESSES[5][2] = {{-1, -1}, {0, 0}, {0, 1}, {1, 0}, {1, 1}};
    for (int g = 0; g < 5; g++) {
        int mode = g > 0;
        in.guessed[0] = GUESSES[g][0];
        in.guessed[1] = GUESSES[g][1];
        int first = compare_first_rule(c, &in);
        if (first < 0 || c->rules[first].target == RULE_END) out->ends[mode] = true;
        if (first >= 0) out->fires[mode][first] = true;
        for (int i = 0; i < c->n_rules && i < DECK_MAX_RULES; i++)
            if (cond_eval(c->rules[i].cond, &in)) out->matches[i] = true;
    }
}

void compare_rule_reach(const Card *c, RuleReach *out) {
    memset(out, 0, sizeof *out);
    each_combination(c, reach_one, out);
}
