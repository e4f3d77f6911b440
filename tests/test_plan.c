/* Session plans: a round trip, missing scenarios skipped and counted, bad files refused. */
#include "core/plan.h"
#include "fixture_lib.h"
#include "harness.h"

static Library lib;

static void test_round_trip(void) {
    PlanItem items[3] = {{1, 2}, {0, 0}, {1, 0}};
    StrBuf b;
    strbuf_init(&b);
    plan_write(&lib, items, 3, &b);
    CHECK_STR(b.data,
              "grayarea-plan 1\nscenario test-texts heavy\nscenario test-exes coffee\nscenario test-texts late\n");
    PlanItem back[SESSION_MAX_PLAN];
    int missing = -1;
    char err[200];
    CHECK_INT(plan_read(&lib, b.data, b.len, back, &missing, err, sizeof err), 3);
    CHECK_INT(missing, 0);
    CHECK(!memcmp(back, items, sizeof items));
    strbuf_free(&b);
}

static void test_missing_and_bad(void) {
    const char *text = "grayarea-plan 1\r\n# a comment\nscenario test-exes gifts\nscenario gone deck\n\n";
    PlanItem back[SESSION_MAX_PLAN];
    int missing;
    char err[200];
    CHECK_INT(plan_read(&lib, text, strlen(text), back, &missing, err, sizeof err), 1);
    CHECK_INT(missing, 1);
    CHECK_INT(back[0].scenario, 1);
    const char *bad[] = {"", "hello", "grayarea-plan 2\n", "grayarea-plan 1\nscenario only-one\n",
                         "grayarea-plan 1\nscenario a b c\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        CHECK_INT(plan_read(&lib, bad[i], strlen(bad[i]), back, &missing, err, sizeof err), -1);
}

int main(void) {
    fixture_library(&lib);
    RUN(test_round_trip);
    RUN(test_missing_and_bad);
    library_free(&lib);
    return harness_finish();
}
