/* The condition language: tables of conditions, answers and expected results, and parse errors.
 * The meaning of every word is docs/deck-format.md's "Conditions". */
#include "core/cond.h"
#include "harness.h"

#include <stdlib.h>

typedef struct Row {
    const char *cond;
    int p0, p1;
    bool mirror;
    int g0, g1;
    bool expect;
} Row;

static const Row RATE[] = {
    {"same", 2, 2, false, -1, -1, true},
    {"same", 2, 3, false, -1, -1, false},
    {"close", 2, 3, false, -1, -1, true},
    {"close", 1, 3, false, -1, -1, false},
    {"apart", 1, 3, false, -1, -1, true},
    {"apart", 3, 4, false, -1, -1, false},
    {"both <= fine_if_known", 1, 2, false, -1, -1, true},
    {"both <= fine_if_known", 1, 3, false, -1, -1, false},
    {"any >= uneasy", 1, 3, false, -1, -1, true},
    {"any >= uneasy", 1, 2, false, -1, -1, false},
    {"neither = line", 1, 3, false, -1, -1, true},
    {"neither = line", 4, 3, false, -1, -1, false},
    {"both == 4", 4, 4, false, -1, -1, true},
    {"both != 4", 3, 4, false, -1, -1, false},
    {"any < 2", 1, 4, false, -1, -1, true},
    {"any > 3", 1, 3, false, -1, -1, false},
    {"gap >= 2", 1, 3, false, -1, -1, true},
    {"gap = 0", 2, 2, false, -1, -1, true},
    {"gap < 1", 2, 3, false, -1, -1, false},
    {"mirror", 1, 1, true, -1, -1, true},
    {"not mirror", 1, 1, true, -1, -1, false},
    {"both guessed", 1, 1, false, 1, 1, true},
    {"both guessed", 1, 1, false, 1, 0, false},
    {"any guessed", 1, 1, false, 1, 0, true},
    {"neither guessed", 1, 1, false, 0, 0, true},
    {"neither guessed", 1, 1, false, -1, -1, false}, /* guess mode off: never true */
    {"each guessed", 1, 1, false, 1, 0, false},
    {"each guessed", 1, 1, false, 1, 1, true},
    {"each >= uneasy", 3, 4, false, -1, -1, true},
    {"each >= uneasy", 3, 2, false, -1, -1, false},
    {"any guessed", 1, 1, false, -1, -1, false},
    {"always", 4, 1, false, -1, -1, true},
    {"same or apart", 1, 4, false, -1, -1, true},
    {"same and apart", 1, 4, false, -1, -1, false},
    {"not (both <= fine_if_known) and not apart", 2, 3, false, -1, -1, true},
    {"not (both <= fine_if_known) and not apart", 2, 2, false, -1, -1, false},
    {"any >= uneasy and not same", 3, 3, false, -1, -1, false},
    {"same or close and any = line", 1, 1, false, -1, -1, true}, /* 'and' binds tighter */
    {"(same or close) and any = line", 1, 1, false, -1, -1, false},
};

static void test_rate_table(void) {
    for (size_t i = 0; i < sizeof RATE / sizeof RATE[0]; i++) {
        const Row *r = &RATE[i];
        Arena a;
        arena_init(&a);
        char err[200];
        int off = -1;
        Cond *c = cond_parse(&a, r->cond, false, 0, err, sizeof err, &off);
        if (!c) fprintf(stderr, "  '%s': %s\n", r->cond, err);
        CHECK(c != NULL);
        /* One answer per player (a one-sided rate card): the gap is theirs. */
        CondInput in = {.n_answers = 1,
                        .answer = {{r->p0}, {r->p1}},
                        .gap = abs(r->p0 - r->p1),
                        .mirror = r->mirror,
                        .guessed = {r->g0, r->g1}};
        if (c && cond_eval(c, &in) != r->expect) fprintf(stderr, "  row %zu: '%s'\n", i, r->cond);
        CHECK(c && cond_eval(c, &in) == r->expect);
        arena_destroy(&a);
    }
}

static void test_choice_cards(void) {
    Arena a;
    arena_init(&a);
    char err[200];
    int off;
    Cond *same = cond_parse(&a, "same", true, 3, err, sizeof err, &off);
    Cond *apart = cond_parse(&a, "apart", true, 3, err, sizeof err, &off);
    Cond *any3 = cond_parse(&a, "any = 3", true, 3, err, sizeof err, &off);
    CondInput in = {.choice = true, .n_answers = 1, .answer = {{1}, {3}}, .gap = 1, .guessed = {-1, -1}};
    CHECK(!cond_eval(same, &in));
    CHECK(cond_eval(apart, &in)); /* any different answer is apart on a choice card */
    CHECK(cond_eval(any3, &in));
    arena_destroy(&a);
}

/* Two answers per player (a from-both card): {you, partner} for each. The quantifiers
 * read every answer: both = all four, each = every player at least once, any = at least
 * one, neither = none. The gap is the card's (the wider act), given here. */
typedef struct BothRow {
    const char *cond;
    int ann[2], bo[2];
    int gap;
    bool expect;
} BothRow;

