/* Session plans: a named round trip, version 1 files still open, missing scenarios skipped
 * and counted, bad files and bad names refused; the length estimate along the longest way
 * through a scenario; branches in plain words for the planner's preview. */
#include "core/plan.h"
#include "fixture_lib.h"
#include "harness.h"

static Library lib;

static void test_round_trip(void) {
    Plan plan = {.name = "Tuesday \xE2\x80\x94 first session", .items = {{1, 2}, {0, 0}, {1, 0}}, .n = 3};
    StrBuf b;
    strbuf_init(&b);
    plan_write(&lib, &plan, &b);
    CHECK_STR(b.data, "grayarea-plan 2\nname Tuesday \xE2\x80\x94 first session\nscenario test-texts heavy\n"
                      "scenario test-exes coffee\nscenario test-texts late\n");
    Plan back;
    char err[200];
    CHECK(plan_read(&lib, b.data, b.len, &back, err, sizeof err));
    CHECK_INT(back.n, 3);
    CHECK_INT(back.missing, 0);
    CHECK_STR(back.name, plan.name);
    CHECK(!memcmp(back.items, plan.items, 3 * sizeof plan.items[0]));
    /* A plan with no name writes no name line. */
    Plan unnamed = {.items = {{0, 1}}, .n = 1};
    b.len = 0;
    plan_write(&lib, &unnamed, &b);
    CHECK_STR(b.data, "grayarea-plan 2\nscenario test-exes gifts\n");
    strbuf_free(&b);
}

/* Reordering is the app's (it swaps items); what is written keeps the new order. */
static void test_order_kept(void) {
    Plan plan = {.items = {{0, 0}, {1, 0}}, .n = 2};
    PlanItem t = plan.items[0];
    plan.items[0] = plan.items[1];
    plan.items[1] = t;
    StrBuf b;
    strbuf_init(&b);
    plan_write(&lib, &plan, &b);
    Plan back;
    char err[200];
    CHECK(plan_read(&lib, b.data, b.len, &back, err, sizeof err));
    CHECK_INT(back.items[0].deck, 1);
    CHECK_INT(back.items[1].deck, 0);
    strbuf_free(&b);
}

static void test_missing_and_bad(void) {
    const char *v1 = "grayarea-plan 1\r\n# a comment\nscenario test-exes gifts\nscenario gone deck\n\n";
    Plan back;
    char err[200];
    CHECK(plan_read(&lib, v1, strlen(v1), &back, err, sizeof err));
    CHECK_INT(back.n, 1);
    CHECK_INT(back.missing, 1);
    CHECK_INT(back.items[0].scenario, 1);
    CHECK_STR(back.name, "");
    const char *bad[] = {"",
                         "hello",
                         "grayarea-plan 3\n",
                         "grayarea-plan 1\nscenario only-one\n",
                         "grayarea-plan 1\nscenario a b c\n",
                         "grayarea-plan 2\nname \x01 bell\n",
                         "grayarea-plan 2\nname    \n",
                         "grayarea-plan 2\nname \xC3(\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        harness_current = bad[i];
        CHECK(!plan_read(&lib, bad[i], strlen(bad[i]), &back, err, sizeof err));
        CHECK(err[0] != '\0');
    }
    harness_current = "test_missing_and_bad";
    const char nul[] = "grayarea-plan 2\nscenario test-exes\0gifts\n";
    CHECK(!plan_read(&lib, nul, sizeof nul - 1, &back, err, sizeof err));
}

static void test_names(void) {
    char out[PLAN_NAME_MAX];
    CHECK(plan_name_clean("  Sam & Alex, week 2 ", out, sizeof out));
    CHECK_STR(out, "Sam & Alex, week 2");
    CHECK(!plan_name_clean("   ", out, sizeof out));
    CHECK(!plan_name_clean("line\nbreak", out, sizeof out));
    CHECK(!plan_name_clean("\xFF", out, sizeof out));
    /* Too long: cut at a character boundary, never half of "é". */
    char long_name[200] = "";
    for (int i = 0; i < 40; i++) strcat(long_name, "\xC3\xA9");
    CHECK(plan_name_clean(long_name, out, sizeof out));
    CHECK_INT(strlen(out), 62);
    CHECK_INT(utf8_validate(out, strlen(out)), strlen(out));
}

/* The estimate: half a minute per question, a minute and a half of talk per card, along the
 * longest way through. Late replies: s1 asks both ways (150 s), then s2, s3 and the help
 * card (120 s each): 510 s, about 9 minutes. Coffee: two one-question cards, 4 minutes. */
static void test_estimate(void) {
    const Scenario *late = &lib.decks[1]->scenarios[0], *coffee = &lib.decks[0]->scenarios[0];
    CHECK_STR(late->id, "late");
    CHECK_STR(coffee->id, "coffee");
    CHECK_INT(plan_scenario_minutes(late), 9);
    CHECK_INT(plan_scenario_minutes(coffee), 4);
    PlanItem items[2] = {{1, 0}, {0, 0}};
    CHECK_INT(plan_minutes(&lib, items, 2), 13);
    StrBuf b;
    strbuf_init(&b);
    plan_length_words(4, 24, &b);
    CHECK_STR(b.data, "4 scenarios \xC2\xB7 about 24 minutes");
    b.len = 0;
    plan_length_words(1, 1, &b);
    CHECK_STR(b.data, "1 scenario \xC2\xB7 about 1 minute");
    strbuf_free(&b);
}

/* Branches in words, as the preview shows them to someone who reads no condition language. */
static void test_describe(void) {
    static const struct {
        const char *cond;
        bool choice;
        const char *words;
    } CASES[] = {
        {"both <= fine_if_known", false,
         "every answer is \xE2\x80\x9C"
         "Fine if I know\xE2\x80\x9D or milder"},
        {"any >= uneasy", false, "any answer is \xE2\x80\x9CUneasy, let's talk\xE2\x80\x9D or stronger"},
        {"apart", false, "you are two or more steps apart"},
        {"apart", true, "you chose differently"},
        {"gap >= 2 and not mirror", false,
         "the gap between you is at least 2 steps and not (someone answers differently for themselves and for "
         "their partner)"},
        {"neither = 2", true, "no answer is \xE2\x80\x9CTwo\xE2\x80\x9D"},
        {"same or close and any = line", false,
         "you are on the same page or (you are one step apart and any answer is \xE2\x80\x9C"
         "Crosses a line\xE2\x80\x9D)"},
        {"any guessed", false, "at least one of you read the other right"},
    };
    const char *scale[4] = {"Fine", "Fine if I know", "Uneasy, let's talk", "Crosses a line"};
    const char *options[4] = {"One", "Two", "Three", NULL};
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        harness_current = CASES[i].cond;
        Arena a;
        arena_init(&a);
        char err[200];
        int at;
        Cond *c = cond_parse(&a, CASES[i].cond, CASES[i].choice, 3, err, sizeof err, &at);
        CHECK(c != NULL);
        StrBuf b;
        strbuf_init(&b);
        if (c) cond_describe(c, CASES[i].choice, CASES[i].choice ? options : scale, &b);
        CHECK_STR(b.data, CASES[i].words);
        strbuf_free(&b);
        arena_destroy(&a);
    }
}

int main(void) {
    fixture_library(&lib);
    RUN(test_round_trip);
    RUN(test_order_kept);
    RUN(test_missing_and_bad);
    RUN(test_names);
    RUN(test_estimate);
    RUN(test_describe);
    library_free(&lib);
    return harness_finish();
}
