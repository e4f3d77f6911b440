/* UTF-8 checks, the seeded generator and the string buffer. */
#include "core/util.h"
#include "harness.h"

#include <stdlib.h>

static void test_utf8(void) {
    const char *ok = "Caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x92\xac";
    CHECK_INT(utf8_validate(ok, strlen(ok)), strlen(ok));
    CHECK_INT(utf8_length(ok, strlen(ok)), 8);
    CHECK_INT(utf8_validate("a\xff", 2), 1);
    CHECK_INT(utf8_validate("\xc0\xaf", 2), 0);         /* overlong '/' */
    CHECK_INT(utf8_validate("ab\xed\xa0\x80", 5), 2);   /* a surrogate */
    CHECK_INT(utf8_validate("\xf4\x90\x80\x80", 4), 0); /* past U+10FFFF */
    CHECK_INT(utf8_validate("x\xe2\x9c", 3), 1);        /* cut short */
}

static void test_rng(void) {
    Rng a, b;
    rng_seed(&a, 5);
    rng_seed(&b, 5);
    for (int i = 0; i < 100; i++) CHECK(rng_next(&a) == rng_next(&b));
    int seen[6] = {0};
    for (int i = 0; i < 6000; i++) seen[rng_below(&a, 6)]++;
    for (int i = 0; i < 6; i++) CHECK(seen[i] > 800 && seen[i] < 1200);
    rng_seed(&a, 0);
    CHECK(rng_next(&a) == 0xe220a8397b1dcdafull); /* splitmix64's first value from seed 0 */
}

static void test_strbuf(void) {
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < 1000; i++) strbuf_printf(&b, "%d,", i);
    CHECK(b.len > 3000);
    CHECK(!strncmp(b.data, "0,1,2,", 6));
    char *t = strbuf_take(&b);
    CHECK(b.data == NULL);
    free(t);
}

int main(void) {
    RUN(test_utf8);
    RUN(test_rng);
    RUN(test_strbuf);
    return harness_finish();
}