static const BothRow BOTH_ROWS[] = {
    {"both <= fine_if_known", {1, 2}, {2, 1}, 1, true},
    {"both <= fine_if_known", {1, 3}, {1, 1}, 2, false}, /* one answer of four is enough to stop */
    {"each >= uneasy", {3, 1}, {1, 4}, 3, true},         /* each drew a line somewhere */
    {"each >= uneasy", {3, 4}, {1, 2}, 3, false},        /* only Ann did */
    {"both >= uneasy", {3, 1}, {1, 4}, 3, false},
    {"any = line", {1, 1}, {1, 4}, 3, true},
    {"any = line", {1, 1}, {1, 3}, 2, false},
    {"neither >= uneasy", {1, 2}, {2, 2}, 1, true},
    {"neither >= uneasy", {1, 2}, {3, 2}, 2, false},
    {"each = fine", {1, 4}, {4, 1}, 0, true},
    {"both = fine", {1, 4}, {4, 1}, 0, false},
    {"same", {1, 4}, {4, 1}, 0, true}, /* Ann's you matches Bo's partner and the other way round */
    {"close", {2, 2}, {3, 2}, 1, true},
    {"apart", {2, 2}, {4, 2}, 2, true},
};

static void test_both_sides(void) {
    for (size_t i = 0; i < sizeof BOTH_ROWS / sizeof BOTH_ROWS[0]; i++) {
        const BothRow *r = &BOTH_ROWS[i];
        Arena a;
        arena_init(&a);
        char err[200];
        int off = -1;
        Cond *c = cond_parse(&a, r->cond, false, 0, err, sizeof err, &off);
        CHECK(c != NULL);
        CondInput in = {.n_answers = 2,
                        .answer = {{r->ann[0], r->ann[1]}, {r->bo[0], r->bo[1]}},
                        .gap = r->gap,
                        .mirror = r->ann[0] != r->ann[1] || r->bo[0] != r->bo[1],
                        .guessed = {-1, -1}};
        if (c && cond_eval(c, &in) != r->expect) fprintf(stderr, "  row %zu: '%s'\n", i, r->cond);
        CHECK(c && cond_eval(c, &in) == r->expect);
        arena_destroy(&a);
    }
}

typedef struct Bad {
    const char *cond;
    bool choice;
    int options;
    const char *message;
    int offset;
} Bad;

static const Bad BAD[] = {
    {"", false, 0, "the condition is empty", 0},
    {"bth <= fine", false, 0, "unknown word 'bth' in the condition", 0},
    {"both <= okay", false, 0, "'okay' is not a step: use fine, fine_if_known, uneasy, line or 1-4", 8},
    {"both <=", false, 0, "expected a step after '<=' (fine, fine_if_known, uneasy, line or 1-4)", 7},
    {"both fine", false, 0, "expected =, !=, <, <=, >, >= or 'guessed' after 'both'", 5},
    {"any >= 5", false, 0, "step 5 does not exist: the scale goes from 1 to 4", 7},
    {"same apart", false, 0, "unexpected 'apart': join conditions with 'and' or 'or'", 5},
    {"(same or close", false, 0, "missing ')'", 14},
    {"same and", false, 0, "the condition ends too early", 8},
    {"close", true, 3, "'close' has no meaning on a choice card: answers are the same or not", 0},
    {"gap > 1", true, 3, "'gap' only works on rate cards", 0},
    {"any < 2", true, 3, "on a choice card compare answers with = or != only", 4},
    {"any = 4", true, 3, "option 4 does not exist: this card has 3 options", 6},
    {"any = fine", true, 3, "'fine' is not an option number: on a choice card compare with 1 to 4", 6},
    {"gap >= 9", false, 0, "'gap' compares with a number from 0 to 3", 7},
    {"same # comment", false, 0, "unexpected '#': join conditions with 'and' or 'or'", 5},
};

static void test_parse_errors(void) {
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        const Bad *b = &BAD[i];
        Arena a;
        arena_init(&a);
        char err[200];
        int off = -1;
        Cond *c = cond_parse(&a, b->cond, b->choice, b->options, err, sizeof err, &off);
        CHECK(c == NULL);
        CHECK_STR(err, b->message);
        CHECK_INT(off, b->offset);
        arena_destroy(&a);
    }
}

static void test_nesting_limit(void) {
    char deep[200];
    int n = 0;
    for (int i = 0; i < 40; i++) deep[n++] = '(';
    memcpy(deep + n, "same", 4);
    n += 4;
    for (int i = 0; i < 40; i++) deep[n++] = ')';
    deep[n] = '\0';
    Arena a;
    arena_init(&a);
    char err[200];
    int off;
    CHECK(cond_parse(&a, deep, false, 0, err, sizeof err, &off) == NULL);
    CHECK_STR(err, "the condition is nested too deeply");
    arena_destroy(&a);
}

int main(void) {
    RUN(test_rate_table);
    RUN(test_choice_cards);
    RUN(test_both_sides);
    RUN(test_parse_errors);
    RUN(test_nesting_limit);
    return harness_finish();
}
