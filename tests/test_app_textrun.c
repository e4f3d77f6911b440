/* Text logic without a window (src/app/ui/textrun.c): clusters that never split a
 * conjunct, an emoji sequence or a letter and its marks; where lines may break; which
 * font of a chain draws what; bidi levels and each line's runs in visual order; greedy
 * wrapping that breaks inside a word only between clusters. */
#include "app/ui/textrun.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

enum { MAX = 256 };

typedef struct Decoded {
    uint32_t cps[MAX];
    size_t offs[MAX + 1], n;
    uint8_t brk[MAX];
} Decoded;

static void decode(Decoded *d, const char *s) {
    d->n = tr_decode(s, strlen(s), d->cps, d->offs);
    tr_breaks(d->cps, d->n, d->brk);
}

/* The code points of s where brk has flag, as a string of indices: "0 3". */
static const char *flagged(const char *s, int flag) {
    static char out[512];
    Decoded d;
    decode(&d, s);
    out[0] = '\0';
    for (size_t i = 0; i < d.n; i++)
        if (d.brk[i] & flag) snprintf(out + strlen(out), sizeof out - strlen(out), "%s%zu", *out ? " " : "", i);
    return out;
}
static const char *clusters(const char *s) { return flagged(s, TR_CLUSTER); }
static const char *line_starts(const char *s) { return flagged(s, TR_LINE); }

/* A fake font chain: 0 draws ASCII, 1 Devanagari and spaces, 2 anything. */
static bool fake_provides(void *ctx, int font, uint32_t c) {
    (void)ctx;
    if (font == 0) return c < 0x80;
    if (font == 1) return (c >= 0x900 && c <= 0x97F) || c == ' ';
    return true;
}

/* Every code point 10 px wide. */
static int fake_width(void *ctx, size_t a, size_t b) {
    (void)ctx;
    return (int)(b - a) * 10;
}

/* The lines tr_wrap makes of s at max_w, joined with '|'. */
static const char *wrapped(const char *s, int max_w) {
    static char out[1024];
    Decoded d;
    decode(&d, s);
    size_t start[MAX + 1], end[MAX + 1];
    size_t k = tr_wrap(d.cps, d.n, d.brk, max_w, fake_width, NULL, start, end);
    out[0] = '\0';
    for (size_t i = 0; i < k; i++) {
        size_t len = strlen(out);
        snprintf(out + len, sizeof out - len, "%s%.*s", i ? "|" : "", (int)(d.offs[end[i]] - d.offs[start[i]]),
                 s + d.offs[start[i]]);
    }
    return out;
}

/* The visual order of the runs of s on one line, as their first code points: "5 0". */
static const char *visual(const char *s, bool *rtl_out) {
    static char out[256];
    Decoded d;
    decode(&d, s);
    int8_t levels[MAX], font[MAX];
    uint32_t script[MAX];
    memset(font, 0, sizeof font);
    bool rtl = tr_bidi(d.cps, d.n, levels);
    tr_scripts(d.cps, d.n, script);
    TrRun runs[MAX];
    size_t k = tr_line_runs(d.cps, 0, d.n, rtl, levels, font, script, runs, MAX);
    out[0] = '\0';
    for (size_t i = 0; i < k; i++)
        snprintf(out + strlen(out), sizeof out - strlen(out), "%s%zu%s", i ? " " : "", runs[i].start,
                 runs[i].level & 1 ? "r" : "");
    if (rtl_out) *rtl_out = rtl;
    return out;
}

