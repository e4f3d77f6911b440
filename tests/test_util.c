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

/* Messages are cut between characters, never inside one. */
static void test_utf8_cutting(void) {
    const char *e = "\xc3\xa9\xc3\xa9\xc3\xa9"; /* three 2-byte characters */
    CHECK_INT(utf8_cut(e, 6), 6);
    CHECK_INT(utf8_cut(e, 5), 4);
    CHECK_INT(utf8_cut(e, 1), 0);
    CHECK_INT(utf8_cut("abc", 40), 3);
    CHECK_INT(utf8_cut("\xf0\x9f\x92\xac!", 3), 0);
    char buf[6];
    utf8_snprintf(buf, sizeof buf, "a%s", e); /* "a" + 2.5 characters fit in 5 bytes */
    CHECK_STR(buf, "a\xc3\xa9\xc3\xa9");
    utf8_snprintf(buf, sizeof buf, "ab%s", "\xe2\x9c\x93\xe2\x9c\x93");
    CHECK_STR(buf, "ab\xe2\x9c\x93");
    utf8_snprintf(buf, sizeof buf, "%s", "abcdefgh");
    CHECK_STR(buf, "abcde");
    utf8_snprintf(buf, sizeof buf, "%s", "\xf0\x9f\x92\xac\xf0\x9f\x92\xac");
    CHECK_STR(buf, "\xf0\x9f\x92\xac");
}

/* Control characters, bidirectional overrides and bad bytes become visible escapes. */
static void test_escape(void) {
    static const struct {
        const char *in, *out;
    } CASES[] = {
        {"plain caf\xc3\xa9 \\ slash", "plain caf\xc3\xa9 \\ slash"},
        {"\x1b[31mred\x1b[0m", "\\x1B[31mred\\x1B[0m"},
        {"a\nb\tc\rd", "a\\x0Ab\\x09c\\x0Dd"},
        {"del\x7f", "del\\x7F"},
        {"c1 \xc2\x9b" "31m", "c1 \\u009B31m"},
        {"rtl \xe2\x80\xae" "evil", "rtl \\u202Eevil"},
        {"bad \xff\xc3", "bad \\xFF\\xC3"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        StrBuf b;
        strbuf_init(&b);
        str_escape(&b, CASES[i].in, strlen(CASES[i].in));
        CHECK_STR(b.data ? b.data : "", CASES[i].out);
        strbuf_free(&b);
    }
}

static void test_invisible(void) {
    const uint32_t invisible[] = {' ', 0xA0, 0x200B, 0x200D, 0x2060, 0xFEFF, 0x3164, 0x115F, 0x301, 0xFE0F, 0xE0041};
    const uint32_t visible[] = {'A', 0xE9, 0x4E2D, 0x1F4AC, 0x5D0, 0x2605};
    for (size_t i = 0; i < sizeof invisible / sizeof invisible[0]; i++) CHECK(utf8_invisible(invisible[i]));
    for (size_t i = 0; i < sizeof visible / sizeof visible[0]; i++) CHECK(!utf8_invisible(visible[i]));
    CHECK(utf8_control(0x1B) && utf8_control(0x9B) && utf8_control(0x202E) && utf8_control('\n'));
    CHECK(!utf8_control('A') && !utf8_control(0x200B));
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
    RUN(test_utf8_cutting);
    RUN(test_escape);
    RUN(test_invisible);
    RUN(test_rng);
    RUN(test_strbuf);
    return harness_finish();
}