int main(void) {
    harness_current = "decode";
    {
        uint32_t cps[16];
        size_t offs[17];
        /* "a", a stray continuation byte, an overlong '/', a surrogate, "é" */
        const char bad[] = "a\x80\xC0\xAF\xED\xA0\x80\xC3\xA9";
        size_t n = tr_decode(bad, strlen(bad), cps, offs);
        CHECK_INT(cps[0], 'a');
        CHECK_INT(cps[1], 0xFFFD);
        CHECK_INT(cps[n - 1], 0xE9);
        CHECK_INT(offs[n], strlen(bad));
        for (size_t i = 1; i + 1 < n; i++) CHECK_INT(cps[i], 0xFFFD);
    }

    harness_current = "clusters";
    CHECK_STR(clusters("abc"), "0 1 2");
    CHECK_STR(clusters("e\xCC\x81x"), "0 2");         /* e + combining acute, x */
    CHECK_STR(clusters("क्षमा"), "0 3");               /* क्ष (k virama ssa) | मा */
    CHECK_STR(clusters("स्त्री"), "0");                 /* s virama t virama r ii: one conjunct */
    CHECK_STR(clusters("प्रिय"), "0 4");               /* प्रि | य */
    CHECK_STR(clusters("कष"), "0 1");                 /* no virama: two letters */
    CHECK_STR(clusters("👍🏽!"), "0 2");          /* thumbs up + skin tone */
    CHECK_STR(clusters("👩‍❤️‍👨"), "0"); /* a ZWJ sequence */
    CHECK_STR(clusters("🇮🇳🇮🇱"), "0 2");               /* two flags */
    CHECK_STR(clusters("\r\nx"), "0 2");

    harness_current = "line breaks";
    CHECK_STR(line_starts("hello world"), "6");
    CHECK_STR(line_starts("hello  world"), "7"); /* after the spaces, never between them */
    CHECK_STR(line_starts("नमस्ते दुनिया"), "7");
    CHECK_STR(line_starts("漢字かな"), "1 2 3");
    CHECK_STR(line_starts("「漢字」です。"), "2 4 5"); /* not after 「, not before 」 or 。 */
    CHECK_STR(line_starts("a\xE2\x80\x8B"
                          "b"),
              "2"); /* zero-width space */
    CHECK_STR(line_starts("e\xCC\x81 x"), "3");

    harness_current = "fonts";
    {
        Decoded d;
        decode(&d, "Hi नमस्ते, 😀");
        int8_t font[MAX];
        tr_fonts(d.cps, d.n, d.brk, 3, fake_provides, NULL, font);
        CHECK_INT(font[0], 0);  /* H */
        CHECK_INT(font[2], 0);  /* the space after "Hi": common, stays in font 0 */
        CHECK_INT(font[3], 1);  /* न */
        CHECK_INT(font[8], 1);  /* the virama inside स्ते */
        CHECK_INT(font[9], 0);  /* ',': font 1 lacks it, the chain gives 0 */
        CHECK_INT(font[10], 0); /* the space after it */
        CHECK_INT(font[11], 2); /* 😀 */
        /* Nothing draws it: -1, which the renderer reports as missing. */
        decode(&d, "a\xE4\xB8\x80");
        tr_fonts(d.cps, d.n, d.brk, 2, fake_provides, NULL, font);
        CHECK_INT(font[1], -1);
        /* A cluster stays whole in one font: a Devanagari letter with a Latin-drawable mark is not split. */
        decode(&d, "क\xE0\xA5\x8D");
        tr_fonts(d.cps, d.n, d.brk, 3, fake_provides, NULL, font);
        CHECK_INT(font[0], font[1]);
    }

    harness_current = "scripts";
    {
        Decoded d;
        decode(&d, "(नमस्ते) ok");
        uint32_t script[MAX];
        tr_scripts(d.cps, d.n, script);
        CHECK_INT(script[0], 0x44657661u); /* '(' before Devanagari takes Devanagari's */
        CHECK_INT(script[7], 0x44657661u); /* ')' after it too */
        CHECK_INT(script[9], 0x4C61746Eu); /* Latn */
    }

    harness_current = "bidi";
    {
        bool rtl = true;
        CHECK_STR(visual("abc שלום def", &rtl), "0 4r 8 9"); /* the space after שלום keeps its script */
        CHECK(!rtl);
        CHECK_STR(visual("שלום abc", &rtl), "5 0r"); /* Latin on the left of a right-to-left line */
        CHECK(rtl);
        CHECK_STR(visual("عدد 123", &rtl), "4 0r"); /* numbers read left to right, at the left */
        CHECK(rtl);
        CHECK_STR(visual("plain", &rtl), "0");
        CHECK(!rtl);
        CHECK_STR(visual("123", &rtl), "0"); /* no strong character: left to right */
        CHECK(!rtl);
    }

    harness_current = "wrap";
    CHECK_STR(wrapped("aaa bbb ccc", 75), "aaa bbb|ccc");
    CHECK_STR(wrapped("aaa bbb ccc", 0), "aaa bbb ccc");
    CHECK_STR(wrapped("aaaaaaaa b", 35), "aaa|aaa|aa|b"); /* a long word breaks between letters */
    CHECK_STR(wrapped("क्षमा", 25), "क्ष|मा");              /* क्ष is 30 px: alone, never split */
    CHECK_STR(wrapped("क्षमा", 1), "क्ष|मा");
    CHECK_STR(wrapped("स्त्री", 1), "स्त्री");
    CHECK_STR(wrapped("प्रिय दोस्त", 60), "प्रिय|दोस्त");
    CHECK_STR(wrapped("👍🏽👍🏽", 30), "👍🏽|👍🏽");
    CHECK_STR(wrapped("漢字かな", 20), "漢字|かな");
    CHECK_STR(wrapped("", 50), "");
    return harness_finish();
}
